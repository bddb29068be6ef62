//! Code identities: every Winsock error code, declared once.
//!
//! The [`codes!`] table below is the only place a code is declared. The [`Code`]
//! constants, the list of all codes, lookups by number and by name, aliases,
//! groups and the [`std::io::ErrorKind`] mapping are all generated from it, so
//! a code cannot be half-added.

use std::fmt;
use std::io::ErrorKind;
use std::str::FromStr;

use crate::errno;

/// A Windows Sockets error code, such as `WSAETIMEDOUT` (10060).
///
/// A `Code` always names a known code; numbers that are not Winsock errors
/// are rejected by the checked constructors and reported as [`UnknownCode`].
///
/// # Examples
///
/// ```
/// use wsaerr::{Code, Group};
///
/// let code = Code::from_value(10060).unwrap();
/// assert_eq!(code, Code::WSAETIMEDOUT);
/// assert_eq!(code.name(), "WSAETIMEDOUT");
/// assert_eq!(code.group(), Group::Socket);
/// assert_eq!(code.io_error_kind(), Some(std::io::ErrorKind::TimedOut));
/// assert_eq!("wsaetimedout".parse::<Code>(), Ok(code));
/// assert_eq!("0x274C".parse::<Code>(), Ok(code));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Code(u8);

/// The family a code belongs to, for grouping codes in a listing or a UI.
///
/// # Examples
///
/// ```
/// use wsaerr::{Code, Group};
///
/// assert_eq!(Code::WSAHOST_NOT_FOUND.group(), Group::NameResolution);
/// assert_eq!(Group::NameResolution.as_str(), "name-resolution");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum Group {
    /// Errors from socket calls: creating, binding, connecting, sending, receiving.
    Socket,
    /// Unix error numbers Winsock defines for portability and rarely returns.
    UnixCompat,
    /// Starting Winsock (`WSAStartup`) and loading its service providers.
    Startup,
    /// Looking up services through name space providers (`WSALookupService*`).
    ServiceLookup,
    /// Resolving host names and addresses (DNS and the hosts file).
    NameResolution,
    /// Event objects and overlapped (asynchronous) I/O.
    Overlapped,
    /// Quality of service (QoS) and RSVP.
    QualityOfService,
}

impl Group {
    /// Every group, in the order listings use.
    pub const ALL: &'static [Group] = &[
        Group::Socket,
        Group::UnixCompat,
        Group::Startup,
        Group::ServiceLookup,
        Group::NameResolution,
        Group::Overlapped,
        Group::QualityOfService,
    ];

    /// A stable, lower-case identifier, as used in JSON output.
    pub const fn as_str(self) -> &'static str {
        match self {
            Group::Socket => "socket",
            Group::UnixCompat => "unix-compat",
            Group::Startup => "startup",
            Group::ServiceLookup => "service-lookup",
            Group::NameResolution => "name-resolution",
            Group::Overlapped => "overlapped",
            Group::QualityOfService => "qos",
        }
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A number or name that is not a Winsock error code.
///
/// # Examples
///
/// ```
/// use wsaerr::{Code, UnknownCode};
///
/// assert_eq!(Code::try_from(42), Err(UnknownCode::Value(42)));
/// assert_eq!(
///     "WSAEBOGUS".parse::<Code>().unwrap_err().to_string(),
///     "`WSAEBOGUS` is not a Winsock error code or name"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[non_exhaustive]
pub enum UnknownCode {
    /// A number that is no Winsock error code.
    #[error("{0} is not a Winsock error code")]
    Value(i64),
    /// Text that is neither a known name nor the number of a known code.
    #[error("`{0}` is not a Winsock error code or name")]
    Text(String),
}

/// What the table knows about one code.
struct Entry {
    value: i32,
    name: &'static str,
    group: Group,
    kind: Option<ErrorKind>,
    aliases: &'static [&'static str],
}

