### Windows Sockets (Winsock) error catalog for English (United States).
### Each message id is the symbolic name of a Winsock error code (for example WSAETIMEDOUT),
### its value is the short title shown to the user, and its .detail attribute is a one-line explanation.
### Function, constant, option, structure and file names (WSAStartup, setsockopt, SO_BROADCAST,
### ADDR_ANY, FLOWSPEC, Ws2_32.dll, ...) are code identifiers: never translate or transliterate them.
###
### Glossary: the Fluent terms below are the shared glossary ids. Every locale uses these ids and no
### others, and en-US defines all of them with the English word or phrase its text uses. Messages
### type glossary words out; the only term a message references is { -winsock }, and each locale
### references it in exactly the message parts where en-US does.

# the Windows Sockets API and its implementation
-winsock = Windows Sockets
# an endpoint for network communication, identified by a SOCKET handle
-socket = socket
# a computer on the network, named or addressed by the program
-host = host
# the program or computer at the other end of a connection
-peer = peer
# the transport-layer port number that, with an address, identifies an endpoint
-port = port
# an opaque value that identifies a socket, file, event or other system object
-handle = handle
# memory that holds data being sent or received
-buffer = buffer
# a connection-oriented byte stream, as with SOCK_STREAM and TCP
-stream = stream
# a call that waits until the operation is complete before it returns
-blocking = blocking
# a socket mode in which calls return at once instead of waiting
-nonblocking = nonblocking
# a self-contained message sent without a connection, as with SOCK_DGRAM and UDP
-datagram = datagram
# the kind of address a socket uses, such as AF_INET or AF_INET6
-address-family = address family
# a group of related protocols, such as the Internet protocols
-protocol-family = protocol family
# periodic probes that check that an idle connection is still alive (SO_KEEPALIVE)
-keepalive = keep-alive
# a DLL that implements transport or name space services behind Ws2_32.dll
-provider = service provider
# a service provider (LSP) that sits on top of another one and intercepts its calls
-layered-provider = layered service provider
# a naming service (such as DNS) that name space providers give access to
-namespace = name space
# translating a host or service name into addresses
-name-resolution = name resolution
# a Windows event that a program waits on to learn that an operation has finished
-event-object = event object
# asynchronous I/O that completes later and reports through an event, a completion routine or a completion port
-overlapped = overlapped I/O
# an I/O completion port (IOCP) that queues notifications of finished overlapped operations
-completion-port = completion port
# quality of service: traffic guarantees requested for a flow
-qos = QoS
# the administrative rules that decide whether a QoS request may be granted
-policy = policy
# network resources set aside for a flow by RSVP
-reservation = reservation
# the check that decides whether the network has the resources to accept a QoS request
-admission-control = admission control
# the local Traffic Control (TC) component that applies QoS to outgoing packets
-traffic-control = traffic control
# the FLOWSPEC structure describing a flow's traffic and requested service type
-flowspec = flowspec
# a rule that selects which packets belong to a flow
-filter = filter
# the FILTERSPEC (RSVP filter specification) selecting the packets a reservation applies to
-filterspec = filterspec
# a FLOWDESCRIPTOR entry pairing a flowspec with its filterspecs
-flow-descriptor = flow descriptor
# pacing outgoing packets of a flow to its permitted rate
-shaping = shaping
# a QoS participant that sends traffic on a flow and announces it with RSVP PATH messages
-sender = sender
# a QoS participant that receives traffic on a flow and requests reservations with RSVP RESV messages
-receiver = receiver
# a program that calls Windows Sockets, as its user or its author sees it ("application" is the same concept)
-program = program
# what the system gives out in limited amounts: memory, handles, buffers, ports
-resource = resource
# using an object, as a permission allows it (access rights, access denied)
-access = access

## Socket operations

WSAEINTR = Interrupted function call.
    .detail = A blocking call was interrupted before it finished, classically by WSACancelBlockingCall, a { -winsock } 1.1 leftover that modern Winsock 2 programs should not use. Closing the socket with closesocket from another thread while a call is waiting on it has the same effect; retry the call if the interruption was not intended.

