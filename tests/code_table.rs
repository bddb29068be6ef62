//! The code table against the Windows headers, as the `windows-sys` crate
//! publishes them: the numbers are facts, not something the editions agree on.

use std::io::ErrorKind;

use windows_sys::Win32::Foundation;
use windows_sys::Win32::Networking::WinSock;
use wsaerr::Code;

#[test]
fn every_number_matches_the_windows_headers() {
    let expected = [
        (Code::WSA_INVALID_HANDLE, WinSock::WSA_INVALID_HANDLE),
        (Code::WSA_NOT_ENOUGH_MEMORY, WinSock::WSA_NOT_ENOUGH_MEMORY),
        (Code::WSA_INVALID_PARAMETER, WinSock::WSA_INVALID_PARAMETER),
        (Code::WSA_OPERATION_ABORTED, WinSock::WSA_OPERATION_ABORTED),
        (Code::WSA_IO_INCOMPLETE, WinSock::WSA_IO_INCOMPLETE),
        (Code::WSA_IO_PENDING, WinSock::WSA_IO_PENDING),
        (Code::WSAEINTR, WinSock::WSAEINTR),
        (Code::WSAEBADF, WinSock::WSAEBADF),
        (Code::WSAEACCES, WinSock::WSAEACCES),
        (Code::WSAEFAULT, WinSock::WSAEFAULT),
        (Code::WSAEINVAL, WinSock::WSAEINVAL),
        (Code::WSAEMFILE, WinSock::WSAEMFILE),
        (Code::WSAEWOULDBLOCK, WinSock::WSAEWOULDBLOCK),
        (Code::WSAEINPROGRESS, WinSock::WSAEINPROGRESS),
        (Code::WSAEALREADY, WinSock::WSAEALREADY),
        (Code::WSAENOTSOCK, WinSock::WSAENOTSOCK),
        (Code::WSAEDESTADDRREQ, WinSock::WSAEDESTADDRREQ),
        (Code::WSAEMSGSIZE, WinSock::WSAEMSGSIZE),
        (Code::WSAEPROTOTYPE, WinSock::WSAEPROTOTYPE),
        (Code::WSAENOPROTOOPT, WinSock::WSAENOPROTOOPT),
        (Code::WSAEPROTONOSUPPORT, WinSock::WSAEPROTONOSUPPORT),
        (Code::WSAESOCKTNOSUPPORT, WinSock::WSAESOCKTNOSUPPORT),
        (Code::WSAEOPNOTSUPP, WinSock::WSAEOPNOTSUPP),
        (Code::WSAEPFNOSUPPORT, WinSock::WSAEPFNOSUPPORT),
        (Code::WSAEAFNOSUPPORT, WinSock::WSAEAFNOSUPPORT),
        (Code::WSAEADDRINUSE, WinSock::WSAEADDRINUSE),
        (Code::WSAEADDRNOTAVAIL, WinSock::WSAEADDRNOTAVAIL),
        (Code::WSAENETDOWN, WinSock::WSAENETDOWN),
        (Code::WSAENETUNREACH, WinSock::WSAENETUNREACH),
        (Code::WSAENETRESET, WinSock::WSAENETRESET),
        (Code::WSAECONNABORTED, WinSock::WSAECONNABORTED),
        (Code::WSAECONNRESET, WinSock::WSAECONNRESET),
        (Code::WSAENOBUFS, WinSock::WSAENOBUFS),
        (Code::WSAEISCONN, WinSock::WSAEISCONN),
        (Code::WSAENOTCONN, WinSock::WSAENOTCONN),
        (Code::WSAESHUTDOWN, WinSock::WSAESHUTDOWN),
        (Code::WSAETOOMANYREFS, WinSock::WSAETOOMANYREFS),
        (Code::WSAETIMEDOUT, WinSock::WSAETIMEDOUT),
        (Code::WSAECONNREFUSED, WinSock::WSAECONNREFUSED),
        (Code::WSAELOOP, WinSock::WSAELOOP),
        (Code::WSAENAMETOOLONG, WinSock::WSAENAMETOOLONG),
        (Code::WSAEHOSTDOWN, WinSock::WSAEHOSTDOWN),
        (Code::WSAEHOSTUNREACH, WinSock::WSAEHOSTUNREACH),
        (Code::WSAENOTEMPTY, WinSock::WSAENOTEMPTY),
        (Code::WSAEPROCLIM, WinSock::WSAEPROCLIM),
        (Code::WSAEUSERS, WinSock::WSAEUSERS),
        (Code::WSAEDQUOT, WinSock::WSAEDQUOT),
        (Code::WSAESTALE, WinSock::WSAESTALE),
        (Code::WSAEREMOTE, WinSock::WSAEREMOTE),
        (Code::WSASYSNOTREADY, WinSock::WSASYSNOTREADY),
        (Code::WSAVERNOTSUPPORTED, WinSock::WSAVERNOTSUPPORTED),
        (Code::WSANOTINITIALISED, WinSock::WSANOTINITIALISED),
        (Code::WSAEDISCON, WinSock::WSAEDISCON),
        (Code::WSAENOMORE, WinSock::WSAENOMORE),
        (Code::WSAECANCELLED, WinSock::WSAECANCELLED),
        (Code::WSAEINVALIDPROCTABLE, WinSock::WSAEINVALIDPROCTABLE),
        (Code::WSAEINVALIDPROVIDER, WinSock::WSAEINVALIDPROVIDER),
        (
            Code::WSAEPROVIDERFAILEDINIT,
            WinSock::WSAEPROVIDERFAILEDINIT,
        ),
        (Code::WSASYSCALLFAILURE, WinSock::WSASYSCALLFAILURE),
        (Code::WSASERVICE_NOT_FOUND, WinSock::WSASERVICE_NOT_FOUND),
        (Code::WSATYPE_NOT_FOUND, WinSock::WSATYPE_NOT_FOUND),
        (Code::WSA_E_NO_MORE, WinSock::WSA_E_NO_MORE),
        (Code::WSA_E_CANCELLED, WinSock::WSA_E_CANCELLED),
        (Code::WSAEREFUSED, WinSock::WSAEREFUSED),
        (Code::WSAHOST_NOT_FOUND, WinSock::WSAHOST_NOT_FOUND),
        (Code::WSATRY_AGAIN, WinSock::WSATRY_AGAIN),
        (Code::WSANO_RECOVERY, WinSock::WSANO_RECOVERY),
        (Code::WSANO_DATA, WinSock::WSANO_DATA),
        (Code::WSA_QOS_RECEIVERS, WinSock::WSA_QOS_RECEIVERS),
        (Code::WSA_QOS_SENDERS, WinSock::WSA_QOS_SENDERS),
        (Code::WSA_QOS_NO_SENDERS, WinSock::WSA_QOS_NO_SENDERS),
        (Code::WSA_QOS_NO_RECEIVERS, WinSock::WSA_QOS_NO_RECEIVERS),
        (
            Code::WSA_QOS_REQUEST_CONFIRMED,
            WinSock::WSA_QOS_REQUEST_CONFIRMED,
        ),
        (
            Code::WSA_QOS_ADMISSION_FAILURE,
            WinSock::WSA_QOS_ADMISSION_FAILURE,
        ),
        (
            Code::WSA_QOS_POLICY_FAILURE,
            WinSock::WSA_QOS_POLICY_FAILURE,
        ),
        (Code::WSA_QOS_BAD_STYLE, WinSock::WSA_QOS_BAD_STYLE),
        (Code::WSA_QOS_BAD_OBJECT, WinSock::WSA_QOS_BAD_OBJECT),
        (
            Code::WSA_QOS_TRAFFIC_CTRL_ERROR,
            WinSock::WSA_QOS_TRAFFIC_CTRL_ERROR,
        ),
        (Code::WSA_QOS_GENERIC_ERROR, WinSock::WSA_QOS_GENERIC_ERROR),
        (Code::WSA_QOS_ESERVICETYPE, WinSock::WSA_QOS_ESERVICETYPE),
        (Code::WSA_QOS_EFLOWSPEC, WinSock::WSA_QOS_EFLOWSPEC),
        (Code::WSA_QOS_EPROVSPECBUF, WinSock::WSA_QOS_EPROVSPECBUF),
        (Code::WSA_QOS_EFILTERSTYLE, WinSock::WSA_QOS_EFILTERSTYLE),
        (Code::WSA_QOS_EFILTERTYPE, WinSock::WSA_QOS_EFILTERTYPE),
        (Code::WSA_QOS_EFILTERCOUNT, WinSock::WSA_QOS_EFILTERCOUNT),
        (Code::WSA_QOS_EOBJLENGTH, WinSock::WSA_QOS_EOBJLENGTH),
        (Code::WSA_QOS_EFLOWCOUNT, WinSock::WSA_QOS_EFLOWCOUNT),
        (Code::WSA_QOS_EUNKOWNPSOBJ, WinSock::WSA_QOS_EUNKOWNPSOBJ),
        (Code::WSA_QOS_EPOLICYOBJ, WinSock::WSA_QOS_EPOLICYOBJ),
        (Code::WSA_QOS_EFLOWDESC, WinSock::WSA_QOS_EFLOWDESC),
        (Code::WSA_QOS_EPSFLOWSPEC, WinSock::WSA_QOS_EPSFLOWSPEC),
        (Code::WSA_QOS_EPSFILTERSPEC, WinSock::WSA_QOS_EPSFILTERSPEC),
        (Code::WSA_QOS_ESDMODEOBJ, WinSock::WSA_QOS_ESDMODEOBJ),
        (Code::WSA_QOS_ESHAPERATEOBJ, WinSock::WSA_QOS_ESHAPERATEOBJ),
        (
            Code::WSA_QOS_RESERVED_PETYPE,
            WinSock::WSA_QOS_RESERVED_PETYPE,
        ),
        (
            Code::WSA_SECURE_HOST_NOT_FOUND,
            WinSock::WSA_SECURE_HOST_NOT_FOUND,
        ),
        (
            Code::WSA_IPSEC_NAME_POLICY_ERROR,
            WinSock::WSA_IPSEC_NAME_POLICY_ERROR,
        ),
    ];
    assert_eq!(expected.len(), Code::ALL.len());
    for (code, value) in expected {
        assert_eq!(code.value(), value, "{}", code.name());
        assert_eq!(Code::from_value(value), Some(code));
    }
}

