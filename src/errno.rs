//! Unix error numbers (errno) and their Winsock twins.
//!
//! Winsock copied most of its socket errors from BSD: `WSAECONNREFUSED` is
//! `ECONNREFUSED`, and so on. On Unix-like systems `std`'s socket calls fail
//! with the errno itself, so a program there sees `ECONNREFUSED` (111 on
//! Linux, 61 on macOS and FreeBSD) where the same program on Windows sees
//! 10061. The [`twins!`] table below pairs each errno name with its Winsock
//! code; the numbers come from the `libc` crate for the target being built,
//! never from this file. An errno without a twin maps to nothing.
//!
//! Where the pairing is not obvious, it follows libuv's
//! `uv_translate_sys_error` and CPython's errno module on Windows (the README
//! lists each choice and its reason).

use crate::Code;

/// One errno, by name, and its Winsock twin.
pub(crate) struct Twin {
    /// The C spelling, such as `"ECONNREFUSED"`.
    pub(crate) name: &'static str,
    pub(crate) code: Code,
    /// Its number on the target being built, where `libc` defines it.
    pub(crate) errno: Option<i32>,
}

/// The number of an errno constant on this target, or `None` where this
/// target's table does not hold it.
///
/// Only targets whose `libc` defines every constant of the table take part:
/// Linux and Android, the Apple systems and the BSDs. On other Unix-like
/// targets no errno maps (rather than a build failure or a guess).
macro_rules! errno_number {
    ($name:ident) => {{
        #[cfg(any(
            target_os = "linux",
            target_os = "android",
            target_vendor = "apple",
            target_os = "freebsd",
            target_os = "dragonfly",
            target_os = "netbsd",
            target_os = "openbsd"
        ))]
        let number = Some(libc::$name);
        #[cfg(not(any(
            target_os = "linux",
            target_os = "android",
            target_vendor = "apple",
            target_os = "freebsd",
            target_os = "dragonfly",
            target_os = "netbsd",
            target_os = "openbsd"
        )))]
        let number = None;
        number
    }};
    // Constants of the BSD family only (Linux has no EPROCLIM).
    ($name:ident, bsd) => {{
        #[cfg(any(
            target_vendor = "apple",
            target_os = "freebsd",
            target_os = "dragonfly",
            target_os = "netbsd",
            target_os = "openbsd"
        ))]
        let number = Some(libc::$name);
        #[cfg(not(any(
            target_vendor = "apple",
            target_os = "freebsd",
            target_os = "dragonfly",
            target_os = "netbsd",
            target_os = "openbsd"
        )))]
        let number = None;
        number
    }};
}

macro_rules! twins {
    ($( ($errno:ident $(, $only:ident)?) => $code:ident, )+) => {
        /// Every errno that has a Winsock twin. Where two names share a code
        /// the first is the code's primary errno ([`Code::errno`]).
        pub(crate) const TWINS: [Twin; [$(stringify!($errno)),+].len()] = [
            $(Twin {
                name: stringify!($errno),
                code: Code::$code,
                errno: errno_number!($errno $(, $only)?),
            },)+
        ];
    };
}

