### Windows 소켓(Winsock) 오류 코드의 한국어(대한민국) 카탈로그입니다.
### 각 메시지 ID는 Winsock 오류의 기호 이름(예: WSAETIMEDOUT)이고, 값은 사용자에게 보여 줄 짧은 제목,
### .detail 속성은 한 줄짜리 설명입니다. 설명은 합니다체로 쓰고, 제목은 마침표로 끝나는 짧은 문장으로 씁니다.
### 함수, 상수, 옵션, 구조체, 파일 이름(WSAStartup, setsockopt, SO_BROADCAST, ADDR_ANY, FLOWSPEC, Ws2_32.dll 등)은
### 코드 식별자이므로 번역하거나 한글로 옮겨 적지 않습니다.
###
### 용어집: 아래 Fluent 용어가 용어집을 정의합니다. 용어 ID는 모든 로캘이 함께 쓰는 ID이며 en-US가 전부 정의합니다.
### 제목과 설명에서는 용어를 참조하지 않고 용어집의 낱말을 그대로 적습니다. { -winsock }만은 예외로,
### en-US가 { -winsock }을 참조하는 부분(제목 또는 설명)에서만 똑같이 참조합니다.
### Winsock (Windows Sockets) = Winsock
### socket = 소켓
### host = 호스트
### peer = 상대방
### port = 포트
### handle = 핸들
### buffer = 버퍼
### stream = 스트림
### blocking = 블로킹
### nonblocking = 논블로킹
### datagram = 데이터그램
### address family = 주소 패밀리
### protocol family = 프로토콜 패밀리
### keep-alive = 킵얼라이브
### service provider = 서비스 공급자
### layered service provider (LSP) = 계층화된 서비스 공급자
### name space = 네임스페이스
### name resolution = 이름 확인
### event object = 이벤트 개체
### overlapped I/O = 중첩 I/O
### completion port (IOCP) = I/O 완료 포트
### QoS (quality of service) = QoS (그룹 제목에서는 "서비스 품질(QoS)")
### policy = 정책
### reservation (RSVP) = 예약
### admission control = 수락 제어
### traffic control = 트래픽 제어
### flowspec (FLOWSPEC) = 흐름 사양
### filter = 필터
### filterspec (FILTERSPEC) = 필터 사양
### flow descriptor (FLOWDESCRIPTOR) = 흐름 설명자
### shaping = 셰이핑
### sender = 송신자
### receiver = 수신자
###
### 용어 ID가 없는 낱말도 다음과 같이 통일합니다: task = 태스크(operation은 작업), resource = 자원,
### application = 프로그램, provider-specific = 서비스 공급자별(QoS 뒤에 붙여 "QoS 서비스 공급자별 버퍼"),
### catalog = 카탈로그, name lookup = 이름 확인(서비스·데이터베이스 조회는 조회).
###
### 조사 참고: 받침이 있는 낱말(소켓, 핸들, 스트림, 블로킹, 논블로킹, 데이터그램, 킵얼라이브, 정책, 예약,
### 흐름 사양, 필터 사양, 셰이핑, 상대방, 이름 확인)에는 은/을/이/과, 받침이 없는 낱말(호스트, 포트, 버퍼, 주소 패밀리,
### 프로토콜 패밀리, 서비스 공급자, 계층화된 서비스 공급자, 네임스페이스, 이벤트 개체, I/O 완료 포트, 수락 제어,
### 트래픽 제어, 필터, 흐름 설명자, 송신자, 수신자)에는 는/를/가/와를 붙입니다.
### Winsock은 "윈속"으로 읽으므로 은/이를 붙이고, 중첩 I/O와 QoS 뒤에는 조사를 붙이지 않고 꾸밈말로만 씁니다.

# en-US: Windows Sockets
-winsock = Winsock
# en-US: socket
-socket = 소켓
# en-US: host
-host = 호스트
# en-US: peer
-peer = 상대방
# en-US: port
-port = 포트
# en-US: handle
-handle = 핸들
# en-US: buffer
-buffer = 버퍼
# en-US: stream
-stream = 스트림
# en-US: blocking
-blocking = 블로킹
# en-US: nonblocking
-nonblocking = 논블로킹
# en-US: datagram
-datagram = 데이터그램
# en-US: address family
-address-family = 주소 패밀리
# en-US: protocol family
-protocol-family = 프로토콜 패밀리
# en-US: keep-alive
-keepalive = 킵얼라이브
# en-US: service provider
-provider = 서비스 공급자
# en-US: layered service provider
-layered-provider = 계층화된 서비스 공급자
# en-US: name space
-namespace = 네임스페이스
# en-US: name resolution
-name-resolution = 이름 확인
# en-US: event object
-event-object = 이벤트 개체
# en-US: overlapped I/O
-overlapped = 중첩 I/O
# en-US: completion port
-completion-port = I/O 완료 포트
# en-US: QoS
-qos = QoS
# en-US: policy
-policy = 정책
# en-US: reservation
-reservation = 예약
# en-US: admission control
-admission-control = 수락 제어
# en-US: traffic control
-traffic-control = 트래픽 제어
# en-US: flowspec
-flowspec = 흐름 사양
# en-US: filter
-filter = 필터
# en-US: filterspec
-filterspec = 필터 사양
# en-US: flow descriptor
-flow-descriptor = 흐름 설명자
# en-US: shaping
-shaping = 셰이핑
# en-US: sender
-sender = 송신자
# en-US: receiver
-receiver = 수신자

## 소켓 작업

WSAEINTR = 함수 호출이 중단되었습니다.
    .detail = 진행 중이던 블로킹 호출이 끝나기 전에 중단되었습니다. 전통적인 원인은 WSACancelBlockingCall인데, 이 함수는 { -winsock } 1.1 시절의 유물이므로 요즘의 Winsock 2 프로그램에서는 쓰지 않아야 합니다. 호출이 대기 중인 소켓을 다른 스레드가 closesocket으로 닫아도 같은 결과가 나타나므로, 의도한 중단이 아니라면 호출을 다시 시도하십시오.

