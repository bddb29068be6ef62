//! The names and numbers other systems give socket errors, as tables:
//! errno numbers on Linux and macOS, getaddrinfo's `EAI_*` names and glibc's
//! numbers for them, Node's resolver code, and the member names of .NET's
//! `SocketError` and Rust's `io::ErrorKind`. Each maps to the Winsock code
//! Windows itself uses for the same condition.

use wsaerr::Code;

/// errno names with their numbers on Linux and on macOS (the BSDs agree
/// with macOS for these): the library guide's table, which a test of the
/// runtime holds to the `libc` crate on Linux, and a test here to the guide.
pub(crate) const ERRNO_NUMBERS: [(&str, Option<i32>, Option<i32>); 45] = [
    ("EINTR", Some(4), Some(4)),
    ("EBADF", Some(9), Some(9)),
    ("EACCES", Some(13), Some(13)),
    ("EFAULT", Some(14), Some(14)),
    ("EINVAL", Some(22), Some(22)),
    ("EMFILE", Some(24), Some(24)),
    ("EWOULDBLOCK", Some(11), Some(35)),
    ("EAGAIN", Some(11), Some(35)),
    ("EINPROGRESS", Some(115), Some(36)),
    ("EALREADY", Some(114), Some(37)),
    ("ENOTSOCK", Some(88), Some(38)),
    ("EDESTADDRREQ", Some(89), Some(39)),
    ("EMSGSIZE", Some(90), Some(40)),
    ("EPROTOTYPE", Some(91), Some(41)),
    ("ENOPROTOOPT", Some(92), Some(42)),
    ("EPROTONOSUPPORT", Some(93), Some(43)),
    ("ESOCKTNOSUPPORT", Some(94), Some(44)),
    ("EOPNOTSUPP", Some(95), Some(102)),
    ("EPFNOSUPPORT", Some(96), Some(46)),
    ("EAFNOSUPPORT", Some(97), Some(47)),
    ("EADDRINUSE", Some(98), Some(48)),
    ("EADDRNOTAVAIL", Some(99), Some(49)),
    ("ENETDOWN", Some(100), Some(50)),
    ("ENETUNREACH", Some(101), Some(51)),
    ("ENETRESET", Some(102), Some(52)),
    ("ECONNABORTED", Some(103), Some(53)),
    ("ECONNRESET", Some(104), Some(54)),
    ("ENOBUFS", Some(105), Some(55)),
    ("EISCONN", Some(106), Some(56)),
    ("ENOTCONN", Some(107), Some(57)),
    ("ESHUTDOWN", Some(108), Some(58)),
    ("ETOOMANYREFS", Some(109), Some(59)),
    ("ETIMEDOUT", Some(110), Some(60)),
    ("ECONNREFUSED", Some(111), Some(61)),
    ("ELOOP", Some(40), Some(62)),
    ("ENAMETOOLONG", Some(36), Some(63)),
    ("EHOSTDOWN", Some(112), Some(64)),
    ("EHOSTUNREACH", Some(113), Some(65)),
    ("ENOTEMPTY", Some(39), Some(66)),
    ("EPROCLIM", None, Some(67)),
    ("EUSERS", Some(87), Some(68)),
    ("EDQUOT", Some(122), Some(69)),
    ("ESTALE", Some(116), Some(70)),
    ("EREMOTE", Some(66), Some(71)),
    ("ENOMEM", Some(12), Some(12)),
];

/// The OS whose errno numbers a text's `Errno N` or `os error N` means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Os {
    Windows,
    Linux,
    Apple,
}

/// The code an errno number means on `os`: on Windows only the few numbers
/// its C runtime shares with Unix (its socket errnos differ and Python and
/// Rust print the Winsock number there instead).
pub(crate) fn from_errno(os: Os, number: i64) -> Option<Code> {
    let (name, _, _) = ERRNO_NUMBERS.iter().find(|(name, linux, macos)| {
        let on = match os {
            Os::Linux => *linux,
            Os::Apple => *macos,
            Os::Windows => match *name {
                "EINTR" | "EBADF" | "EACCES" | "EFAULT" | "EINVAL" | "EMFILE" => *linux,
                _ => None,
            },
        };
        on.map(i64::from) == Some(number)
    })?;
    Code::from_name(name)
}