WSAEACCES = Permission denied.
    .detail = The socket was used in a way its access rights do not allow. Common causes are calling sendto with a broadcast address without first enabling SO_BROADCAST with setsockopt, or calling bind on an address and port that another program, service or driver has claimed exclusively with SO_EXCLUSIVEADDRUSE; a firewall or security product can also block the access.

WSAEFAULT = Bad address.
    .detail = A pointer passed to a socket function does not point to valid memory, or a buffer or length argument is too small. Check every pointer argument and make sure length values match the real buffer size; the length of a sockaddr structure, for instance, must be at least sizeof(sockaddr).

WSAEINVAL = Invalid argument.
    .detail = One of the arguments is not valid, for instance an unknown level passed to setsockopt. It is also returned when the call does not fit the socket's current state, such as calling accept on a socket on which listen has not been called.

WSAEMFILE = Too many open sockets.
    .detail = No more socket handles are available to this program. The limit may apply to the whole system, the process or the thread; close sockets you no longer need and look for handle leaks.

WSAEWOULDBLOCK = Resource temporarily unavailable.
    .detail = A nonblocking socket could not finish the operation right away, for example recv with no data waiting yet. This is not a real failure: wait until the socket is ready (with select, WSAPoll or an event) and try again; a connect on a nonblocking SOCK_STREAM socket normally reports this while the connection is being set up.

# Not the same as WSAEALREADY: this one means a *blocking* call is already running in this task or thread.
WSAEINPROGRESS = A blocking operation is already running.
    .detail = { -winsock } allows only one blocking call at a time per task or thread, and another call was made while one was still pending. This mostly affects old { -winsock } 1.1 style programs; make sure the earlier blocking call has returned before issuing a new one.

# Not the same as WSAEINPROGRESS: this one concerns a *nonblocking* socket with an operation already under way.
WSAEALREADY = Operation already under way on this nonblocking socket.
    .detail = An operation was requested on a nonblocking socket that is still busy with the same kind of operation, such as a second connect while the first is still connecting. It is also returned when canceling an asynchronous request (one of the WSAAsyncGetXbyY functions) that has already completed or been canceled.

WSAENOTSOCK = Socket operation on nonsocket.
    .detail = The handle passed to the function is not a valid socket. It may never have been a socket, may already be closed, or, for select, one of the entries in an fd_set is not a valid socket.

WSAEDESTADDRREQ = Destination address required.
    .detail = The operation needs a destination address but none was given. For example, sendto was called with ADDR_ANY as the remote address; supply the real address of the peer.

WSAEMSGSIZE = Message too long.
    .detail = A datagram was larger than the protocol or network can carry, or the receive buffer was smaller than the incoming datagram, in which case the datagram was cut short. Send smaller messages or use a larger receive buffer.

WSAEPROTOTYPE = Protocol wrong type for socket.
    .detail = The protocol given to the socket function does not fit the requested socket type. For example, UDP cannot be used with a SOCK_STREAM socket; pick a protocol that matches the type, or pass 0 to let the system choose.

WSAENOPROTOOPT = Bad protocol option.
    .detail = The option or level given to getsockopt or setsockopt is unknown, invalid or not supported by this protocol. Check that the option belongs to the right level (such as SOL_SOCKET or IPPROTO_TCP) and that the socket type supports it.

WSAEPROTONOSUPPORT = Protocol not supported.
    .detail = The requested protocol is not installed on this system or has no implementation. It also happens when the protocol conflicts with the socket type, such as asking for a SOCK_DGRAM socket with a stream protocol.

WSAESOCKTNOSUPPORT = Socket type not supported.
    .detail = This address family does not support the requested socket type. For example, the implementation may not offer SOCK_RAW sockets at all, or may require administrator rights to create them.

WSAEOPNOTSUPP = Operation not supported.
    .detail = The requested operation is not supported by this kind of socket or object. A typical case is calling accept or listen on a datagram socket, which has no connections to accept.

# WSAEPFNOSUPPORT concerns the protocol family as a whole; WSAEAFNOSUPPORT (next message) concerns the address family used with a socket. They are nearly interchangeable and Windows mostly reports WSAEAFNOSUPPORT.
WSAEPFNOSUPPORT = Protocol family not supported.
    .detail = The requested protocol family is not configured on this system or has no implementation. In practice { -winsock } functions usually report WSAEAFNOSUPPORT for the same situation.