WSAEACCES = 권한이 거부되었습니다.
    .detail = 접근 권한이 허용하지 않는 방식으로 소켓을 사용하려 했습니다. setsockopt로 SO_BROADCAST를 켜지 않은 채 브로드캐스트 주소로 sendto를 호출했거나, 다른 프로그램이나 서비스, 드라이버가 SO_EXCLUSIVEADDRUSE로 독점한 주소와 포트에 bind를 시도한 경우가 대표적입니다. 방화벽이나 보안 제품이 접근을 막았을 수도 있습니다.

WSAEFAULT = 잘못된 주소입니다.
    .detail = 소켓 함수에 넘긴 포인터 인수가 유효한 메모리를 가리키지 않거나, 버퍼 또는 길이 인수가 너무 작습니다. 포인터 인수를 모두 확인하고, 길이 값이 실제 버퍼 크기와 맞는지 확인하십시오. 예를 들어 sockaddr 구조체의 길이는 sizeof(sockaddr) 이상이어야 합니다.

WSAEINVAL = 잘못된 인수입니다.
    .detail = 함수에 유효하지 않은 인수를 넘겼거나, 현재 소켓 상태에서는 할 수 없는 호출을 했습니다. 예를 들어 setsockopt에 알 수 없는 수준(level)을 지정했거나, listen을 호출하지 않은 소켓에서 accept를 호출한 경우입니다.

WSAEMFILE = 열린 소켓이 너무 많습니다.
    .detail = 이 프로그램이 더 이상 소켓 핸들을 얻을 수 없습니다. 한도는 시스템 전체, 프로세스별 또는 스레드별로 정해질 수 있으므로, 필요 없는 소켓을 닫고 핸들 누수가 없는지 확인하십시오.

WSAEWOULDBLOCK = 자원을 일시적으로 사용할 수 없습니다.
    .detail = 논블로킹 소켓에서 요청한 작업을 지금 바로 끝낼 수 없다는 뜻이며, 실제 실패는 아닙니다. 읽을 데이터가 아직 없는데 recv를 호출했을 때가 전형적인 예이고, 논블로킹 SOCK_STREAM 소켓에서 connect를 호출하면 연결이 맺어지는 동안 이 값이 반환되는 것이 정상입니다. select, WSAPoll 또는 이벤트로 준비될 때까지 기다렸다가 다시 시도하십시오.

# WSAEALREADY와 다릅니다. 이 코드는 같은 태스크나 스레드에서 블로킹 호출이 이미 실행 중이라는 뜻입니다.
WSAEINPROGRESS = 블로킹 작업이 이미 실행 중입니다.
    .detail = { -winsock }은 태스크나 스레드마다 블로킹 호출을 한 번에 하나만 허용하는데, 앞선 호출이 끝나기 전에 다른 함수를 호출했습니다. 주로 { -winsock } 1.1 방식의 오래된 프로그램에서 나타나므로, 앞선 블로킹 호출이 반환된 뒤에 새 호출을 하십시오.

# WSAEINPROGRESS와 다릅니다. 이 코드는 논블로킹 소켓에서 같은 작업이 이미 진행 중이라는 뜻입니다.
WSAEALREADY = 이 논블로킹 소켓에서 작업이 이미 진행 중입니다.
    .detail = 앞서 시작한 작업이 아직 끝나지 않은 논블로킹 소켓에 같은 종류의 작업을 다시 요청했습니다. 연결을 시도하고 있는 소켓에서 connect를 한 번 더 호출했거나, 이미 완료되었거나 취소된 비동기 요청(WSAAsyncGetXbyY 계열)을 취소하려 한 경우가 해당합니다.

WSAENOTSOCK = 소켓이 아닌 대상에 소켓 작업을 시도했습니다.
    .detail = 함수에 넘긴 핸들이 유효한 소켓이 아닙니다. 처음부터 소켓이 아니었거나 이미 닫혔을 수 있으며, select의 경우 fd_set에 들어 있는 항목 중 하나가 잘못되었을 수 있습니다.

WSAEDESTADDRREQ = 대상 주소가 필요합니다.
    .detail = 작업에 대상 주소가 필요한데 주어지지 않았습니다. 예를 들어 원격 주소를 ADDR_ANY로 지정해 sendto를 호출하면 이 오류가 나므로, 상대방의 실제 주소를 지정하십시오.

WSAEMSGSIZE = 메시지가 너무 깁니다.
    .detail = 보낸 데이터그램이 프로토콜이나 네트워크가 전달할 수 있는 크기보다 컸거나, 받는 버퍼가 도착한 데이터그램보다 작았습니다. 받는 쪽이라면 데이터그램이 잘린 것이므로, 메시지를 작게 나누어 보내거나 수신 버퍼를 늘리십시오.

WSAEPROTOTYPE = 소켓 유형에 맞지 않는 프로토콜입니다.
    .detail = socket 함수에 지정한 프로토콜이 요청한 소켓 유형의 동작 방식과 맞지 않습니다. 예를 들어 SOCK_STREAM 유형에는 UDP를 쓸 수 없으므로, 유형에 맞는 프로토콜을 고르거나 0을 넘겨 시스템이 고르게 하십시오.

WSAENOPROTOOPT = 잘못된 프로토콜 옵션입니다.
    .detail = getsockopt나 setsockopt에 지정한 옵션 또는 수준을 알 수 없거나, 값이 잘못되었거나, 이 프로토콜이 지원하지 않습니다. 옵션이 올바른 수준(SOL_SOCKET, IPPROTO_TCP 등)에 속하는지, 해당 소켓 유형이 그 옵션을 지원하는지 확인하십시오.

