//! Socket errors on every OS: a Unix errno leads to its Winsock twin, with
//! the numbers of the target being built, and to nothing when it has none.

use std::net::{TcpListener, TcpStream};

#[cfg(unix)]
use proptest::prelude::*;
use wsaerr::{Catalog, Code};

/// A refused connection: a port that was free a moment ago, then closed.
fn refused() -> std::io::Error {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    TcpStream::connect(("127.0.0.1", port)).unwrap_err()
}

#[test]
fn a_refused_connection_is_described_in_korean_and_chinese() {
    let error = refused();
    assert_eq!(Code::from_io_error(&error), Some(Code::WSAECONNREFUSED));
    let catalog = Catalog::embedded();
    let english = catalog.language("en-US").description(Code::WSAECONNREFUSED);
    for (tag, locale) in [("ko", "ko-KR"), ("zh-CN", "zh-CN")] {
        let text = wsaerr::describe_io_error(&error, tag).unwrap();
        let expected = catalog.language(locale).description(Code::WSAECONNREFUSED);
        assert_eq!(text.name(), "WSAECONNREFUSED");
        assert_eq!(text.locale(), locale);
        assert_eq!(text.title(), expected.title());
        assert_eq!(text.detail(), expected.detail());
        assert_ne!(text.title(), english.title(), "{locale} is translated");
    }
}

#[test]
fn errors_without_an_os_number_describe_nothing() {
    let error = std::io::Error::other("no number");
    assert!(wsaerr::describe_io_error(&error, "ko").is_none());
    let error = std::io::Error::from(std::io::ErrorKind::ConnectionRefused);
    assert!(wsaerr::describe_io_error(&error, "ko").is_none());
}

#[cfg(target_os = "linux")]
#[test]
fn linux_numbers_that_are_also_windows_numbers_are_read_as_errno() {
    let of = |number| Code::from_io_error(&std::io::Error::from_raw_os_error(number));
    assert_eq!(of(6), None, "ENXIO has no twin");
    assert_eq!(of(8), None, "ENOEXEC has no twin");
    assert_eq!(of(87), Some(Code::WSAEUSERS));
    assert_eq!(of(111), Some(Code::WSAECONNREFUSED));
    assert_eq!(of(10061), None, "no errno is 10061 on Linux");
}

/// Every errno that has a twin, by `libc`'s constant for this target.
#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
fn expected_twins() -> Vec<(&'static str, i32, Code)> {
    let mut twins = vec![
        ("EINTR", libc::EINTR, Code::WSAEINTR),
        ("EBADF", libc::EBADF, Code::WSAEBADF),
        ("EACCES", libc::EACCES, Code::WSAEACCES),
        ("EFAULT", libc::EFAULT, Code::WSAEFAULT),
        ("EINVAL", libc::EINVAL, Code::WSAEINVAL),
        ("EMFILE", libc::EMFILE, Code::WSAEMFILE),
        ("EWOULDBLOCK", libc::EWOULDBLOCK, Code::WSAEWOULDBLOCK),
        ("EAGAIN", libc::EAGAIN, Code::WSAEWOULDBLOCK),
        ("EINPROGRESS", libc::EINPROGRESS, Code::WSAEINPROGRESS),
        ("EALREADY", libc::EALREADY, Code::WSAEALREADY),
        ("ENOTSOCK", libc::ENOTSOCK, Code::WSAENOTSOCK),
        ("EDESTADDRREQ", libc::EDESTADDRREQ, Code::WSAEDESTADDRREQ),
        ("EMSGSIZE", libc::EMSGSIZE, Code::WSAEMSGSIZE),
        ("EPROTOTYPE", libc::EPROTOTYPE, Code::WSAEPROTOTYPE),
        ("ENOPROTOOPT", libc::ENOPROTOOPT, Code::WSAENOPROTOOPT),
        (
            "EPROTONOSUPPORT",
            libc::EPROTONOSUPPORT,
            Code::WSAEPROTONOSUPPORT,
        ),
        (
            "ESOCKTNOSUPPORT",
            libc::ESOCKTNOSUPPORT,
            Code::WSAESOCKTNOSUPPORT,
        ),
        ("EOPNOTSUPP", libc::EOPNOTSUPP, Code::WSAEOPNOTSUPP),
        ("EPFNOSUPPORT", libc::EPFNOSUPPORT, Code::WSAEPFNOSUPPORT),
        ("EAFNOSUPPORT", libc::EAFNOSUPPORT, Code::WSAEAFNOSUPPORT),
        ("EADDRINUSE", libc::EADDRINUSE, Code::WSAEADDRINUSE),
        ("EADDRNOTAVAIL", libc::EADDRNOTAVAIL, Code::WSAEADDRNOTAVAIL),
        ("ENETDOWN", libc::ENETDOWN, Code::WSAENETDOWN),
        ("ENETUNREACH", libc::ENETUNREACH, Code::WSAENETUNREACH),
        ("ENETRESET", libc::ENETRESET, Code::WSAENETRESET),
        ("ECONNABORTED", libc::ECONNABORTED, Code::WSAECONNABORTED),
        ("ECONNRESET", libc::ECONNRESET, Code::WSAECONNRESET),
        ("ENOBUFS", libc::ENOBUFS, Code::WSAENOBUFS),
        ("EISCONN", libc::EISCONN, Code::WSAEISCONN),
        ("ENOTCONN", libc::ENOTCONN, Code::WSAENOTCONN),
        ("ESHUTDOWN", libc::ESHUTDOWN, Code::WSAESHUTDOWN),
        ("ETOOMANYREFS", libc::ETOOMANYREFS, Code::WSAETOOMANYREFS),
        ("ETIMEDOUT", libc::ETIMEDOUT, Code::WSAETIMEDOUT),
        ("ECONNREFUSED", libc::ECONNREFUSED, Code::WSAECONNREFUSED),
        ("ELOOP", libc::ELOOP, Code::WSAELOOP),
        ("ENAMETOOLONG", libc::ENAMETOOLONG, Code::WSAENAMETOOLONG),
        ("EHOSTDOWN", libc::EHOSTDOWN, Code::WSAEHOSTDOWN),
        ("EHOSTUNREACH", libc::EHOSTUNREACH, Code::WSAEHOSTUNREACH),
        ("ENOTEMPTY", libc::ENOTEMPTY, Code::WSAENOTEMPTY),
        ("EUSERS", libc::EUSERS, Code::WSAEUSERS),
        ("EDQUOT", libc::EDQUOT, Code::WSAEDQUOT),
        ("ESTALE", libc::ESTALE, Code::WSAESTALE),
        ("EREMOTE", libc::EREMOTE, Code::WSAEREMOTE),
        ("ENOMEM", libc::ENOMEM, Code::WSA_NOT_ENOUGH_MEMORY),
    ];
    #[cfg(target_vendor = "apple")]
    twins.push(("EPROCLIM", libc::EPROCLIM, Code::WSAEPROCLIM));
    twins.sort_by_key(|(_, number, _)| *number);
    twins
}