# See the comment on WSAEPFNOSUPPORT: this one is about the address family (such as AF_INET) not matching the protocol or socket.
WSAEAFNOSUPPORT = Address family not supported by protocol family.
    .detail = An address of a family the protocol does not support was used. Typical causes are asking the socket function for a protocol that does not belong to the address family, or passing an IPv6 address to an AF_INET socket (or the reverse) in calls such as sendto or connect.

WSAEADDRINUSE = Address already in use.
    .detail = Another socket is already bound to this address and port, possibly one that is still closing or was not closed properly. Stop the other program or choose another port; servers that really need to share a port can set SO_REUSEADDR, and clients usually do not need to call bind at all. When bind was given a wildcard address (ADDR_ANY), the error may only appear once the address is actually fixed, in a later connect, listen, WSAConnect or WSAJoinLeaf call.

WSAEADDRNOTAVAIL = Cannot assign requested address.
    .detail = The address is not valid in this context. Usually bind was given an IP address that does not belong to this computer, or connect or sendto was given a remote address or port that cannot be used, such as port 0 or address 0.0.0.0.

WSAENETDOWN = Network is down.
    .detail = The network subsystem, the network adapter or the local network has failed. Check the network connection and adapter, and restart the network stack or the computer if the problem persists.

WSAENETUNREACH = Network is unreachable.
    .detail = The local system has no route to the destination network. Check the network connection, the default gateway and the routing table, and that the address is correct.

WSAENETRESET = Network dropped connection on reset.
    .detail = The connection was dropped because keep-alive probes found that the other side or the path to it had failed while an operation was in progress. setsockopt can also return it when enabling SO_KEEPALIVE on a connection that has already failed; reconnect to continue.

WSAECONNABORTED = Software caused connection abort.
    .detail = The connection was closed by the software on this computer, often after a data transmission timeout or a protocol error. Firewalls, antivirus products or VPN software that cut connections can cause it too; reconnect and check such software if it keeps happening.

WSAECONNRESET = Connection reset by peer.
    .detail = The remote host closed the connection abruptly. The program on the other end may have crashed or been stopped, the remote host may have restarted or dropped off the network, or it closed the socket with a hard reset (SO_LINGER enabled with a timeout of 0); reconnect and check the remote side.

WSAENOBUFS = No buffer space available.
    .detail = The system ran out of buffer space or a queue was full, so the operation could not be carried out. This often points to too many open connections, exhausted memory or no free ephemeral ports; close unused sockets and try again later.

WSAEISCONN = Socket is already connected.
    .detail = connect was called on a socket that already has a connection. Some implementations also return this when sendto with an explicit address is used on a connected SOCK_DGRAM socket.

WSAENOTCONN = Socket is not connected.
    .detail = The socket is not connected, so data cannot be sent or received on it, and no destination address was given (as sendto would allow on a datagram socket). Other calls, such as setting SO_KEEPALIVE on a connection that was reset, can also return it; connect first.

WSAESHUTDOWN = Cannot send after socket shutdown.
    .detail = Sending or receiving was refused because that direction of the socket was already closed with an earlier shutdown call. Once a direction is shut down it cannot be used again on this socket.

WSAETIMEDOUT = Connection timed out.
    .detail = The other side did not answer in time, either while the connection was being set up or on an established connection. The remote host may be offline or overloaded, or a firewall may be silently dropping the traffic; check the address, port and firewall settings.

WSAECONNREFUSED = Connection refused.
    .detail = The target computer actively rejected the connection. Usually no program is listening on that port, the service is stopped, or a firewall rejects the connection; check the address, the port number and that the server is running.

WSAEHOSTDOWN = Host is down.
    .detail = The operation failed because the destination host appears to be down. Windows usually reports this situation as WSAETIMEDOUT instead; check that the remote computer is turned on and connected.

WSAEHOSTUNREACH = No route to host.
    .detail = The destination host cannot be reached from this computer, because no route leads to it. Check the address, the network connection and the routing or gateway settings.

WSAEDISCON = Graceful shutdown in progress.
    .detail = WSARecv or WSARecvFrom reports that the remote side has started an orderly close of the connection. No more data will arrive; finish processing and close the socket.