WSAEPROTONOSUPPORT = 지원되지 않는 프로토콜입니다.
    .detail = 요청한 프로토콜이 이 시스템에 설치되어 있지 않거나 구현이 없습니다. SOCK_DGRAM 소켓을 요청하면서 스트림 프로토콜을 지정한 경우처럼, 프로토콜이 소켓 유형과 충돌할 때도 발생합니다.

WSAESOCKTNOSUPPORT = 지원되지 않는 소켓 유형입니다.
    .detail = 이 주소 패밀리는 요청한 소켓 유형을 지원하지 않습니다. 예를 들어 구현이 SOCK_RAW 소켓을 아예 제공하지 않거나, 그런 소켓을 만들려면 관리자 권한이 필요할 수 있습니다.

WSAEOPNOTSUPP = 지원되지 않는 작업입니다.
    .detail = 요청한 작업을 이 종류의 소켓이나 개체에서는 지원하지 않습니다. 받아들일 연결이 없는 데이터그램 소켓에서 accept나 listen을 호출한 경우가 전형적인 예입니다.

# WSAEPFNOSUPPORT는 프로토콜 패밀리 전체에 관한 오류이고, 다음의 WSAEAFNOSUPPORT는 소켓에 쓴 주소 패밀리에 관한 오류입니다. 둘은 거의 같은 뜻으로 쓰이며 Windows는 주로 WSAEAFNOSUPPORT를 반환합니다.
WSAEPFNOSUPPORT = 지원되지 않는 프로토콜 패밀리입니다.
    .detail = 요청한 프로토콜 패밀리가 이 시스템에 구성되어 있지 않거나 구현이 없습니다. 실제로는 같은 상황에서 { -winsock } 함수가 대개 WSAEAFNOSUPPORT를 반환합니다.

WSAEAFNOSUPPORT = 프로토콜 패밀리가 지원하지 않는 주소 패밀리입니다.
    .detail = 프로토콜이 처리할 수 없는 주소 패밀리의 주소를 사용했습니다. socket 함수에 해당 주소 패밀리에 속하지 않는 프로토콜을 요청했거나, AF_INET 소켓에 IPv6 주소를 넘겨 sendto나 connect를 호출한 경우(또는 그 반대)가 흔한 원인입니다.

WSAEADDRINUSE = 주소가 이미 사용 중입니다.
    .detail = 다른 소켓이 이미 같은 주소와 포트에 바인딩되어 있습니다. 아직 닫히는 중이거나 제대로 닫히지 않은 소켓일 수도 있으니, 다른 프로그램을 멈추거나 다른 포트를 고르십시오. 꼭 포트를 공유해야 하는 서버는 SO_REUSEADDR을 쓸 수 있고, 클라이언트는 보통 bind를 호출할 필요가 없습니다. bind에 와일드카드 주소(ADDR_ANY)를 지정했다면, 주소가 실제로 정해지는 나중의 connect, listen, WSAConnect 또는 WSAJoinLeaf 호출에서야 이 오류가 나타날 수 있습니다.

WSAEADDRNOTAVAIL = 요청한 주소를 할당할 수 없습니다.
    .detail = 지정한 주소가 이 상황에서는 유효하지 않습니다. 대개 이 컴퓨터에 없는 IP 주소로 bind를 호출했거나, connect나 sendto에 포트 0이나 주소 0.0.0.0처럼 쓸 수 없는 원격 주소를 지정한 경우입니다.

WSAENETDOWN = 네트워크가 작동하지 않습니다.
    .detail = 네트워크 하위 시스템이나 네트워크 어댑터, 또는 로컬 네트워크 자체에 장애가 생겼습니다. 네트워크 연결과 어댑터 상태를 확인하고, 문제가 계속되면 네트워크 스택이나 컴퓨터를 다시 시작하십시오.

WSAENETUNREACH = 네트워크에 연결할 수 없습니다.
    .detail = 로컬 시스템이 대상 네트워크로 가는 경로를 알지 못합니다. 주소가 맞는지, 네트워크 연결과 기본 게이트웨이, 라우팅 테이블이 올바른지 확인하십시오.

WSAENETRESET = 재설정으로 네트워크 연결이 끊어졌습니다.
    .detail = 작업이 진행되는 동안 킵얼라이브 검사에서 상대방이나 그 경로에 장애가 있음을 발견해 연결을 끊었습니다. 이미 실패한 연결에 setsockopt로 SO_KEEPALIVE를 켜려 할 때도 반환될 수 있으며, 계속하려면 다시 연결하십시오.

WSAECONNABORTED = 소프트웨어로 인해 연결이 중단되었습니다.
    .detail = 이 컴퓨터의 소프트웨어가 연결을 끊었으며, 데이터 전송 시간 초과나 프로토콜 오류 뒤에 흔히 일어납니다. 방화벽, 백신, VPN 소프트웨어가 연결을 끊어도 생길 수 있으니, 다시 연결하고 반복되면 그런 소프트웨어를 점검하십시오.

WSAECONNRESET = 상대방이 연결을 재설정했습니다.
    .detail = 원격 호스트가 연결을 갑자기 닫았습니다. 상대방 프로그램이 비정상 종료되었거나 중지되었을 수 있고, 원격 호스트가 다시 시작되었거나 네트워크에서 빠졌거나, 상대방이 소켓을 강제 재설정 방식(SO_LINGER를 켜고 제한 시간을 0으로 지정)으로 닫았을 수 있습니다. 다시 연결하고 상대방 상태를 확인하십시오.

WSAENOBUFS = 사용할 수 있는 버퍼 공간이 없습니다.
    .detail = 시스템의 버퍼 공간이 바닥났거나 큐가 가득 차서 작업을 수행하지 못했습니다. 열린 연결이 너무 많거나, 메모리가 고갈되었거나, 쓸 수 있는 임시 포트가 없다는 신호일 때가 많으니, 쓰지 않는 소켓을 닫고 잠시 후 다시 시도하십시오.