twins! {
    // Winsock defines these as WSABASEERR plus the C runtime's errno.
    (EINTR) => WSAEINTR,
    (EBADF) => WSAEBADF,
    (EACCES) => WSAEACCES,
    (EFAULT) => WSAEFAULT,
    (EINVAL) => WSAEINVAL,
    (EMFILE) => WSAEMFILE,
    // The BSD socket errors, in Winsock's order.
    (EWOULDBLOCK) => WSAEWOULDBLOCK,
    (EAGAIN) => WSAEWOULDBLOCK,
    (EINPROGRESS) => WSAEINPROGRESS,
    (EALREADY) => WSAEALREADY,
    (ENOTSOCK) => WSAENOTSOCK,
    (EDESTADDRREQ) => WSAEDESTADDRREQ,
    (EMSGSIZE) => WSAEMSGSIZE,
    (EPROTOTYPE) => WSAEPROTOTYPE,
    (ENOPROTOOPT) => WSAENOPROTOOPT,
    (EPROTONOSUPPORT) => WSAEPROTONOSUPPORT,
    (ESOCKTNOSUPPORT) => WSAESOCKTNOSUPPORT,
    (EOPNOTSUPP) => WSAEOPNOTSUPP,
    (EPFNOSUPPORT) => WSAEPFNOSUPPORT,
    (EAFNOSUPPORT) => WSAEAFNOSUPPORT,
    (EADDRINUSE) => WSAEADDRINUSE,
    (EADDRNOTAVAIL) => WSAEADDRNOTAVAIL,
    (ENETDOWN) => WSAENETDOWN,
    (ENETUNREACH) => WSAENETUNREACH,
    (ENETRESET) => WSAENETRESET,
    (ECONNABORTED) => WSAECONNABORTED,
    (ECONNRESET) => WSAECONNRESET,
    (ENOBUFS) => WSAENOBUFS,
    (EISCONN) => WSAEISCONN,
    (ENOTCONN) => WSAENOTCONN,
    (ESHUTDOWN) => WSAESHUTDOWN,
    (ETOOMANYREFS) => WSAETOOMANYREFS,
    (ETIMEDOUT) => WSAETIMEDOUT,
    (ECONNREFUSED) => WSAECONNREFUSED,
    (ELOOP) => WSAELOOP,
    (ENAMETOOLONG) => WSAENAMETOOLONG,
    (EHOSTDOWN) => WSAEHOSTDOWN,
    (EHOSTUNREACH) => WSAEHOSTUNREACH,
    (ENOTEMPTY) => WSAENOTEMPTY,
    (EPROCLIM, bsd) => WSAEPROCLIM,
    (EUSERS) => WSAEUSERS,
    (EDQUOT) => WSAEDQUOT,
    (ESTALE) => WSAESTALE,
    (EREMOTE) => WSAEREMOTE,
    // No WSAE twin: the Win32 error Winsock reuses for it, which libuv and
    // CPython both translate to ENOMEM.
    (ENOMEM) => WSA_NOT_ENOUGH_MEMORY,
}

/// Errno values below this are found by one index; the rest by a scan
/// (only some MIPS Linux numbers, such as EDQUOT 1133, lie above).
const DENSE_LEN: usize = 256;

/// [`from_errno`]'s table. Where two names share a number on a target
/// (EAGAIN and EWOULDBLOCK everywhere, ENOTSUP and EOPNOTSUPP on Linux),
/// the number maps once, to the code its twin names.
const DENSE: [Option<Code>; DENSE_LEN] = {
    let mut table = [None; DENSE_LEN];
    let mut index = 0;
    while index < TWINS.len() {
        if let Some(errno) = TWINS[index].errno {
            if errno >= 0 && (errno as usize) < DENSE_LEN && table[errno as usize].is_none() {
                table[errno as usize] = Some(TWINS[index].code);
            }
        }
        index += 1;
    }
    table
};

/// The Winsock twin of an errno on this target, or `None`.
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) const fn from_errno(errno: i32) -> Option<Code> {
    if errno >= 0 && (errno as usize) < DENSE_LEN {
        return DENSE[errno as usize];
    }
    let mut index = 0;
    while index < TWINS.len() {
        if let Some(number) = TWINS[index].errno {
            if number == errno {
                return Some(TWINS[index].code);
            }
        }
        index += 1;
    }
    None
}

/// A code's errno on this target: the number of the first twin that names it.
#[cfg_attr(not(unix), allow(dead_code))]
pub(crate) fn errno_of(code: Code) -> Option<i32> {
    TWINS
        .iter()
        .filter(|twin| twin.code == code)
        .find_map(|twin| twin.errno)
}