## Unix-compatible errors (defined for portability, rarely returned)

# Unix-compatibility code: defined in the headers to mirror EBADF, rarely returned by Winsock itself.
WSAEBADF = Bad file handle.
    .detail = The file or socket handle given is not valid. Make sure the handle is open and was not already closed.

# Unix-compatibility code mirroring ETOOMANYREFS; rarely returned by Winsock.
WSAETOOMANYREFS = Too many references.
    .detail = There are too many references to some kernel object. Release objects you no longer need and try again.

# Unix-compatibility code mirroring ELOOP; rarely returned by Winsock.
WSAELOOP = Cannot translate name.
    .detail = A name could not be translated, for example because resolving it ran into a loop. Check the name for errors.

# Unix-compatibility code mirroring ENAMETOOLONG; rarely returned by Winsock.
WSAENAMETOOLONG = Name too long.
    .detail = A name, or one of its parts, is longer than allowed. Use a shorter name.

# Unix-compatibility code mirroring ENOTEMPTY; rarely returned by Winsock.
WSAENOTEMPTY = Directory not empty.
    .detail = A directory could not be removed because it still contains entries. Empty it first.

# Unix-compatibility code mirroring EUSERS; rarely returned by Winsock.
WSAEUSERS = User quota exceeded.
    .detail = The quota of users or user resources has run out. Free some resources or ask an administrator to raise the limit.

# Unix-compatibility code mirroring EDQUOT; rarely returned by Winsock.
WSAEDQUOT = Disk quota exceeded.
    .detail = The disk space quota has been used up. Free some space or ask an administrator to raise the quota.

# Unix-compatibility code mirroring ESTALE (a stale handle, as with network file systems); rarely returned by Winsock.
WSAESTALE = Stale file handle reference.
    .detail = The file handle refers to something that is no longer available. Open the item again to get a fresh handle.

# Unix-compatibility code mirroring EREMOTE; rarely returned by Winsock.
WSAEREMOTE = Item is remote.
    .detail = The item is not available locally because it lives on a remote system. Access it through the remote system instead.

## Startup and service providers

WSAEPROCLIM = Too many processes.
    .detail = The { -winsock } implementation has a limit on how many applications may use it at the same time, and that limit has been reached, so WSAStartup may fail with this error. Close other programs that use the network and try again.

WSASYSNOTREADY = Network subsystem is unavailable.
    .detail = WSAStartup failed because the underlying network system that { -winsock } relies on is not ready right now. Check that the right Ws2_32.dll is in place and that no other Winsock DLL is found ahead of it on the search path, that the network components are installed and configured, and that the system is not still starting up.

WSAVERNOTSUPPORTED = Winsock version not supported.
    .detail = The installed { -winsock } implementation does not support the version the application asked for in WSAStartup. Make sure the program requests a supported version (normally 2.2) and that no outdated Winsock DLL is being loaded instead of the system one.

WSANOTINITIALISED = WSAStartup has not been called successfully.
    .detail = A socket function was used before a successful WSAStartup, or after WSACleanup was called as many times as WSAStartup. Call WSAStartup first and check its result; also make sure sockets are not shared with a task that never initialized { -winsock }.

WSAEINVALIDPROCTABLE = Invalid procedure table from service provider.
    .detail = A { -winsock } service provider handed Ws2_32.dll a procedure table that is not valid, usually because some of its function pointers are NULL. Reinstall or remove the faulty layered service provider (LSP) or network software.

WSAEINVALIDPROVIDER = Invalid service provider version number.
    .detail = A { -winsock } service provider reported a version other than 2.0, which the system does not accept; WSCGetProviderInfo and WSCGetProviderInfo32 also return it when the protocol entry they are asked about cannot be found. Update or remove the provider that came with third-party network software.

WSAEPROVIDERFAILEDINIT = Unable to initialize a service provider.
    .detail = A service provider could not be started: either loading its DLL with LoadLibrary failed or its WSPStartup or NSPStartup function reported an error. Reinstalling the affected network software or resetting the Winsock catalog (netsh winsock reset) often helps.