WSAEISCONN = 소켓이 이미 연결되어 있습니다.
    .detail = 이미 연결된 소켓에서 connect를 호출했습니다. 구현에 따라서는 연결된 SOCK_DGRAM 소켓에서 주소를 명시해 sendto를 호출할 때도 이 오류를 반환합니다.

WSAENOTCONN = 소켓이 연결되어 있지 않습니다.
    .detail = 소켓이 연결되지 않은 상태이고, 데이터그램 소켓의 sendto처럼 대상 주소를 따로 주지도 않아서 데이터를 주고받을 수 없습니다. 재설정된 연결에 SO_KEEPALIVE를 설정하는 등 다른 호출에서도 반환될 수 있으니, 먼저 연결하십시오.

WSAESHUTDOWN = 소켓이 종료된 뒤에는 보낼 수 없습니다.
    .detail = 앞서 shutdown 호출로 해당 방향을 이미 닫은 소켓에서 데이터를 보내거나 받으려 했습니다. 한 번 닫은 방향은 그 소켓에서 다시 쓸 수 없습니다.

WSAETIMEDOUT = 연결 시간이 초과되었습니다.
    .detail = 연결을 맺는 중이나 이미 맺어진 연결에서 상대방이 제때 응답하지 않았습니다. 원격 호스트가 꺼져 있거나 과부하 상태이거나, 방화벽이 트래픽을 조용히 버리고 있을 수 있으니 주소, 포트, 방화벽 설정을 확인하십시오.

WSAECONNREFUSED = 연결이 거부되었습니다.
    .detail = 대상 컴퓨터가 연결을 명시적으로 거부했습니다. 대개 해당 포트에서 대기 중인 프로그램이 없거나 서비스가 중지되었거나 방화벽이 거부한 것이므로, 주소와 포트 번호, 서버 실행 여부를 확인하십시오.

WSAEHOSTDOWN = 호스트가 작동하지 않습니다.
    .detail = 대상 호스트가 작동하지 않는 것으로 보여 작업이 실패했습니다. Windows는 이런 상황을 대개 WSAETIMEDOUT으로 보고하므로, 원격 컴퓨터가 켜져 있고 네트워크에 연결되어 있는지 확인하십시오.

WSAEHOSTUNREACH = 호스트로 가는 경로가 없습니다.
    .detail = 이 컴퓨터에서 대상 호스트까지 이어지는 경로가 없어 도달할 수 없습니다. 주소, 네트워크 연결, 라우팅과 게이트웨이 설정을 확인하십시오.

WSAEDISCON = 정상 종료가 진행 중입니다.
    .detail = 상대방이 연결을 정상적으로 닫는 절차를 시작했음을 WSARecv나 WSARecvFrom이 알려 줍니다. 더 이상 데이터가 오지 않으므로 남은 처리를 마치고 소켓을 닫으십시오.

## 유닉스 호환 오류(이식성을 위해 정의되었으며 거의 반환되지 않음)

# 유닉스의 EBADF에 대응하도록 헤더에 정의된 호환용 코드로, Winsock 자체는 거의 반환하지 않습니다.
WSAEBADF = 잘못된 파일 핸들입니다.
    .detail = 넘긴 파일 또는 소켓 핸들이 유효하지 않습니다. 핸들이 열려 있는지, 이미 닫힌 것을 다시 쓰고 있지 않은지 확인하십시오.

# 유닉스의 ETOOMANYREFS에 대응하는 호환용 코드입니다.
WSAETOOMANYREFS = 참조가 너무 많습니다.
    .detail = 어떤 커널 개체를 가리키는 참조가 너무 많습니다. 더 이상 필요 없는 개체를 해제한 뒤 다시 시도하십시오.

# 유닉스의 ELOOP(심볼릭 링크가 너무 여러 단계로 이어짐)에 대응하는 호환용 코드입니다.
WSAELOOP = 이름을 변환할 수 없습니다.
    .detail = 이름 확인 과정이 순환에 빠지는 등의 이유로 이름을 변환하지 못했습니다. 이름에 오류가 없는지 확인하십시오.

# 유닉스의 ENAMETOOLONG에 대응하는 호환용 코드입니다.
WSAENAMETOOLONG = 이름이 너무 깁니다.
    .detail = 이름 전체 또는 그 구성 요소 하나가 허용된 길이를 넘었습니다. 더 짧은 이름을 사용하십시오.

# 유닉스의 ENOTEMPTY에 대응하는 호환용 코드입니다.
WSAENOTEMPTY = 디렉터리가 비어 있지 않습니다.
    .detail = 디렉터리 안에 항목이 남아 있어 삭제할 수 없습니다. 먼저 디렉터리를 비우십시오.

# 유닉스의 EUSERS에 대응하는 호환용 코드입니다.
WSAEUSERS = 사용자 할당량을 초과했습니다.
    .detail = 사용자 수나 사용자별 자원에 대한 할당량이 모두 소진되었습니다. 자원을 일부 해제하거나 관리자에게 한도를 늘려 달라고 요청하십시오.

# 유닉스의 EDQUOT에 대응하는 호환용 코드입니다.
WSAEDQUOT = 디스크 할당량을 초과했습니다.
    .detail = 디스크 공간 할당량을 다 썼습니다. 공간을 확보하거나 관리자에게 할당량을 늘려 달라고 요청하십시오.

# 유닉스의 ESTALE(NFS 같은 네트워크 파일 시스템에서 오래된 핸들)에 대응하는 호환용 코드입니다.
WSAESTALE = 오래된 파일 핸들 참조입니다.
    .detail = 파일 핸들이 더 이상 존재하지 않는 대상을 가리키고 있습니다. 해당 항목을 다시 열어 새 핸들을 받으십시오.