#[test]
fn win32_aliases_match_the_windows_headers() {
    let expected = [
        ("ERROR_INVALID_HANDLE", Foundation::ERROR_INVALID_HANDLE),
        (
            "ERROR_NOT_ENOUGH_MEMORY",
            Foundation::ERROR_NOT_ENOUGH_MEMORY,
        ),
        (
            "ERROR_INVALID_PARAMETER",
            Foundation::ERROR_INVALID_PARAMETER,
        ),
        (
            "ERROR_OPERATION_ABORTED",
            Foundation::ERROR_OPERATION_ABORTED,
        ),
        ("ERROR_IO_INCOMPLETE", Foundation::ERROR_IO_INCOMPLETE),
        ("ERROR_IO_PENDING", Foundation::ERROR_IO_PENDING),
    ];
    for (alias, value) in expected {
        let code = Code::from_name(alias).unwrap();
        assert_eq!(u32::try_from(code.value()), Ok(value), "{alias}");
    }
}

#[test]
fn all_codes_are_in_numeric_order() {
    assert!(Code::ALL
        .windows(2)
        .all(|pair| pair[0].value() < pair[1].value()));
    assert_eq!(Code::ALL.first().map(|code| code.value()), Some(6));
    assert_eq!(Code::ALL.last().map(|code| code.value()), Some(11033));
}