WSASYSCALLFAILURE = System call failure.
    .detail = A system call that should never fail did fail, for example waiting on events with WaitForMultipleObjects, or a registry operation on the protocol or name space catalogs. It is also returned when a provider reports failure without a more specific code, which can indicate a bug in that provider.

## Service lookup (name space providers)

# Same condition as WSA_E_NO_MORE (10110), under a second number. Windows Sockets 2 ended up defining two conflicting codes for "no more results"; WSAENOMORE is the older, deprecated one and WSA_E_NO_MORE the newer one that WSALookupServiceNext returns, so programs should accept both. Keep the two translations identical.
WSAENOMORE = No more results.
    .detail = WSALookupServiceNext has no further results to return for this query. This marks the normal end of the lookup; call WSALookupServiceEnd to finish it.

# Same condition as WSA_E_CANCELLED (10111), under a second number, defined in parallel with the WSAENOMORE / WSA_E_NO_MORE pair. WSAECANCELLED is the older form; WSA_E_CANCELLED is the newer one reported when WSALookupServiceEnd cancels a pending WSALookupServiceNext. Keep the two translations identical.
WSAECANCELLED = Lookup call canceled.
    .detail = WSALookupServiceEnd was called while a WSALookupServiceNext call was still running, so that lookup was canceled. This is expected when a lookup is ended early.

WSASERVICE_NOT_FOUND = Service not found.
    .detail = No such service is known in the name space that was searched. Check the service name and that the right name space was queried.

WSATYPE_NOT_FOUND = Class type not found.
    .detail = The requested service class type could not be found. Check that the class is installed and registered; getaddrinfo reports the same code as EAI_SERVICE when the service name cannot be used with the requested socket type.

# Same condition as WSAENOMORE (10102); this is the newer number, the one WSALookupServiceNext returns and name space providers are meant to use. Two numbers exist because Windows Sockets 2 defined conflicting codes for the same condition and the older one is being phased out. Keep the two translations identical.
WSA_E_NO_MORE = No more results.
    .detail = WSALookupServiceNext has no further results to return for this query. This marks the normal end of the lookup; call WSALookupServiceEnd to finish it.

# Same condition as WSAECANCELLED (10103); this is the newer number, reported when WSALookupServiceEnd cancels a pending WSALookupServiceNext. The older number is kept only for compatibility. Keep the two translations identical.
WSA_E_CANCELLED = Lookup call canceled.
    .detail = WSALookupServiceEnd was called while a WSALookupServiceNext call was still running, so that lookup was canceled. This is expected when a lookup is ended early.

WSAEREFUSED = Database query refused.
    .detail = The name space database actively refused the query. The server or provider may not allow this request; check permissions and the query itself.

## Host name resolution

WSAHOST_NOT_FOUND = Host not found.
    .detail = No host with that name is known: it is neither an official host name nor an alias in the databases or DNS servers that were asked. Check the spelling of the name and your DNS settings; for protocol or service lookups it means the name was not found in that database.

WSATRY_AGAIN = Temporary failure in name lookup (nonauthoritative host not found).
    .detail = The name lookup failed for now because the local DNS server got no answer from a server with authority for the name. This is usually temporary; try again later and check the network connection and DNS server if it persists.

WSANO_RECOVERY = Nonrecoverable name lookup error.
    .detail = A lookup failed with an error that retrying will not fix. The local database files (hosts, services, protocols) may be missing, or a DNS server answered with a serious error; check the DNS configuration.

WSANO_DATA = Valid name, but no data of the requested type.
    .detail = The name exists but has no record of the kind that was asked for. For example, a host may have a mail (MX) record but no address (A or AAAA) record, so it cannot be reached directly by that name.

WSA_SECURE_HOST_NOT_FOUND = No such host is known securely.
    .detail = A secure name lookup, such as one that requires DNSSEC validation, did not find the host. The name may not exist or may not be signed correctly; check the name and the DNS security settings.

WSA_IPSEC_NAME_POLICY_ERROR = Name-based IPsec policy could not be added.
    .detail = The system failed to add an IPsec policy that is based on a host name. Check the IPsec and connection security rules and their name settings.

## Event objects and overlapped I/O