# 유닉스의 EREMOTE에 대응하는 호환용 코드입니다.
WSAEREMOTE = 원격 항목입니다.
    .detail = 해당 항목이 원격 시스템에 있어 로컬에서는 사용할 수 없습니다. 원격 시스템을 통해 접근하십시오.

## 시작 및 서비스 공급자

WSAEPROCLIM = 프로세스가 너무 많습니다.
    .detail = { -winsock } 구현이 동시에 사용할 수 있는 프로그램 수를 제한하고 있는데 그 한도에 이르렀으므로, WSAStartup이 이 오류로 실패할 수 있습니다. 네트워크를 쓰는 다른 프로그램을 닫고 다시 시도하십시오.

WSASYSNOTREADY = 네트워크 하위 시스템을 사용할 수 없습니다.
    .detail = { -winsock }이 의존하는 하부 네트워크 시스템이 아직 준비되지 않아 WSAStartup이 실패했습니다. 올바른 Ws2_32.dll이 제자리에 있고 검색 경로에서 다른 Winsock DLL이 그보다 먼저 발견되지 않는지, 네트워크 구성 요소가 설치되고 구성되었는지, 시스템이 아직 시작 중인 것은 아닌지 확인하십시오.

WSAVERNOTSUPPORTED = 지원되지 않는 Winsock 버전입니다.
    .detail = 프로그램이 WSAStartup에서 요청한 버전을 설치된 { -winsock } 구현이 지원하지 않습니다. 지원되는 버전(보통 2.2)을 요청하는지, 시스템의 DLL 대신 오래된 { -winsock } DLL이 로드되고 있지 않은지 확인하십시오.

WSANOTINITIALISED = WSAStartup 호출이 아직 성공하지 않았습니다.
    .detail = WSAStartup이 성공하기 전에, 또는 WSACleanup을 WSAStartup과 같은 횟수만큼 호출한 뒤에 소켓 함수를 사용했습니다. 먼저 WSAStartup을 호출해 결과를 확인하고, { -winsock } 초기화를 하지 않은 태스크와 소켓을 공유하고 있지 않은지 확인하십시오.

WSAEINVALIDPROCTABLE = 서비스 공급자의 프로시저 테이블이 잘못되었습니다.
    .detail = { -winsock } 서비스 공급자가 Ws2_32.dll에 유효하지 않은 프로시저 테이블을 넘겼습니다. 대개 테이블 안의 함수 포인터 일부가 NULL이기 때문이므로, 문제가 있는 계층화된 서비스 공급자(LSP)나 네트워크 소프트웨어를 다시 설치하거나 제거하십시오.

WSAEINVALIDPROVIDER = 서비스 공급자 버전 번호가 잘못되었습니다.
    .detail = { -winsock } 서비스 공급자가 2.0이 아닌 버전을 보고했는데, 시스템은 이 버전을 받아들이지 않습니다. WSCGetProviderInfo와 WSCGetProviderInfo32도 요청받은 프로토콜 항목을 찾을 수 없을 때 이 코드를 반환합니다. 타사 네트워크 소프트웨어와 함께 설치된 서비스 공급자를 업데이트하거나 제거하십시오.

WSAEPROVIDERFAILEDINIT = 서비스 공급자를 초기화할 수 없습니다.
    .detail = 서비스 공급자를 시작하지 못했습니다. LoadLibrary로 그 DLL을 불러오지 못했거나 그 WSPStartup 또는 NSPStartup 함수가 오류를 보고한 경우이며, 관련 네트워크 소프트웨어를 다시 설치하거나 Winsock 카탈로그를 초기화(netsh winsock reset)하면 해결되는 경우가 많습니다.

WSASYSCALLFAILURE = 시스템 호출이 실패했습니다.
    .detail = 실패할 리 없는 시스템 호출이 실패했습니다. WaitForMultipleObjects로 이벤트를 기다리는 호출이나 프로토콜·네임스페이스 카탈로그를 다루는 레지스트리 작업이 실패한 경우가 예이며, 서비스 공급자가 구체적인 코드 없이 실패를 보고했을 때도 반환되므로 해당 서비스 공급자의 결함일 수 있습니다.

## 서비스 조회(네임스페이스 공급자)

# WSA_E_NO_MORE(10110)와 같은 상황을 나타내는 다른 번호입니다. Windows Sockets 2에서 "결과 없음"에 해당하는 코드가 서로 충돌하게 두 개 정의되었는데,
# WSAENOMORE는 앞으로 없어질 예전 번호이고 WSA_E_NO_MORE가 WSALookupServiceNext가 쓰는 새 번호입니다. 네임스페이스 공급자에 따라 어느 쪽이든 올 수 있어 둘 다 처리해야 하므로 번역을 동일하게 유지합니다.
WSAENOMORE = 더 이상 결과가 없습니다.
    .detail = WSALookupServiceNext가 이 조회에 대해 더 돌려줄 결과가 없습니다. 네임스페이스 조회가 정상적으로 끝났다는 뜻이므로 WSALookupServiceEnd를 호출해 마무리하십시오.

# WSA_E_CANCELLED(10111)와 같은 상황을 나타내는 다른 번호로, WSAENOMORE / WSA_E_NO_MORE 쌍과 같은 이유로 두 개가 정의되었습니다.
# WSAECANCELLED는 예전 번호이고, WSALookupServiceEnd가 진행 중인 WSALookupServiceNext를 취소할 때 쓰이는 새 번호는 WSA_E_CANCELLED입니다. 번역을 동일하게 유지합니다.
WSAECANCELLED = 조회 호출이 취소되었습니다.
    .detail = WSALookupServiceNext 호출이 아직 처리되는 동안 WSALookupServiceEnd가 호출되어 그 조회가 취소되었습니다. 조회를 일찍 끝냈다면 예상된 결과입니다.