/// The mapping `std` applies on Windows (`decode_error_kind`); every other
/// code is left uncategorized there, so it has no kind here.
#[test]
fn io_error_kinds_follow_the_standard_library() {
    let expected = [
        (Code::WSAEACCES, ErrorKind::PermissionDenied),
        (Code::WSAEADDRINUSE, ErrorKind::AddrInUse),
        (Code::WSAEADDRNOTAVAIL, ErrorKind::AddrNotAvailable),
        (Code::WSAECONNABORTED, ErrorKind::ConnectionAborted),
        (Code::WSAECONNREFUSED, ErrorKind::ConnectionRefused),
        (Code::WSAECONNRESET, ErrorKind::ConnectionReset),
        (Code::WSAEINVAL, ErrorKind::InvalidInput),
        (Code::WSAENOTCONN, ErrorKind::NotConnected),
        (Code::WSAEWOULDBLOCK, ErrorKind::WouldBlock),
        (Code::WSAETIMEDOUT, ErrorKind::TimedOut),
        (Code::WSAEHOSTUNREACH, ErrorKind::HostUnreachable),
        (Code::WSAENETDOWN, ErrorKind::NetworkDown),
        (Code::WSAENETUNREACH, ErrorKind::NetworkUnreachable),
        (Code::WSAEDQUOT, ErrorKind::QuotaExceeded),
        (Code::WSA_INVALID_PARAMETER, ErrorKind::InvalidInput),
        (Code::WSA_NOT_ENOUGH_MEMORY, ErrorKind::OutOfMemory),
        (Code::WSA_OPERATION_ABORTED, ErrorKind::TimedOut),
    ];
    for &code in Code::ALL {
        let kind = expected
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, kind)| *kind);
        assert_eq!(code.io_error_kind(), kind, "{}", code.name());
    }
}

#[test]
fn windows_numbers_lead_back_to_their_code() {
    for &code in Code::ALL {
        assert_eq!(Code::from_windows_error(code.value()), Some(code));
        // On Windows an io::Error carries exactly these numbers.
        #[cfg(windows)]
        assert_eq!(
            Code::from_io_error(&std::io::Error::from_raw_os_error(code.value())),
            Some(code)
        );
    }
    assert_eq!(Code::from_windows_error(5), None);
    assert_eq!(
        Code::from_io_error(&std::io::Error::other("no number")),
        None
    );
}