/// getaddrinfo's error names, as Windows' `ws2tcpip.h` defines them
/// (`#define EAI_AGAIN WSATRY_AGAIN` …, `EAI_NODATA` as `EAI_NONAME`), with
/// glibc's number for each (its `netdb.h`; Python prints them as
/// `[Errno -2]`), `0` where glibc has none.
pub(crate) const EAI: [(&str, i32, Code); 11] = [
    ("EAI_AGAIN", -3, Code::WSATRY_AGAIN),
    ("EAI_BADFLAGS", -1, Code::WSAEINVAL),
    ("EAI_FAIL", -4, Code::WSANO_RECOVERY),
    ("EAI_FAMILY", -6, Code::WSAEAFNOSUPPORT),
    ("EAI_MEMORY", -10, Code::WSA_NOT_ENOUGH_MEMORY),
    ("EAI_NODATA", -5, Code::WSAHOST_NOT_FOUND),
    ("EAI_NONAME", -2, Code::WSAHOST_NOT_FOUND),
    ("EAI_SERVICE", -8, Code::WSATYPE_NOT_FOUND),
    ("EAI_SOCKTYPE", -7, Code::WSAESOCKTNOSUPPORT),
    ("EAI_NOSECURENAME", 0, Code::WSA_SECURE_HOST_NOT_FOUND),
    ("EAI_IPSECPOLICY", 0, Code::WSA_IPSEC_NAME_POLICY_ERROR),
];

/// Codes Node.js (libuv) prints that are neither errno nor `EAI_*` names:
/// `ENOTFOUND` is Node's name for `EAI_NONAME` and `EAI_NODATA`.
pub(crate) const NODE: [(&str, Code); 1] = [("ENOTFOUND", Code::WSAHOST_NOT_FOUND)];

/// The members of .NET's `System.Net.Sockets.SocketError`, whose values are
/// the Winsock codes, the `std::io::ErrorKind` names Rust prints beside an
/// OS error, and the exception classes of Python and Java that stand for
/// one condition. Written in the case they are printed in.
pub(crate) const MEMBER_NAMES: [(&str, Code); 54] = [
    ("AccessDenied", Code::WSAEACCES),
    ("AddressAlreadyInUse", Code::WSAEADDRINUSE),
    ("AddressFamilyNotSupported", Code::WSAEAFNOSUPPORT),
    ("AddressNotAvailable", Code::WSAEADDRNOTAVAIL),
    ("AlreadyInProgress", Code::WSAEALREADY),
    ("ConnectionAborted", Code::WSAECONNABORTED),
    ("ConnectionRefused", Code::WSAECONNREFUSED),
    ("ConnectionReset", Code::WSAECONNRESET),
    ("DestinationAddressRequired", Code::WSAEDESTADDRREQ),
    ("Disconnecting", Code::WSAEDISCON),
    ("Fault", Code::WSAEFAULT),
    ("HostDown", Code::WSAEHOSTDOWN),
    ("HostNotFound", Code::WSAHOST_NOT_FOUND),
    ("HostUnreachable", Code::WSAEHOSTUNREACH),
    ("InProgress", Code::WSAEINPROGRESS),
    ("Interrupted", Code::WSAEINTR),
    ("InvalidArgument", Code::WSAEINVAL),
    ("IOPending", Code::WSA_IO_PENDING),
    ("IsConnected", Code::WSAEISCONN),
    ("MessageSize", Code::WSAEMSGSIZE),
    ("NetworkDown", Code::WSAENETDOWN),
    ("NetworkReset", Code::WSAENETRESET),
    ("NetworkUnreachable", Code::WSAENETUNREACH),
    ("NoBufferSpaceAvailable", Code::WSAENOBUFS),
    ("NoData", Code::WSANO_DATA),
    ("NoRecovery", Code::WSANO_RECOVERY),
    ("NotConnected", Code::WSAENOTCONN),
    ("NotInitialized", Code::WSANOTINITIALISED),
    ("NotSocket", Code::WSAENOTSOCK),
    ("OperationAborted", Code::WSA_OPERATION_ABORTED),
    ("OperationNotSupported", Code::WSAEOPNOTSUPP),
    ("ProcessLimit", Code::WSAEPROCLIM),
    ("ProtocolFamilyNotSupported", Code::WSAEPFNOSUPPORT),
    ("ProtocolNotSupported", Code::WSAEPROTONOSUPPORT),
    ("ProtocolOption", Code::WSAENOPROTOOPT),
    ("ProtocolType", Code::WSAEPROTOTYPE),
    ("Shutdown", Code::WSAESHUTDOWN),
    ("SocketNotSupported", Code::WSAESOCKTNOSUPPORT),
    ("SystemNotReady", Code::WSASYSNOTREADY),
    ("TimedOut", Code::WSAETIMEDOUT),
    ("TooManyOpenSockets", Code::WSAEMFILE),
    ("TryAgain", Code::WSATRY_AGAIN),
    ("TypeNotFound", Code::WSATYPE_NOT_FOUND),
    ("VersionNotSupported", Code::WSAVERNOTSUPPORTED),
    ("WouldBlock", Code::WSAEWOULDBLOCK),
    // Rust's `io::ErrorKind` where it names a code differently.
    ("AddrInUse", Code::WSAEADDRINUSE),
    ("AddrNotAvailable", Code::WSAEADDRNOTAVAIL),
    // Python's `OSError` subclasses, each raised for one errno.
    ("ConnectionRefusedError", Code::WSAECONNREFUSED),
    ("ConnectionResetError", Code::WSAECONNRESET),
    ("ConnectionAbortedError", Code::WSAECONNABORTED),
    ("InterruptedError", Code::WSAEINTR),
    // Java's exceptions that name one condition.
    ("UnknownHostException", Code::WSAHOST_NOT_FOUND),
    ("NoRouteToHostException", Code::WSAEHOSTUNREACH),
    ("SocketTimeoutException", Code::WSAETIMEDOUT),
];