WSASERVICE_NOT_FOUND = 서비스를 찾을 수 없습니다.
    .detail = 검색한 네임스페이스에 그런 서비스가 알려져 있지 않습니다. 서비스 이름이 맞는지, 올바른 네임스페이스를 조회했는지 확인하십시오.

WSATYPE_NOT_FOUND = 클래스 유형을 찾을 수 없습니다.
    .detail = 요청한 서비스 클래스 유형을 찾지 못했습니다. 해당 클래스가 설치되어 등록되어 있는지 확인하십시오. getaddrinfo는 서비스 이름을 요청한 소켓 유형으로 쓸 수 없을 때 같은 코드를 EAI_SERVICE로 반환합니다.

# WSAENOMORE(10102)와 같은 상황이며, 이쪽이 WSALookupServiceNext가 반환하고 네임스페이스 공급자가 써야 하는 새 번호입니다.
# 번호가 두 개인 것은 Windows Sockets 2가 같은 상황에 충돌하는 코드를 정의했고 예전 번호를 단계적으로 없애는 중이기 때문입니다. 번역을 동일하게 유지합니다.
WSA_E_NO_MORE = 더 이상 결과가 없습니다.
    .detail = WSALookupServiceNext가 이 조회에 대해 더 돌려줄 결과가 없습니다. 네임스페이스 조회가 정상적으로 끝났다는 뜻이므로 WSALookupServiceEnd를 호출해 마무리하십시오.

# WSAECANCELLED(10103)와 같은 상황이며, WSALookupServiceEnd가 진행 중인 WSALookupServiceNext를 취소할 때 보고되는 새 번호입니다.
# 예전 번호는 호환성 때문에만 남아 있습니다. 번역을 동일하게 유지합니다.
WSA_E_CANCELLED = 조회 호출이 취소되었습니다.
    .detail = WSALookupServiceNext 호출이 아직 처리되는 동안 WSALookupServiceEnd가 호출되어 그 조회가 취소되었습니다. 조회를 일찍 끝냈다면 예상된 결과입니다.

WSAEREFUSED = 데이터베이스 조회가 거부되었습니다.
    .detail = 네임스페이스 데이터베이스가 조회를 명시적으로 거부했습니다. 서버나 서비스 공급자가 이 요청을 허용하지 않을 수 있으니 권한과 조회 내용을 확인하십시오.

## 호스트 이름 확인

WSAHOST_NOT_FOUND = 호스트를 찾을 수 없습니다.
    .detail = 그런 이름의 호스트가 알려져 있지 않습니다. 조회한 데이터베이스나 DNS 서버에 공식 호스트 이름으로도 별칭으로도 없으므로 이름의 철자와 DNS 설정을 확인하십시오. 프로토콜이나 서비스 이름 조회에서는 해당 데이터베이스에 그 이름이 없다는 뜻입니다.

WSATRY_AGAIN = 이름 확인이 일시적으로 실패했습니다(권한 없는 서버에서 호스트를 찾지 못함).
    .detail = 로컬 DNS 서버가 그 이름에 대해 권한 있는(authoritative) 서버로부터 응답을 받지 못해 이름 확인에 실패했습니다. 대개 일시적인 문제이므로 잠시 후 다시 시도하고, 계속되면 네트워크 연결과 DNS 서버를 확인하십시오.

# wsaerr-allow: glossary (여기서 hosts는 hosts 파일입니다)
WSANO_RECOVERY = 복구할 수 없는 이름 확인 오류입니다.
    .detail = 다시 시도해도 해결되지 않는 오류로 이름 확인이 실패했습니다. 로컬 데이터베이스 파일(hosts, services, protocols)이 없거나 DNS 서버가 심각한 오류로 응답했을 수 있으니 DNS 구성을 확인하십시오.

WSANO_DATA = 이름은 유효하지만 요청한 유형의 데이터가 없습니다.
    .detail = 이름은 존재하지만 요청한 종류의 레코드가 없습니다. 예를 들어 메일(MX) 레코드만 있고 주소(A 또는 AAAA) 레코드가 없는 호스트는 그 이름으로 직접 접속할 수 없습니다.

WSA_SECURE_HOST_NOT_FOUND = 보안 이름 확인에서 호스트를 찾을 수 없습니다.
    .detail = DNSSEC 검증이 필요한 조회처럼 보안 이름 확인에서 해당 호스트를 찾지 못했습니다. 이름이 존재하지 않거나 올바르게 서명되지 않았을 수 있으니 이름과 DNS 보안 설정을 확인하십시오.

WSA_IPSEC_NAME_POLICY_ERROR = 이름 기반 IPsec 정책을 추가할 수 없습니다.
    .detail = 호스트 이름을 기준으로 하는 IPsec 정책을 시스템에 추가하지 못했습니다. IPsec 및 연결 보안 규칙과 그 이름 설정을 확인하십시오.

## 이벤트 개체와 중첩 I/O

WSA_INVALID_HANDLE = 지정한 이벤트 개체 핸들이 잘못되었습니다.
    .detail = 프로그램이 유효하지 않은 이벤트 개체 핸들을 사용했습니다. 이미 닫힌 것은 아닌지, WSACreateEvent로 만든 핸들이 아직 열려 있는지 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_INVALID_HANDLE(6)의 값과 같습니다.

WSA_NOT_ENOUGH_MEMORY = 메모리가 부족합니다.
    .detail = 하부 Windows 함수를 사용하는 { -winsock } 함수가 메모리 부족으로 실패했습니다. 다른 프로그램을 닫거나 메모리를 확보한 뒤 다시 시도하십시오. 이 코드의 값은 Windows 오류 ERROR_NOT_ENOUGH_MEMORY(8)의 값과 같습니다.