macro_rules! codes {
    ($( ($value:literal, $name:ident, $group:ident, $kind:expr, [$($alias:ident),*]), )+) => {
        /// One variant per code, in table order: its discriminant is the code's index.
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Index { $($name,)+ }

        /// The table, in numeric order (a unit test holds it to that).
        static ENTRIES: [Entry; COUNT] = [
            $(Entry {
                value: $value,
                name: stringify!($name),
                group: Group::$group,
                kind: $kind,
                aliases: &[$(stringify!($alias)),*],
            },)+
        ];

        const COUNT: usize = [$(stringify!($name)),+].len();

        impl Code {
            $(
                #[doc = concat!("`", stringify!($name), "` (", stringify!($value), ").")]
                pub const $name: Code = Code(Index::$name as u8);
                $(
                    #[doc = concat!("`", stringify!($alias), "`, another name for [`Code::", stringify!($name), "`].")]
                    pub const $alias: Code = Code::$name;
                )*
            )+

            /// Every code, in numeric order.
            pub const ALL: &'static [Code] = &[$(Code::$name),+];

            /// The code with this number, or `None`.
            ///
            /// # Examples
            ///
            /// ```
            /// use wsaerr::Code;
            ///
            /// assert_eq!(Code::from_value(10054), Some(Code::WSAECONNRESET));
            /// assert_eq!(Code::from_value(997), Some(Code::WSA_IO_PENDING));
            /// assert_eq!(Code::from_value(0), None);
            /// ```
            #[inline]
            pub const fn from_value(value: i32) -> Option<Code> {
                // Most codes lie in 10000..11064: one load from a table there.
                let offset = value.wrapping_sub(DENSE_START) as u32 as usize;
                if offset < DENSE.len() {
                    let index = DENSE[offset];
                    return if index == NO_CODE { None } else { Some(Code(index)) };
                }
                match value {
                    $($value => Some(Code::$name),)+
                    _ => None,
                }
            }
        }

        /// The values, in table order.
        const VALUES: [i32; COUNT] = [$($value),+];
    };
}

/// [`Code::from_value`]'s table: the index of the code with value
/// `DENSE_START + i` at `i`, or `NO_CODE`.
const DENSE_START: i32 = 10_000;
const NO_CODE: u8 = u8::MAX;
const DENSE: [u8; 1_064] = {
    let mut table = [NO_CODE; 1_064];
    let mut index = 0;
    while index < COUNT {
        let offset = VALUES[index].wrapping_sub(DENSE_START) as u32 as usize;
        if offset < table.len() {
            table[offset] = index as u8;
        }
        index += 1;
    }
    table
};