/// A name printed for a code, in the case it is printed in: a Winsock name
/// or alias, an errno name (any case), an `EAI_*` name, Node's `ENOTFOUND`,
/// or a member name of .NET's `SocketError` or Rust's `ErrorKind`.
pub(crate) fn code_of_name(word: &str) -> Option<Code> {
    Code::from_name(word).or_else(|| other_system_name(word))
}

/// A name of another system's (`EAI_*`, Node's, .NET's, Rust's, Python's,
/// Java's): [`code_of_name`] past the Winsock and errno names.
pub(crate) fn other_system_name(word: &str) -> Option<Code> {
    let upper = word.to_ascii_uppercase();
    EAI.iter()
        .find(|(name, _, _)| *name == upper)
        .map(|(_, _, code)| *code)
        .or_else(|| {
            NODE.iter()
                .find(|(name, _)| *name == upper)
                .map(|(_, code)| *code)
        })
        .or_else(|| member(word))
}

/// A .NET `SocketError` or Rust `ErrorKind` member name, exactly as written.
pub(crate) fn member(word: &str) -> Option<Code> {
    MEMBER_NAMES
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, code)| *code)
}

/// Every name [`code_of_name`] knows for `code` beyond the code's own name
/// and aliases: what the index puts in a code's names.
pub(crate) fn other_names(code: Code) -> impl Iterator<Item = &'static str> {
    code.errno_names()
        .chain(
            EAI.iter()
                .filter(move |(_, _, c)| *c == code)
                .map(|(name, _, _)| *name),
        )
        .chain(
            NODE.iter()
                .filter(move |(_, c)| *c == code)
                .map(|(name, _)| *name),
        )
        .chain(
            MEMBER_NAMES
                .iter()
                .filter(move |(_, c)| *c == code)
                .map(|(name, _)| *name),
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_errno_numbers_are_the_library_guides() {
        let guide = include_str!("../../../../docs/library.md");
        let rows: Vec<(String, Option<i32>, Option<i32>)> = guide
            .lines()
            .filter(|line| line.starts_with("| `E"))
            .map(|line| {
                let cells: Vec<&str> = line
                    .trim_matches('|')
                    .split('|')
                    .map(|cell| cell.trim().trim_matches('`'))
                    .collect();
                (
                    cells[0].to_owned(),
                    cells[1].parse().ok(),
                    cells[2].parse().ok(),
                )
            })
            .collect();
        let table: Vec<(String, Option<i32>, Option<i32>)> = ERRNO_NUMBERS
            .iter()
            .map(|(name, linux, macos)| ((*name).to_owned(), *linux, *macos))
            .collect();
        assert_eq!(table, rows);
        for (name, _, _) in ERRNO_NUMBERS {
            assert!(Code::from_name(name).is_some(), "{name}");
        }
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn glibcs_eai_numbers_are_libcs() {
        let libc = [
            ("EAI_AGAIN", libc::EAI_AGAIN),
            ("EAI_BADFLAGS", libc::EAI_BADFLAGS),
            ("EAI_FAIL", libc::EAI_FAIL),
            ("EAI_FAMILY", libc::EAI_FAMILY),
            ("EAI_MEMORY", libc::EAI_MEMORY),
            ("EAI_NODATA", libc::EAI_NODATA),
            ("EAI_NONAME", libc::EAI_NONAME),
            ("EAI_SERVICE", libc::EAI_SERVICE),
            ("EAI_SOCKTYPE", libc::EAI_SOCKTYPE),
        ];
        for (name, number) in libc {
            let row = EAI.iter().find(|(eai, _, _)| *eai == name).unwrap();
            assert_eq!(row.1, number, "{name}");
        }
    }

    #[test]
    fn names_of_every_kind_lead_to_their_code() {
        assert_eq!(code_of_name("ECONNREFUSED"), Some(Code::WSAECONNREFUSED));
        assert_eq!(code_of_name("etimedout"), Some(Code::WSAETIMEDOUT));
        assert_eq!(code_of_name("EAI_AGAIN"), Some(Code::WSATRY_AGAIN));
        assert_eq!(code_of_name("ENOTFOUND"), Some(Code::WSAHOST_NOT_FOUND));
        assert_eq!(code_of_name("TimedOut"), Some(Code::WSAETIMEDOUT));
        assert_eq!(code_of_name("timedout"), None);
        assert_eq!(from_errno(Os::Linux, 111), Some(Code::WSAECONNREFUSED));
        assert_eq!(from_errno(Os::Apple, 61), Some(Code::WSAECONNREFUSED));
        assert_eq!(from_errno(Os::Windows, 111), None);
        assert_eq!(from_errno(Os::Linux, 2), None);
    }
}