WSA_INVALID_PARAMETER = 하나 이상의 매개변수가 잘못되었습니다.
    .detail = { -winsock } 함수가 인수를 하부 Windows 함수에 넘겼는데, 그 함수가 인수 중 하나 이상을 받아들이지 않았습니다. 호출의 매개변수를 모두 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_INVALID_PARAMETER(87)의 값과 같습니다.

WSA_OPERATION_ABORTED = 중첩 I/O 작업이 중단되었습니다.
    .detail = 소켓이 닫혔거나 WSAIoctl로 SIO_FLUSH 명령을 실행해서, 끝나지 않은 중첩 I/O 작업이 취소되었습니다. 대기 중인 I/O가 있는 소켓을 닫으면 나타나는 정상적인 결과이며, 이 코드의 값은 Windows 오류 ERROR_OPERATION_ABORTED(995)의 값과 같습니다.

WSA_IO_INCOMPLETE = 중첩 I/O 이벤트 개체가 신호 상태가 아닙니다.
    .detail = 아직 끝나지 않은 중첩 I/O 작업의 결과를 요청했습니다. fWait를 FALSE로 지정한 WSAGetOverlappedResult로 폴링하면 작업이 끝날 때까지 이 값이 반환되므로, 기다렸다가 다시 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_IO_INCOMPLETE(996)의 값과 같습니다.

WSA_IO_PENDING = 중첩 I/O 작업이 나중에 완료됩니다.
    .detail = 중첩 I/O 작업이 시작되었지만 바로 끝나지는 않았다는 뜻이며, 실패가 아닙니다. 작업이 끝나면 이벤트 개체, 완료 루틴 또는 I/O 완료 포트(IOCP)를 통해 통지되며, 결과는 WSAGetOverlappedResult로 확인할 수 있습니다. 이 코드의 값은 Windows 오류 ERROR_IO_PENDING(997)의 값과 같습니다.

## 서비스 품질(QoS)

# QoS 상태 코드: RSVP(자원 예약 프로토콜)의 예약 요청(RESV) 메시지가 도착했다는 뜻입니다.
WSA_QOS_RECEIVERS = QoS 수신자가 있습니다.
    .detail = 수신자로부터 QoS 예약 요청(RSVP RESV 메시지)이 하나 이상 도착했습니다. 오류가 아니라 상태를 알리는 통지입니다.

# QoS 상태 코드: RSVP 경로(PATH) 메시지가 도착했다는 뜻으로, 트래픽을 보내려는 송신자가 있음을 알립니다.
WSA_QOS_SENDERS = QoS 송신자가 있습니다.
    .detail = 송신자로부터 QoS 경로 메시지(RSVP PATH 메시지)가 하나 이상 도착했습니다. 오류가 아니라 상태를 알리는 통지입니다.

WSA_QOS_NO_SENDERS = QoS 송신자가 없습니다.
    .detail = 이 흐름에 QoS 송신자가 더 이상 없습니다. 상태 통지이며, 그 송신자에 기대던 예약은 더 이상 적용되지 않습니다.

WSA_QOS_NO_RECEIVERS = QoS 수신자가 없습니다.
    .detail = 이 흐름에 QoS 수신자가 더 이상 없습니다. 상태 통지이며, 송신자가 지켜야 할 예약이 없다는 뜻입니다.

WSA_QOS_REQUEST_CONFIRMED = QoS 요청이 확인되었습니다.
    .detail = 네트워크가 QoS 예약 요청을 확인했습니다. 성공을 알리는 통지입니다.

WSA_QOS_ADMISSION_FAILURE = QoS 요청이 수락 제어를 통과하지 못했습니다.
    .detail = 경로상의 대역폭 같은 자원이 부족해 QoS 요청이 수락 제어를 통과하지 못했습니다. 요구 수준을 낮추거나 나중에 다시 시도하십시오.

WSA_QOS_POLICY_FAILURE = QoS 정책 검사에 실패했습니다.
    .detail = 현재 정책 아래에서는 요청한 자원을 내줄 수 없다고 정책 시스템이 판단해 QoS 요청을 거부했습니다. QoS 정책을 점검하거나 관리자에게 문의하십시오.

# 여기서 "스타일"은 RSVP 예약 스타일(송신자들 사이에 필터를 어떻게 공유하는지)을 말합니다.
WSA_QOS_BAD_STYLE = 잘못된 QoS 예약 스타일입니다.
    .detail = 알 수 없거나 서로 충돌하는 QoS 예약 스타일이 발견되었습니다. 요청에 지정한 예약 스타일을 확인하십시오.

# 필터 사양(FILTERSPEC)은 예약이 적용될 패킷을 고르는 RSVP 필터 명세입니다.
WSA_QOS_BAD_OBJECT = 잘못된 QoS 개체입니다.
    .detail = 필터 사양(FILTERSPEC)이나 서비스 공급자별 버퍼 전반에 문제가 있습니다. 호출에 넘긴 QoS 관련 구조체를 확인하십시오.

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS 트래픽 제어 오류입니다.
    .detail = 일반 QoS 요청을 로컬에 적용하는 과정에서 하부 트래픽 제어(TC) 인터페이스가 실패했습니다. 메모리 부족이나 QoS 서비스 공급자의 내부 오류가 원인일 수 있습니다.

WSA_QOS_GENERIC_ERROR = 일반 QoS 오류입니다.
    .detail = 더 구체적인 코드가 없는 일반적인 QoS 오류가 발생했습니다. QoS 요청 내용과 서비스 공급자 상태를 확인하십시오.

# 흐름 사양(FLOWSPEC)은 흐름의 트래픽 특성과 요청하는 서비스 유형을 기술하는 구조체입니다.
WSA_QOS_ESERVICETYPE = 잘못된 QoS 서비스 유형입니다.
    .detail = 흐름 사양(FLOWSPEC)에 유효하지 않거나 알 수 없는 서비스 유형이 들어 있습니다. SERVICETYPE_GUARANTEED, SERVICETYPE_CONTROLLEDLOAD처럼 정의된 서비스 유형을 사용하십시오.