codes! {
    (6, WSA_INVALID_HANDLE, Overlapped, None, [ERROR_INVALID_HANDLE]),
    (8, WSA_NOT_ENOUGH_MEMORY, Overlapped, Some(ErrorKind::OutOfMemory), [ERROR_NOT_ENOUGH_MEMORY]),
    (87, WSA_INVALID_PARAMETER, Overlapped, Some(ErrorKind::InvalidInput), [ERROR_INVALID_PARAMETER]),
    (995, WSA_OPERATION_ABORTED, Overlapped, Some(ErrorKind::TimedOut), [ERROR_OPERATION_ABORTED]),
    (996, WSA_IO_INCOMPLETE, Overlapped, None, [ERROR_IO_INCOMPLETE]),
    (997, WSA_IO_PENDING, Overlapped, None, [ERROR_IO_PENDING]),
    (10004, WSAEINTR, Socket, None, []),
    (10009, WSAEBADF, UnixCompat, None, []),
    (10013, WSAEACCES, Socket, Some(ErrorKind::PermissionDenied), []),
    (10014, WSAEFAULT, Socket, None, []),
    (10022, WSAEINVAL, Socket, Some(ErrorKind::InvalidInput), []),
    (10024, WSAEMFILE, Socket, None, []),
    (10035, WSAEWOULDBLOCK, Socket, Some(ErrorKind::WouldBlock), []),
    (10036, WSAEINPROGRESS, Socket, None, []),
    (10037, WSAEALREADY, Socket, None, []),
    (10038, WSAENOTSOCK, Socket, None, []),
    (10039, WSAEDESTADDRREQ, Socket, None, []),
    (10040, WSAEMSGSIZE, Socket, None, []),
    (10041, WSAEPROTOTYPE, Socket, None, []),
    (10042, WSAENOPROTOOPT, Socket, None, []),
    (10043, WSAEPROTONOSUPPORT, Socket, None, []),
    (10044, WSAESOCKTNOSUPPORT, Socket, None, []),
    (10045, WSAEOPNOTSUPP, Socket, None, []),
    (10046, WSAEPFNOSUPPORT, Socket, None, []),
    (10047, WSAEAFNOSUPPORT, Socket, None, []),
    (10048, WSAEADDRINUSE, Socket, Some(ErrorKind::AddrInUse), []),
    (10049, WSAEADDRNOTAVAIL, Socket, Some(ErrorKind::AddrNotAvailable), []),
    (10050, WSAENETDOWN, Socket, Some(ErrorKind::NetworkDown), []),
    (10051, WSAENETUNREACH, Socket, Some(ErrorKind::NetworkUnreachable), []),
    (10052, WSAENETRESET, Socket, None, []),
    (10053, WSAECONNABORTED, Socket, Some(ErrorKind::ConnectionAborted), []),
    (10054, WSAECONNRESET, Socket, Some(ErrorKind::ConnectionReset), []),
    (10055, WSAENOBUFS, Socket, None, []),
    (10056, WSAEISCONN, Socket, None, []),
    (10057, WSAENOTCONN, Socket, Some(ErrorKind::NotConnected), []),
    (10058, WSAESHUTDOWN, Socket, None, []),
    (10059, WSAETOOMANYREFS, UnixCompat, None, []),
    (10060, WSAETIMEDOUT, Socket, Some(ErrorKind::TimedOut), []),
    (10061, WSAECONNREFUSED, Socket, Some(ErrorKind::ConnectionRefused), []),
    (10062, WSAELOOP, UnixCompat, None, []),
    (10063, WSAENAMETOOLONG, UnixCompat, None, []),
    (10064, WSAEHOSTDOWN, Socket, None, []),
    (10065, WSAEHOSTUNREACH, Socket, Some(ErrorKind::HostUnreachable), []),
    (10066, WSAENOTEMPTY, UnixCompat, None, []),
    (10067, WSAEPROCLIM, Startup, None, []),
    (10068, WSAEUSERS, UnixCompat, None, []),
    (10069, WSAEDQUOT, UnixCompat, Some(ErrorKind::QuotaExceeded), []),
    (10070, WSAESTALE, UnixCompat, None, []),
    (10071, WSAEREMOTE, UnixCompat, None, []),
    (10091, WSASYSNOTREADY, Startup, None, []),
    (10092, WSAVERNOTSUPPORTED, Startup, None, []),
    (10093, WSANOTINITIALISED, Startup, None, []),
    (10101, WSAEDISCON, Socket, None, []),
    (10102, WSAENOMORE, ServiceLookup, None, []),
    (10103, WSAECANCELLED, ServiceLookup, None, []),
    (10104, WSAEINVALIDPROCTABLE, Startup, None, [WSAINVALIDPROCTABLE]),
    (10105, WSAEINVALIDPROVIDER, Startup, None, [WSAINVALIDPROVIDER]),
    (10106, WSAEPROVIDERFAILEDINIT, Startup, None, [WSAPROVIDERFAILEDINIT]),
    (10107, WSASYSCALLFAILURE, Startup, None, []),
    (10108, WSASERVICE_NOT_FOUND, ServiceLookup, None, []),
    (10109, WSATYPE_NOT_FOUND, ServiceLookup, None, []),
    (10110, WSA_E_NO_MORE, ServiceLookup, None, []),
    (10111, WSA_E_CANCELLED, ServiceLookup, None, []),
    (10112, WSAEREFUSED, ServiceLookup, None, []),
    (11001, WSAHOST_NOT_FOUND, NameResolution, None, []),
    (11002, WSATRY_AGAIN, NameResolution, None, []),
    (11003, WSANO_RECOVERY, NameResolution, None, []),
    (11004, WSANO_DATA, NameResolution, None, [WSANO_ADDRESS]),
    (11005, WSA_QOS_RECEIVERS, QualityOfService, None, []),
    (11006, WSA_QOS_SENDERS, QualityOfService, None, []),
    (11007, WSA_QOS_NO_SENDERS, QualityOfService, None, []),
    (11008, WSA_QOS_NO_RECEIVERS, QualityOfService, None, []),
    (11009, WSA_QOS_REQUEST_CONFIRMED, QualityOfService, None, []),
    (11010, WSA_QOS_ADMISSION_FAILURE, QualityOfService, None, []),
    (11011, WSA_QOS_POLICY_FAILURE, QualityOfService, None, []),
    (11012, WSA_QOS_BAD_STYLE, QualityOfService, None, []),
    (11013, WSA_QOS_BAD_OBJECT, QualityOfService, None, []),
    (11014, WSA_QOS_TRAFFIC_CTRL_ERROR, QualityOfService, None, []),
    (11015, WSA_QOS_GENERIC_ERROR, QualityOfService, None, []),
    (11016, WSA_QOS_ESERVICETYPE, QualityOfService, None, []),
    (11017, WSA_QOS_EFLOWSPEC, QualityOfService, None, []),
    (11018, WSA_QOS_EPROVSPECBUF, QualityOfService, None, []),
    (11019, WSA_QOS_EFILTERSTYLE, QualityOfService, None, []),
    (11020, WSA_QOS_EFILTERTYPE, QualityOfService, None, []),
    (11021, WSA_QOS_EFILTERCOUNT, QualityOfService, None, []),
    (11022, WSA_QOS_EOBJLENGTH, QualityOfService, None, []),
    (11023, WSA_QOS_EFLOWCOUNT, QualityOfService, None, []),
    (11024, WSA_QOS_EUNKOWNPSOBJ, QualityOfService, None, []),
    (11025, WSA_QOS_EPOLICYOBJ, QualityOfService, None, []),
    (11026, WSA_QOS_EFLOWDESC, QualityOfService, None, []),
    (11027, WSA_QOS_EPSFLOWSPEC, QualityOfService, None, []),
    (11028, WSA_QOS_EPSFILTERSPEC, QualityOfService, None, []),
    (11029, WSA_QOS_ESDMODEOBJ, QualityOfService, None, []),
    (11030, WSA_QOS_ESHAPERATEOBJ, QualityOfService, None, []),
    (11031, WSA_QOS_RESERVED_PETYPE, QualityOfService, None, []),
    (11032, WSA_SECURE_HOST_NOT_FOUND, NameResolution, None, []),
    (11033, WSA_IPSEC_NAME_POLICY_ERROR, NameResolution, None, []),
}