/// The code an errno name stands for (`"ECONNREFUSED"`, any ASCII case).
pub(crate) fn from_errno_name(name: &str) -> Option<Code> {
    TWINS
        .iter()
        .find(|twin| twin.name.eq_ignore_ascii_case(name))
        .map(|twin| twin.code)
}

/// The errno names of a code, primary first (empty for most codes).
pub(crate) fn errno_names(code: Code) -> impl Iterator<Item = &'static str> {
    TWINS
        .iter()
        .filter(move |twin| twin.code == code)
        .map(|twin| twin.name)
}

/// Reading OS errors on every OS.
impl Code {
    /// The C spellings of the Unix errno values that are this code's twin,
    /// primary first: `["ECONNREFUSED"]` for `WSAECONNREFUSED`,
    /// `["EWOULDBLOCK", "EAGAIN"]` for `WSAEWOULDBLOCK`, none for most codes.
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::Code;
    ///
    /// assert_eq!(Code::WSAECONNREFUSED.errno_names().collect::<Vec<_>>(), ["ECONNREFUSED"]);
    /// assert_eq!(Code::WSAHOST_NOT_FOUND.errno_names().count(), 0);
    /// ```
    pub fn errno_names(self) -> impl Iterator<Item = &'static str> {
        errno_names(self)
    }

    /// The code behind an [`std::io::Error`] from the operating system, on
    /// every OS: on Windows its number is a Winsock or Win32 error
    /// ([`Code::from_windows_error`]); on Unix-like systems it is an errno,
    /// which gives its Winsock twin ([`Code::from_errno`]). `None` when the
    /// error carries no OS number or the number has no Winsock code; on other
    /// targets (WASI, bare wasm) always `None`.
    ///
    /// # Examples
    ///
    /// ```
    /// use std::net::{TcpListener, TcpStream};
    /// use wsaerr::Code;
    ///
    /// // A port nobody listens on: take a free one, then close it.
    /// let port = TcpListener::bind("127.0.0.1:0")?.local_addr()?.port();
    /// let error = TcpStream::connect(("127.0.0.1", port)).unwrap_err();
    /// assert_eq!(Code::from_io_error(&error), Some(Code::WSAECONNREFUSED));
    ///
    /// #[cfg(windows)]
    /// assert_eq!(
    ///     Code::from_io_error(&std::io::Error::from_raw_os_error(10061)),
    ///     Some(Code::WSAECONNREFUSED)
    /// );
    /// #[cfg(target_os = "linux")]
    /// assert_eq!(
    ///     Code::from_io_error(&std::io::Error::from_raw_os_error(111)),
    ///     Some(Code::WSAECONNREFUSED)
    /// );
    /// # Ok::<(), std::io::Error>(())
    /// ```
    pub fn from_io_error(error: &std::io::Error) -> Option<Code> {
        let number = error.raw_os_error()?;
        #[cfg(windows)]
        return Code::from_windows_error(number);
        #[cfg(unix)]
        return Code::from_errno(number);
        #[cfg(not(any(windows, unix)))]
        return {
            let _ = number;
            None
        };
    }

    /// The code with this Windows error number (`WSAGetLastError`,
    /// `GetLastError`), on any OS: the same as [`Code::from_value`].
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::Code;
    ///
    /// assert_eq!(Code::from_windows_error(10061), Some(Code::WSAECONNREFUSED));
    /// assert_eq!(Code::from_windows_error(997), Some(Code::WSA_IO_PENDING));
    /// ```
    #[inline]
    pub const fn from_windows_error(value: i32) -> Option<Code> {
        Code::from_value(value)
    }

    /// The Winsock twin of a Unix errno, with the numbers of the target being
    /// built (`ECONNREFUSED` is 111 on Linux, 61 on macOS and FreeBSD), or
    /// `None` for an errno without one (`ENOENT`, `ENXIO`).
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::Code;
    ///
    /// # #[cfg(target_os = "linux")] {
    /// assert_eq!(Code::from_errno(111), Some(Code::WSAECONNREFUSED));
    /// assert_eq!(Code::from_errno(87), Some(Code::WSAEUSERS));
    /// assert_eq!(Code::from_errno(6), None); // ENXIO
    /// # }
    /// ```
    #[cfg(unix)]
    #[inline]
    pub const fn from_errno(errno: i32) -> Option<Code> {
        from_errno(errno)
    }

    /// The code's errno twin on the target being built (`ECONNREFUSED`'s
    /// number for `WSAECONNREFUSED`), or `None` where it has none.
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::Code;
    ///
    /// # #[cfg(target_os = "linux")] {
    /// assert_eq!(Code::WSAECONNREFUSED.errno(), Some(111));
    /// assert_eq!(Code::WSAHOST_NOT_FOUND.errno(), None);
    /// # }
    /// ```
    #[cfg(unix)]
    pub fn errno(self) -> Option<i32> {
        errno_of(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_distinct_from_winsock_names() {
        let mut seen = std::collections::HashSet::new();
        for twin in &TWINS {
            assert!(seen.insert(twin.name), "{} twice", twin.name);
            assert!(Code::ALL.iter().all(|code| code.name() != twin.name));
        }
    }

    #[test]
    fn each_twin_is_the_winsock_spelling_of_its_errno_or_a_documented_exception() {
        for twin in &TWINS {
            let winsock = format!("WSA{}", twin.name);
            if twin.name == "EAGAIN" {
                assert_eq!(twin.code, Code::WSAEWOULDBLOCK);
            } else if twin.name == "ENOMEM" {
                assert_eq!(twin.code, Code::WSA_NOT_ENOUGH_MEMORY);
            } else {
                assert_eq!(twin.code.name(), winsock, "{}", twin.name);
            }
        }
    }

    #[test]
    fn names_resolve_in_any_case() {
        assert_eq!(from_errno_name("ECONNREFUSED"), Some(Code::WSAECONNREFUSED));
        assert_eq!(from_errno_name("etimedout"), Some(Code::WSAETIMEDOUT));
        assert_eq!(from_errno_name("EProcLim"), Some(Code::WSAEPROCLIM));
        assert_eq!(from_errno_name("ENOTSUP"), None);
        assert_eq!(from_errno_name("ECANCELED"), None);
        assert_eq!(from_errno_name("EPERM"), None);
        assert_eq!(from_errno_name(""), None);
        assert_eq!(
            errno_names(Code::WSAEWOULDBLOCK).collect::<Vec<_>>(),
            ["EWOULDBLOCK", "EAGAIN"]
        );
        assert_eq!(errno_names(Code::WSAHOST_NOT_FOUND).count(), 0);
    }

    /// Each errno number the table gives is the one the C library means by
    /// it, as an independent source states it: the standard library's own
    /// reading of the OS error (`io::Error::from_raw_os_error(n).kind()`),
    /// wherever it reads one, is the kind the code has on Windows.
    #[cfg(unix)]
    #[test]
    fn numbers_are_what_the_c_library_means_by_them() {
        let mut compared = 0;
        for twin in &TWINS {
            let Some(errno) = twin.errno else { continue };
            let kind = std::io::Error::from_raw_os_error(errno).kind();
            // `Uncategorized` (not nameable on stable) and `Other`: std reads nothing.
            let read = !matches!(format!("{kind:?}").as_str(), "Uncategorized" | "Other");
            if let (true, Some(expected)) = (read, twin.code.io_error_kind()) {
                assert_eq!(kind, expected, "{} ({errno})", twin.name);
                compared += 1;
            }
            // A number shared by two names maps to one code.
            let shared = TWINS
                .iter()
                .filter(|other| other.errno == Some(errno))
                .all(|other| other.code == twin.code);
            assert!(shared, "{} shares {errno} with another code", twin.name);
            assert_eq!(from_errno(errno), Some(twin.code), "{}", twin.name);
        }
        // Most socket errors are ones std reads: the comparison is no formality.
        assert!(compared >= 12, "only {compared} numbers compared");
    }
}