WSA_INVALID_HANDLE = Specified event object handle is invalid.
    .detail = The program used an event object handle that is not valid, for example one already closed. Check that the handle came from WSACreateEvent and is still open. This code has the same value as the Windows error ERROR_INVALID_HANDLE (6).

WSA_NOT_ENOUGH_MEMORY = Insufficient memory available.
    .detail = A { -winsock } function that relies on an underlying Windows function failed because there was not enough memory. Close other programs or free memory and try again. This code has the same value as the Windows error ERROR_NOT_ENOUGH_MEMORY (8).

WSA_INVALID_PARAMETER = One or more parameters are invalid.
    .detail = A { -winsock } function passed its arguments to an underlying Windows function, which rejected one or more of them. Check all the parameters of the call. This code has the same value as the Windows error ERROR_INVALID_PARAMETER (87).

WSA_OPERATION_ABORTED = Overlapped operation aborted.
    .detail = An overlapped operation was canceled before it finished, because the socket was closed or because the SIO_FLUSH command was issued through WSAIoctl. This is expected when a program closes a socket with I/O still pending; the code has the same value as the Windows error ERROR_OPERATION_ABORTED (995).

WSA_IO_INCOMPLETE = Overlapped I/O event object not in signaled state.
    .detail = The program asked for the result of an overlapped operation that has not finished yet. Polling with WSAGetOverlappedResult and its fWait flag set to FALSE returns this until the operation completes; wait and ask again. This code has the same value as the Windows error ERROR_IO_INCOMPLETE (996).

WSA_IO_PENDING = Overlapped operation will complete later.
    .detail = An overlapped operation was started and could not finish immediately. This is not a failure: the program will be notified through its event, completion routine or I/O completion port (IOCP) when it is done, and WSAGetOverlappedResult then gives the outcome. This code has the same value as the Windows error ERROR_IO_PENDING (997).

## Quality of service (QoS)

# QoS status code: RSVP reservation (RESV) messages have arrived, meaning at least one receiver wants a reservation. RSVP is the Resource Reservation Protocol.
WSA_QOS_RECEIVERS = QoS receivers.
    .detail = At least one QoS reservation request (an RSVP RESV message) from a receiver has arrived. This is a status report rather than a failure.

# QoS status code: RSVP path (PATH) messages have arrived, meaning at least one sender is announcing traffic.
WSA_QOS_SENDERS = QoS senders.
    .detail = At least one QoS path message (an RSVP PATH message) from a sender has arrived. This is a status report rather than a failure.

WSA_QOS_NO_SENDERS = No QoS senders.
    .detail = There are no longer any QoS senders for this flow. This is a status report; reservations that depended on them no longer apply.

WSA_QOS_NO_RECEIVERS = No QoS receivers.
    .detail = There are no longer any QoS receivers for this flow. This is a status report; the sender has no reservations to honor.

WSA_QOS_REQUEST_CONFIRMED = QoS request confirmed.
    .detail = The QoS reservation request was confirmed by the network. This is a success notification.

WSA_QOS_ADMISSION_FAILURE = QoS admission error.
    .detail = The QoS request could not be admitted because there were not enough resources, such as bandwidth, along the path. Ask for less or try again later.

WSA_QOS_POLICY_FAILURE = QoS policy failure.
    .detail = The QoS request was refused because the policy system could not grant the requested resources under the current policy. Check the QoS policy or ask an administrator.

# "Style" here is the RSVP reservation style (how filters are shared among senders).
WSA_QOS_BAD_STYLE = QoS bad style.
    .detail = An unknown or conflicting QoS reservation style was found. Check the reservation style specified in the request.

# "filterspec" is the RSVP filter specification that selects which packets a reservation applies to.
WSA_QOS_BAD_OBJECT = QoS bad object.
    .detail = Something is wrong with a FILTERSPEC or with the provider-specific buffer in general. Check the QoS structures passed to the call.

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS traffic control error.
    .detail = The underlying Traffic Control (TC) interface failed while applying the generic QoS request locally. Causes include low memory or an internal error in the QoS provider.

WSA_QOS_GENERIC_ERROR = QoS generic error.
    .detail = A general QoS error occurred without a more specific code. Check the QoS request and the provider's state.