impl Code {
    /// The code's number, as `WSAGetLastError` returns it.
    pub fn value(self) -> i32 {
        self.entry().value
    }

    /// The symbolic name from the Windows headers, such as `"WSAETIMEDOUT"`.
    /// It is also the message id in the Fluent catalogs.
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// Other spellings of the same code: older Winsock names (`WSAINVALIDPROVIDER`,
    /// `WSANO_ADDRESS`) or the Win32 error a code is defined from (`ERROR_IO_PENDING`).
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::Code;
    ///
    /// assert_eq!(Code::WSANO_DATA.aliases(), ["WSANO_ADDRESS"]);
    /// assert_eq!(Code::WSA_IO_PENDING.aliases(), ["ERROR_IO_PENDING"]);
    /// assert!(Code::WSAETIMEDOUT.aliases().is_empty());
    /// ```
    pub fn aliases(self) -> &'static [&'static str] {
        self.entry().aliases
    }

    /// The family the code belongs to.
    pub fn group(self) -> Group {
        self.entry().group
    }

    /// The [`ErrorKind`] Rust's standard library gives this code on Windows,
    /// or `None` where it leaves the code uncategorized.
    ///
    /// This follows `std` exactly, so that `Code::from_io_error(&e)` and
    /// `e.kind()` agree. That includes `std`'s own choices: it maps
    /// `WSA_OPERATION_ABORTED` (the Win32 `ERROR_OPERATION_ABORTED`) to
    /// [`ErrorKind::TimedOut`].
    ///
    /// # Examples
    ///
    /// ```
    /// use std::io::ErrorKind;
    /// use wsaerr::Code;
    ///
    /// assert_eq!(Code::WSAECONNREFUSED.io_error_kind(), Some(ErrorKind::ConnectionRefused));
    /// assert_eq!(Code::WSAEINTR.io_error_kind(), None);
    /// ```
    pub fn io_error_kind(self) -> Option<ErrorKind> {
        self.entry().kind
    }

    /// The code by its name or one of its aliases, ignoring ASCII case; also
    /// by the Unix spelling of a code's errno twin (`ECONNREFUSED`).
    ///
    /// # Examples
    ///
    /// ```
    /// use wsaerr::Code;
    ///
    /// assert_eq!(Code::from_name("wsaetimedout"), Some(Code::WSAETIMEDOUT));
    /// assert_eq!(Code::from_name("WSAPROVIDERFAILEDINIT"), Some(Code::WSAEPROVIDERFAILEDINIT));
    /// assert_eq!(Code::from_name("ERROR_IO_PENDING"), Some(Code::WSA_IO_PENDING));
    /// assert_eq!(Code::from_name("ETIMEDOUT"), Some(Code::WSAETIMEDOUT));
    /// assert_eq!(Code::from_name("econnrefused"), Some(Code::WSAECONNREFUSED));
    /// // An errno without a Winsock twin names no code.
    /// assert_eq!(Code::from_name("ENOENT"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Code> {
        Code::ALL
            .iter()
            .copied()
            .find(|code| {
                let entry = code.entry();
                entry.name.eq_ignore_ascii_case(name)
                    || entry
                        .aliases
                        .iter()
                        .any(|alias| alias.eq_ignore_ascii_case(name))
            })
            .or_else(|| errno::from_errno_name(name))
    }

    /// The code's position in [`Code::ALL`]: an index for per-code tables.
    pub(crate) fn index(self) -> usize {
        usize::from(self.0)
    }

    fn entry(self) -> &'static Entry {
        &ENTRIES[self.index()]
    }
}