#[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
#[test]
fn the_errno_table_is_libcs_and_nothing_else_maps() {
    let expected = expected_twins();
    for &(name, number, code) in &expected {
        assert_eq!(Code::from_errno(number), Some(code), "{name} ({number})");
        assert_eq!(Code::from_name(name), Some(code), "{name}");
        assert!(
            code.errno_names().any(|spelling| spelling == name),
            "{name}"
        );
    }
    for number in -4096..=65_536 {
        let found = Code::from_errno(number);
        let wanted = expected
            .iter()
            .find(|(_, n, _)| *n == number)
            .map(|(_, _, code)| *code);
        assert_eq!(found, wanted, "errno {number}");
    }
    // No twin, whatever a name or a Windows number suggests.
    for number in [
        libc::EPERM,
        libc::ENOENT,
        libc::ENXIO,
        libc::ENOEXEC,
        libc::EPIPE,
        libc::EPROTO,
        libc::ECANCELED,
    ] {
        assert_eq!(Code::from_errno(number), None, "{number}");
    }
    #[cfg(target_vendor = "apple")]
    assert_eq!(Code::from_errno(libc::ENOTSUP), None);
    #[cfg(not(target_vendor = "apple"))]
    assert_eq!(Code::from_errno(libc::ENOTSUP), Some(Code::WSAEOPNOTSUPP));
}

#[cfg(unix)]
proptest! {
    #[test]
    fn any_errno_maps_without_panic_and_every_answer_round_trips(number in any::<i32>()) {
        let error = std::io::Error::from_raw_os_error(number);
        let found = Code::from_errno(number);
        prop_assert_eq!(Code::from_io_error(&error), found);
        if let Some(code) = found {
            let primary = code.errno();
            prop_assert!(primary.is_some());
            prop_assert_eq!(Code::from_errno(primary.unwrap()), Some(code));
            let names: Vec<_> = code.errno_names().collect();
            prop_assert!(!names.is_empty());
            for name in names {
                prop_assert_eq!(Code::from_name(name), Some(code));
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn codes_without_a_twin_have_no_errno() {
    for &code in Code::ALL {
        match code.errno() {
            Some(number) => assert_eq!(Code::from_errno(number), Some(code)),
            None => assert!(
                code.errno_names().next().is_none() || code == Code::WSAEPROCLIM,
                "{code:?}"
            ),
        }
    }
    assert_eq!(Code::WSAHOST_NOT_FOUND.errno(), None);
    assert_eq!(Code::WSAECANCELLED.errno(), None);
}

/// The library guide's errno table (`docs/library.md`): every row names a
/// twin as the code table has it, every twin has a row, and on Linux the
/// Linux column is libc's.
#[test]
fn the_library_guides_errno_table_is_the_code_table() {
    let guide = include_str!("../docs/library.md");
    let rows: Vec<Vec<&str>> = guide
        .lines()
        .filter(|line| line.starts_with("| `E"))
        .map(|line| {
            line.trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().trim_matches('`'))
                .collect()
        })
        .collect();
    let twins: Vec<(&str, Code)> = Code::ALL
        .iter()
        .copied()
        .flat_map(|code| code.errno_names().map(move |name| (name, code)))
        .collect();
    assert_eq!(rows.len(), twins.len());
    for row in &rows {
        let (name, code) = (row[0], row[4]);
        assert_eq!(Code::from_name(name).map(Code::name), Some(code), "{name}");
        #[cfg(target_os = "linux")]
        assert_eq!(
            row[1]
                .parse::<i32>()
                .ok()
                .and_then(Code::from_errno)
                .map(Code::name),
            (row[1] != "—").then_some(code),
            "{name}"
        );
    }
}