# "flowspec" (FLOWSPEC) is the structure describing a flow's traffic and the service type it requests.
WSA_QOS_ESERVICETYPE = QoS service type error.
    .detail = The FLOWSPEC contains a service type that is not valid or not recognized. Use one of the defined service types, such as SERVICETYPE_GUARANTEED or SERVICETYPE_CONTROLLEDLOAD.

WSA_QOS_EFLOWSPEC = QoS flowspec error.
    .detail = A FLOWSPEC in the QOS structure is invalid or inconsistent. Check its rates, sizes and service type.

WSA_QOS_EPROVSPECBUF = Invalid QoS provider buffer.
    .detail = The provider-specific buffer (ProviderSpecific) passed with the QoS request is not valid. Check its size and contents.

WSA_QOS_EFILTERSTYLE = Invalid QoS filter style.
    .detail = The QoS filter style given is not valid. Use a supported filter style.

WSA_QOS_EFILTERTYPE = Invalid QoS filter type.
    .detail = The QoS filter type given is not valid. Use a supported filter type.

WSA_QOS_EFILTERCOUNT = Incorrect QoS filter count.
    .detail = The number of FILTERSPEC entries given in a FLOWDESCRIPTOR is wrong. Make the count match the filters actually supplied.

WSA_QOS_EOBJLENGTH = Invalid QoS object length.
    .detail = An object in the QoS provider-specific buffer has an ObjectLength field that is not valid. Check the length of each object in the buffer.

WSA_QOS_EFLOWCOUNT = Incorrect QoS flow count.
    .detail = The QOS structure specifies the wrong number of flow descriptors. Make the count match the descriptors actually supplied.

WSA_QOS_EUNKOWNPSOBJ = Unrecognized QoS object.
    .detail = The QoS provider-specific buffer contains an object of a type the provider does not recognize. Remove it or use a supported object type.

WSA_QOS_EPOLICYOBJ = Invalid QoS policy object.
    .detail = The QoS provider-specific buffer contains a policy object that is not valid. Check the policy data in the buffer.

WSA_QOS_EFLOWDESC = Invalid QoS flow descriptor.
    .detail = One of the entries in the list of flow descriptors is not valid. Check each flow descriptor (FLOWDESCRIPTOR) in the request.

WSA_QOS_EPSFLOWSPEC = Invalid QoS provider-specific flowspec.
    .detail = The QoS provider-specific buffer contains a FLOWSPEC that is invalid or inconsistent. Check the flowspec inside the buffer.

WSA_QOS_EPSFILTERSPEC = Invalid QoS provider-specific filterspec.
    .detail = The QoS provider-specific buffer contains a FILTERSPEC that is not valid. Check the filterspec inside the buffer.

# "Shape discard mode" tells the traffic shaper what to do with packets that exceed the flow's limits (delay them, drop them, and so on).
WSA_QOS_ESDMODEOBJ = Invalid QoS shape discard mode object.
    .detail = The QoS provider-specific buffer contains a shape discard mode object (QOS_SD_MODE) that is not valid. Check the mode value in that object.

# "Shaping rate" is the rate at which the traffic shaper lets packets of the flow out.
WSA_QOS_ESHAPERATEOBJ = Invalid QoS shaping rate object.
    .detail = The QoS provider-specific buffer contains a shaping rate object (QOS_SHAPING_RATE) that is not valid. Check the rate given in that object.

# A policy element type that is reserved, i.e. not meant to be used by applications.
WSA_QOS_RESERVED_PETYPE = Reserved policy QoS element type.
    .detail = The QoS provider-specific buffer contains a policy element of a reserved type. Remove it or use a permitted policy element type.

## Labels of the pages and lists built on the catalog: group names, a page's heading and the words around its filter.

group-socket = Socket operations
group-unix-compat = Unix compatibility
group-startup = Start-up and service providers
group-service-lookup = Service lookup
group-name-resolution = Name resolution
group-overlapped = Overlapped I/O and events
group-qos = Quality of service (QoS)
page-heading = Winsock error codes
page-languages = Other languages
page-filter = Narrow the list by number, name or words
page-query-too-long = The query is too long.
table-name = Name
table-number = Number
table-hex = Hex
table-group = Group
table-title = Title
table-detail = Explanation