impl fmt::Debug for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// `WSAETIMEDOUT (10060)`.
impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.value())
    }
}

impl TryFrom<i32> for Code {
    type Error = UnknownCode;

    #[inline]
    fn try_from(value: i32) -> Result<Code, UnknownCode> {
        Code::from_value(value).ok_or_else(|| UnknownCode::Value(value.into()))
    }
}

impl TryFrom<i64> for Code {
    type Error = UnknownCode;

    #[inline]
    fn try_from(value: i64) -> Result<Code, UnknownCode> {
        i32::try_from(value)
            .ok()
            .and_then(Code::from_value)
            .ok_or(UnknownCode::Value(value))
    }
}

/// `GetLastError` returns a `DWORD`; Winsock numbers fit in it unchanged.
impl TryFrom<u32> for Code {
    type Error = UnknownCode;

    #[inline]
    fn try_from(value: u32) -> Result<Code, UnknownCode> {
        Code::try_from(i64::from(value))
    }
}

impl From<Code> for i32 {
    fn from(code: Code) -> i32 {
        code.value()
    }
}

/// Parses a name or alias (any ASCII case), a decimal number, or a `0x` hexadecimal number.
/// Surrounding white space is ignored.
impl FromStr for Code {
    type Err = UnknownCode;

    fn from_str(text: &str) -> Result<Code, UnknownCode> {
        let trimmed = text.trim();
        // Digits only after `0x` or an optional `-`: `from_str_radix` and
        // `parse` would also take a sign (`0x+274C`, `+10060`).
        let digits =
            |text: &str, radix: u32| !text.is_empty() && text.chars().all(|c| c.is_digit(radix));
        let number = if let Some(hex) = trimmed
            .strip_prefix("0x")
            .or_else(|| trimmed.strip_prefix("0X"))
        {
            digits(hex, 16)
                .then(|| i64::from_str_radix(hex, 16).ok())
                .flatten()
        } else if digits(trimmed.strip_prefix('-').unwrap_or(trimmed), 10) {
            trimmed.parse::<i64>().ok()
        } else {
            None
        };
        match number {
            Some(value) => Code::try_from(value),
            None => Code::from_name(trimmed).ok_or_else(|| UnknownCode::Text(text.to_owned())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_strictly_increasing_numeric_order() {
        for pair in ENTRIES.windows(2) {
            assert!(
                pair[0].value < pair[1].value,
                "{} before {}",
                pair[0].name,
                pair[1].name
            );
        }
    }

    #[test]
    fn there_are_97_codes() {
        assert_eq!(Code::ALL.len(), 97);
    }

    #[test]
    fn every_code_round_trips_through_value_name_and_text() {
        for &code in Code::ALL {
            assert_eq!(Code::from_value(code.value()), Some(code));
            assert_eq!(Code::from_name(code.name()), Some(code));
            assert_eq!(Code::from_name(&code.name().to_lowercase()), Some(code));
            assert_eq!(code.name().parse::<Code>(), Ok(code));
            assert_eq!(code.value().to_string().parse::<Code>(), Ok(code));
            assert_eq!(format!("{:#x}", code.value()).parse::<Code>(), Ok(code));
            assert_eq!(format!("0X{:X}", code.value()).parse::<Code>(), Ok(code));
            assert_eq!(Code::ALL[code.index()], code);
        }
    }

    #[test]
    fn names_and_aliases_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for &code in Code::ALL {
            for name in std::iter::once(code.name()).chain(code.aliases().iter().copied()) {
                assert!(seen.insert(name.to_ascii_uppercase()), "{name} twice");
            }
        }
    }

    #[test]
    fn aliases_resolve_to_their_code() {
        let expected = [
            ("WSAINVALIDPROCTABLE", Code::WSAEINVALIDPROCTABLE),
            ("WSAINVALIDPROVIDER", Code::WSAEINVALIDPROVIDER),
            ("WSAPROVIDERFAILEDINIT", Code::WSAEPROVIDERFAILEDINIT),
            ("WSANO_ADDRESS", Code::WSANO_DATA),
            ("ERROR_INVALID_HANDLE", Code::WSA_INVALID_HANDLE),
            ("ERROR_NOT_ENOUGH_MEMORY", Code::WSA_NOT_ENOUGH_MEMORY),
            ("ERROR_INVALID_PARAMETER", Code::WSA_INVALID_PARAMETER),
            ("ERROR_OPERATION_ABORTED", Code::WSA_OPERATION_ABORTED),
            ("ERROR_IO_INCOMPLETE", Code::WSA_IO_INCOMPLETE),
            ("ERROR_IO_PENDING", Code::WSA_IO_PENDING),
        ];
        for (alias, code) in expected {
            assert_eq!(Code::from_name(alias), Some(code), "{alias}");
            assert_eq!(alias.parse::<Code>(), Ok(code), "{alias}");
        }
        let total: usize = Code::ALL.iter().map(|code| code.aliases().len()).sum();
        assert_eq!(total, expected.len());
        assert_eq!(Code::WSANO_ADDRESS, Code::WSANO_DATA);
    }

    #[test]
    fn group_sizes() {
        let count = |group| {
            Code::ALL
                .iter()
                .filter(|code| code.group() == group)
                .count()
        };
        assert_eq!(count(Group::Socket), 34);
        assert_eq!(count(Group::UnixCompat), 9);
        assert_eq!(count(Group::Startup), 8);
        assert_eq!(count(Group::ServiceLookup), 7);
        assert_eq!(count(Group::NameResolution), 6);
        assert_eq!(count(Group::Overlapped), 6);
        assert_eq!(count(Group::QualityOfService), 27);
    }

    #[test]
    fn text_that_is_no_code_is_reported_as_given() {
        assert_eq!("".parse::<Code>(), Err(UnknownCode::Text(String::new())));
        assert_eq!("10000".parse::<Code>(), Err(UnknownCode::Value(10000)));
        assert_eq!("-1".parse::<Code>(), Err(UnknownCode::Value(-1)));
        assert_eq!("0x".parse::<Code>(), Err(UnknownCode::Text("0x".into())));
        assert_eq!(
            "99999999999999999999".parse::<Code>(),
            Err(UnknownCode::Text("99999999999999999999".into()))
        );
        assert_eq!(" 10060 ".parse::<Code>(), Ok(Code::WSAETIMEDOUT));
        for signed in ["0x+274C", "0x-274C", "+10060", "0x 274C", "1_0060"] {
            assert_eq!(
                signed.parse::<Code>(),
                Err(UnknownCode::Text(signed.into())),
                "{signed}"
            );
        }
        assert_eq!(Code::try_from(i64::MAX), Err(UnknownCode::Value(i64::MAX)));
        assert_eq!(
            Code::try_from(u32::MAX),
            Err(UnknownCode::Value(u32::MAX.into()))
        );
    }

    #[test]
    fn display_and_debug() {
        assert_eq!(Code::WSAETIMEDOUT.to_string(), "WSAETIMEDOUT (10060)");
        assert_eq!(format!("{:?}", Code::WSAETIMEDOUT), "WSAETIMEDOUT");
    }
}