WSA_QOS_EFLOWSPEC = 잘못된 QoS 흐름 사양입니다.
    .detail = QOS 구조체 안의 흐름 사양(FLOWSPEC)이 유효하지 않거나 앞뒤가 맞지 않습니다. 전송 속도, 크기, 서비스 유형 값을 확인하십시오.

WSA_QOS_EPROVSPECBUF = 잘못된 QoS 서비스 공급자별 버퍼입니다.
    .detail = QoS 요청과 함께 넘긴 서비스 공급자별 버퍼(ProviderSpecific)가 유효하지 않습니다. 버퍼의 크기와 내용을 확인하십시오.

WSA_QOS_EFILTERSTYLE = 잘못된 QoS 필터 스타일입니다.
    .detail = 지정한 QoS 필터 스타일이 유효하지 않습니다. 지원되는 필터 스타일을 사용하십시오.

WSA_QOS_EFILTERTYPE = 잘못된 QoS 필터 유형입니다.
    .detail = 지정한 QoS 필터 유형이 유효하지 않습니다. 지원되는 필터 유형을 사용하십시오.

WSA_QOS_EFILTERCOUNT = QoS 필터 개수가 잘못되었습니다.
    .detail = FLOWDESCRIPTOR에 지정한 필터 사양(FILTERSPEC) 개수가 올바르지 않습니다. 개수 값이 실제로 넣은 필터 수와 일치하게 하십시오.

WSA_QOS_EOBJLENGTH = 잘못된 QoS 개체 길이입니다.
    .detail = QoS 서비스 공급자별 버퍼에 있는 개체의 ObjectLength 필드 값이 유효하지 않습니다. 버퍼 안 각 개체의 길이를 확인하십시오.

WSA_QOS_EFLOWCOUNT = QoS 흐름 개수가 잘못되었습니다.
    .detail = QOS 구조체에 지정한 흐름 설명자 개수가 올바르지 않습니다. 개수 값이 실제로 넣은 흐름 설명자 수와 일치하게 하십시오.

# 식별자의 UNKOWN은 Windows 헤더에 정의된 철자 그대로입니다(UNKNOWN의 오타이지만 고치면 안 됩니다).
WSA_QOS_EUNKOWNPSOBJ = 알 수 없는 QoS 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 서비스 공급자가 인식하지 못하는 유형의 개체가 들어 있습니다. 그 개체를 빼거나 지원되는 개체 유형을 사용하십시오.

WSA_QOS_EPOLICYOBJ = 잘못된 QoS 정책 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 정책 개체가 들어 있습니다. 버퍼 안의 정책 데이터를 확인하십시오.

WSA_QOS_EFLOWDESC = 잘못된 QoS 흐름 설명자입니다.
    .detail = 흐름 설명자 목록의 항목 중 하나가 유효하지 않습니다. 요청에 넣은 각 흐름 설명자(FLOWDESCRIPTOR)를 확인하십시오.

WSA_QOS_EPSFLOWSPEC = 잘못된 QoS 서비스 공급자별 흐름 사양입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않거나 앞뒤가 맞지 않는 흐름 사양(FLOWSPEC)이 들어 있습니다. 버퍼 안의 흐름 사양을 확인하십시오.

WSA_QOS_EPSFILTERSPEC = 잘못된 QoS 서비스 공급자별 필터 사양입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 필터 사양(FILTERSPEC)이 들어 있습니다. 버퍼 안의 필터 사양을 확인하십시오.

# "셰이핑·폐기 모드"(shape discard mode)는 흐름의 한도를 넘는 패킷을 트래픽 셰이퍼가 어떻게 다룰지(지연, 폐기 등) 정하는 설정입니다.
WSA_QOS_ESDMODEOBJ = 잘못된 QoS 셰이핑·폐기 모드 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 셰이핑·폐기 모드 개체(QOS_SD_MODE)가 들어 있습니다. 한도를 넘는 트래픽을 셰이핑할지 폐기할지 정하는 모드 값을 확인하십시오.

# "셰이핑 속도"(shaping rate)는 트래픽 셰이퍼가 흐름의 패킷을 내보내는 속도입니다.
WSA_QOS_ESHAPERATEOBJ = 잘못된 QoS 셰이핑 속도 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 셰이핑 속도 개체(QOS_SHAPING_RATE)가 들어 있습니다. 그 개체에 지정한 속도 값을 확인하십시오.

# "reserved"는 프로그램이 쓰지 못하도록 남겨 둔 유형이라는 뜻입니다. RSVP 예약(reservation)과 헷갈리지 않도록 "예약"이라는 말을 쓰지 않았습니다.
WSA_QOS_RESERVED_PETYPE = 사용할 수 없는 QoS 정책 요소 유형입니다.
    .detail = QoS 서비스 공급자별 버퍼에 향후 사용을 위해 남겨 둔(reserved) 유형의 정책 요소가 들어 있습니다. 그 요소를 빼거나 허용된 정책 요소 유형을 사용하십시오.

## 페이지와 목록에 쓰는 레이블: 코드 그룹 이름, 페이지 제목, 필터 주변 문구

group-socket = 소켓 작업
group-unix-compat = Unix 호환
group-startup = 시작과 서비스 공급자
group-service-lookup = 서비스 조회
group-name-resolution = 이름 확인
group-overlapped = 중첩 I/O와 이벤트
group-qos = 서비스 품질(QoS)
page-heading = Winsock 오류 코드
page-languages = 다른 언어
page-filter = 번호, 이름 또는 단어로 찾기
page-query-too-long = 검색어가 너무 깁니다.
page-query-too-many-words = 검색어에 서로 다른 단어가 너무 많습니다.
