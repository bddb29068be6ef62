### Windows 소켓(Winsock) 오류 코드의 한국어(대한민국) 메시지 카탈로그입니다.
### 각 메시지 ID는 Winsock 오류 코드의 기호 이름(예: WSAETIMEDOUT)이고, 값은 사용자에게 보여 주는 짧은 제목,
### .detail 속성은 한 줄짜리 설명입니다.
### 함수, 상수, 옵션, 구조체, 파일 이름(WSAStartup, setsockopt, SO_BROADCAST, ADDR_ANY, FLOWSPEC, Ws2_32.dll 등)은
### 코드 식별자이므로 번역하거나 한글로 옮겨 적지 않고, 대소문자까지 원문 그대로 씁니다.
###
### 문체:
### - Windows 메시지와 Microsoft 한국어 문서의 중립적이고 정중한 문체를 따릅니다. 설명은 합니다체로 쓰고,
###   조치는 "~하십시오"로 씁니다. 제목은 마침표로 끝나는 짧은 문장으로 씁니다.
### - 원문에 없는 원인이나 인과 관계를 덧붙이지 않고, "대개", "~일 수 있습니다" 같은 한정어를 빠뜨리지 않습니다.
###   원문이 세미콜론으로 이어 쓴 조치는 "~므로", "~으니"로 묶지 않고 따로 씁니다.
###
### 용어집: 아래 Fluent 용어가 이 로캘의 용어집입니다. 용어 ID는 모든 로캘이 함께 쓰는 ID이며 en-US가 전부 정의합니다.
### 각 용어 앞의 주석에 원어(# en-US:), 선택 이유(# why:), 쓰지 않는 말(# avoid:)을 적습니다. 용어는 Microsoft의
### 한국어 용어를 따르며, 한 개념에는 용어 값 하나만 씁니다.
### 제목과 설명에서는 용어를 참조하지 않고 용어 값을 그대로 적습니다. { -winsock }만은 예외로, en-US가 참조하는
### 부분(제목 또는 설명)에서만 en-US와 같은 횟수만큼 참조합니다. 원문이 "Winsock"이라고 적은 곳(Winsock 2,
### Winsock DLL, Winsock 카탈로그 등)은 Winsock으로 씁니다.
###
### 용어 ID가 없는 낱말도 다음과 같이 통일합니다: task = 태스크(operation은 작업), provider-specific = 서비스 공급자별
### ("QoS 서비스 공급자별 버퍼"), catalog = 카탈로그, name lookup = 이름 확인(서비스·데이터베이스 조회는 조회),
### unreachable = 도달할 수 없음, reset = 재설정, pending = 보류 중, signaled state = 신호를 받은 상태,
### reserved = 예약된, "not a failure" = 실패가 아님, status report = 상태 보고, the other side/end = 피어,
### remote side = 원격 측, actively refused = 명시적으로 거부, pass (an argument) = 전달.
### 방화벽 등이 연결이나 액세스를 막는(block) 경우에는 차단 호출과 헷갈리지 않도록 "차단"이 아니라 "막다"를 씁니다.
###
### 조사: 앞말의 마지막 음절에 받침이 있으면 은/이/을/과/으로, 없으면 는/가/를/와/로를 붙입니다(ㄹ 받침 뒤는 로).
### 용어 값 가운데 Windows 소켓, 응용 프로그램, 차단, 비차단, 이름 확인은 받침이 있고, 리소스, 피어, 액세스,
### 연결 유지, 호스트, 포트, 버퍼, 서비스 공급자, 네임스페이스는 받침이 없습니다.
### 영문 식별자에는 읽는 소리에 맞춰 붙입니다(WSAStartup이, SO_BROADCAST를, closesocket으로). 읽는 소리가 애매한
### 식별자(SO_REUSEADDR 등)에는 "옵션", "함수" 같은 말을 붙인 뒤 조사를 씁니다. QoS 뒤에는 조사를 붙이지 않고
### 꾸밈말로만 쓰며, 중첩 I/O는 "아이오"로 읽어 는/가/를/와를 붙입니다.

# en-US: Windows Sockets
# why: Microsoft's term in Korean Windows and Microsoft Learn text ("Windows 소켓")
# avoid: 윈도우 소켓, 윈도우즈 소켓, 윈속
-winsock = Windows 소켓
# en-US: socket
# why: Microsoft's term
-socket = 소켓
# en-US: host
# why: Microsoft's term
-host = 호스트
# en-US: peer
# why: Microsoft's term
# avoid: 상대방, 상대편
-peer = 피어
# en-US: port
# why: Microsoft's term
-port = 포트
# en-US: handle
# why: Microsoft's term
-handle = 핸들
# en-US: buffer
# why: Microsoft's term
-buffer = 버퍼
# en-US: stream
# why: Microsoft's term
-stream = 스트림
# en-US: blocking
# why: Microsoft's term in the Korean Winsock documentation ("차단 호출", "차단 모드")
# avoid: 블로킹, 블록킹
-blocking = 차단
# en-US: nonblocking
# why: Microsoft's term in the Korean Winsock documentation ("비차단 소켓")
# avoid: 논블로킹, 넌블로킹, 비블로킹
-nonblocking = 비차단
# en-US: datagram
# why: Microsoft's term
-datagram = 데이터그램
# en-US: address family
# why: Microsoft's term
# avoid: 주소 체계
-address-family = 주소 패밀리
# en-US: protocol family
# why: Microsoft's term
# avoid: 프로토콜 체계
-protocol-family = 프로토콜 패밀리
# en-US: keep-alive
# why: Microsoft's term in the Korean SO_KEEPALIVE documentation ("연결 유지 패킷")
# avoid: 킵얼라이브, 킵 얼라이브
-keepalive = 연결 유지
# en-US: service provider
# why: Microsoft's term
# avoid: 서비스 제공자, 서비스 프로바이더
-provider = 서비스 공급자
# en-US: layered service provider
# why: Microsoft's term
-layered-provider = 계층화된 서비스 공급자
# en-US: name space
# why: Microsoft's term
# avoid: 이름 공간
-namespace = 네임스페이스
# en-US: name resolution
# why: Microsoft's term (as in DNS 이름 확인)
# avoid: 이름 풀이, 이름 해석
-name-resolution = 이름 확인
# en-US: event object
# why: Microsoft's term
# avoid: 이벤트 객체, 이벤트 오브젝트
-event-object = 이벤트 개체
# en-US: overlapped I/O
# why: Korean Windows developers clearly use 중첩 I/O (Korean Winsock books and articles); Microsoft Learn's Korean pages write 겹치는 I/O, which developers do not use for overlapped I/O
# avoid: 겹치는 I/O, 겹쳐진 I/O, 오버랩드 I/O
-overlapped = 중첩 I/O
# en-US: completion port
# why: Microsoft's term
-completion-port = I/O 완료 포트
# en-US: QoS
# why: Microsoft keeps the abbreviation (서비스 품질(QoS) in group headings)
-qos = QoS
# en-US: policy
# why: Microsoft's term
-policy = 정책
# en-US: reservation
# why: Microsoft's term for an RSVP reservation
-reservation = 예약
# en-US: admission control
# why: descriptive rendering used in Korean QoS literature; Microsoft's Korean QoS pages mostly keep the English
-admission-control = 수락 제어
# en-US: traffic control
# why: Microsoft's term
-traffic-control = 트래픽 제어
# en-US: flowspec
# why: descriptive rendering of flow specification (Microsoft's Korean pages write 흐름 for flow); the identifier FLOWSPEC follows in parentheses where en-US names it
-flowspec = 흐름 사양
# en-US: filter
# why: Microsoft's term
-filter = 필터
# en-US: filterspec
# why: descriptive rendering of filter specification, parallel to 흐름 사양; the identifier FILTERSPEC follows in parentheses where en-US names it
-filterspec = 필터 사양
# en-US: flow descriptor
# why: descriptive rendering of FLOWDESCRIPTOR, parallel to 흐름 사양
-flow-descriptor = 흐름 설명자
# en-US: shaping
# why: Microsoft's term (트래픽 셰이핑)
-shaping = 셰이핑
# en-US: sender
# why: Microsoft's term
-sender = 송신자
# en-US: receiver
# why: Microsoft's term
-receiver = 수신자
# en-US: program
# why: Microsoft's term in Windows' own Korean messages (newer Microsoft Learn pages also write 애플리케이션; one word is used throughout)
# avoid: 애플리케이션, 어플리케이션
-program = 응용 프로그램
# en-US: resource
# why: Microsoft's term
# avoid: 자원
-resource = 리소스
# en-US: access
# why: Microsoft's term (액세스 권한, 액세스 거부)
# avoid: 접근
-access = 액세스

## 소켓 작업

WSAEINTR = 함수 호출이 중단되었습니다.
    .detail = 진행 중이던 차단 호출이 끝나기 전에 중단되었습니다. 대표적인 원인은 WSACancelBlockingCall인데, 이 함수는 { -winsock } 1.1에서 남아 있는 함수로 최신 Winsock 2 응용 프로그램에서는 사용하지 않아야 합니다. 호출이 대기 중인 소켓을 다른 스레드에서 closesocket으로 닫아도 같은 결과가 발생합니다. 의도하지 않은 중단이라면 호출을 다시 시도하십시오.

WSAEACCES = 권한이 거부되었습니다.
    .detail = 액세스 권한이 허용하지 않는 방식으로 소켓을 사용했습니다. 대표적인 원인은 setsockopt로 SO_BROADCAST를 사용하도록 설정하지 않은 채 브로드캐스트 주소로 sendto를 호출한 경우, 또는 다른 응용 프로그램이나 서비스, 드라이버가 SO_EXCLUSIVEADDRUSE로 단독 사용 중인 주소와 포트에 bind를 호출한 경우입니다. 방화벽이나 보안 제품이 액세스를 막았을 수도 있습니다.

WSAEFAULT = 잘못된 주소입니다.
    .detail = 소켓 함수에 전달한 포인터가 유효한 메모리를 가리키지 않거나, 버퍼 또는 길이 인수가 너무 작습니다. 모든 포인터 인수를 확인하고 길이 값이 실제 버퍼 크기와 일치하는지 확인하십시오. 예를 들어 sockaddr 구조체의 길이는 sizeof(sockaddr) 이상이어야 합니다.

WSAEINVAL = 잘못된 인수입니다.
    .detail = 인수 중 하나가 유효하지 않습니다. 예를 들어 setsockopt에 알 수 없는 수준을 전달한 경우입니다. 호출이 소켓의 현재 상태에 맞지 않을 때도 반환되며, listen을 호출하지 않은 소켓에서 accept를 호출한 경우가 그 예입니다.

WSAEMFILE = 열린 소켓이 너무 많습니다.
    .detail = 이 응용 프로그램에서 더 이상 사용할 수 있는 소켓 핸들이 없습니다. 이 한도는 시스템 전체, 프로세스 또는 스레드 단위로 적용될 수 있습니다. 더 이상 필요 없는 소켓을 닫고 핸들 누수가 없는지 확인하십시오.

WSAEWOULDBLOCK = 리소스를 일시적으로 사용할 수 없습니다.
    .detail = 비차단 소켓에서 작업을 즉시 완료할 수 없었습니다. 예를 들어 아직 도착한 데이터가 없는데 recv를 호출한 경우입니다. 이는 실제 실패가 아닙니다. select, WSAPoll 또는 이벤트로 소켓이 준비될 때까지 기다린 뒤 다시 시도하십시오. 비차단 SOCK_STREAM 소켓에서 connect를 호출하면 연결이 설정되는 동안 보통 이 값이 반환됩니다.

# WSAEALREADY와 다릅니다. 이 코드는 같은 태스크나 스레드에서 *차단* 호출이 이미 실행 중이라는 뜻입니다.
WSAEINPROGRESS = 차단 작업이 이미 실행 중입니다.
    .detail = { -winsock }은 태스크나 스레드마다 한 번에 하나의 차단 호출만 허용하는데, 이전 호출이 아직 보류 중인 상태에서 다른 호출이 이루어졌습니다. 주로 { -winsock } 1.1 방식의 오래된 응용 프로그램에서 발생합니다. 새 호출을 하기 전에 이전 차단 호출이 반환되었는지 확인하십시오.

# WSAEINPROGRESS와 다릅니다. 이 코드는 *비차단* 소켓에서 같은 종류의 작업이 이미 진행 중이라는 뜻입니다.
WSAEALREADY = 이 비차단 소켓에서 작업이 이미 진행 중입니다.
    .detail = 같은 종류의 작업이 아직 진행 중인 비차단 소켓에 작업을 요청했습니다. 첫 번째 connect가 아직 연결 중일 때 connect를 다시 호출한 경우가 그 예입니다. 이미 완료되었거나 취소된 비동기 요청(WSAAsyncGetXbyY 함수 중 하나)을 취소하려 할 때도 반환됩니다.

WSAENOTSOCK = 소켓이 아닌 대상에 소켓 작업을 시도했습니다.
    .detail = 함수에 전달한 핸들이 유효한 소켓이 아닙니다. 처음부터 소켓이 아니었거나 이미 닫혔을 수 있으며, select의 경우에는 fd_set의 항목 중 하나가 유효한 소켓이 아닙니다.

WSAEDESTADDRREQ = 대상 주소가 필요합니다.
    .detail = 작업에 대상 주소가 필요한데 지정되지 않았습니다. 예를 들어 원격 주소를 ADDR_ANY로 지정해 sendto를 호출한 경우입니다. 피어의 실제 주소를 지정하십시오.

WSAEMSGSIZE = 메시지가 너무 깁니다.
    .detail = 데이터그램이 프로토콜이나 네트워크가 전달할 수 있는 크기보다 컸거나, 수신 버퍼가 도착한 데이터그램보다 작았습니다. 수신 버퍼가 작았던 경우에는 데이터그램이 잘렸습니다. 더 작은 메시지를 보내거나 더 큰 수신 버퍼를 사용하십시오.

WSAEPROTOTYPE = 소켓 유형에 맞지 않는 프로토콜입니다.
    .detail = socket 함수에 지정한 프로토콜이 요청한 소켓 유형에 맞지 않습니다. 예를 들어 SOCK_STREAM 소켓에는 UDP를 사용할 수 없습니다. 유형에 맞는 프로토콜을 선택하거나, 0을 전달해 시스템이 선택하게 하십시오.

WSAENOPROTOOPT = 잘못된 프로토콜 옵션입니다.
    .detail = getsockopt나 setsockopt에 지정한 옵션 또는 수준을 알 수 없거나, 유효하지 않거나, 이 프로토콜에서 지원하지 않습니다. 옵션이 올바른 수준(SOL_SOCKET, IPPROTO_TCP 등)에 속하는지, 소켓 유형이 그 옵션을 지원하는지 확인하십시오.

WSAEPROTONOSUPPORT = 지원되지 않는 프로토콜입니다.
    .detail = 요청한 프로토콜이 이 시스템에 설치되어 있지 않거나 구현되어 있지 않습니다. SOCK_DGRAM 소켓을 요청하면서 스트림 프로토콜을 지정한 경우처럼, 프로토콜이 소켓 유형과 충돌할 때도 발생합니다.

WSAESOCKTNOSUPPORT = 지원되지 않는 소켓 유형입니다.
    .detail = 이 주소 패밀리는 요청한 소켓 유형을 지원하지 않습니다. 예를 들어 구현이 SOCK_RAW 소켓을 전혀 제공하지 않거나, 이러한 소켓을 만들려면 관리자 권한이 필요할 수 있습니다.

WSAEOPNOTSUPP = 지원되지 않는 작업입니다.
    .detail = 요청한 작업이 이 종류의 소켓이나 개체에서 지원되지 않습니다. 대표적인 예는 받아들일 연결이 없는 데이터그램 소켓에서 accept나 listen을 호출하는 경우입니다.

# WSAEPFNOSUPPORT는 프로토콜 패밀리 전체에 관한 오류이고, 다음의 WSAEAFNOSUPPORT는 소켓에 사용한 주소 패밀리에 관한 오류입니다. 둘은 거의 같은 뜻으로 쓰이며 Windows는 주로 WSAEAFNOSUPPORT를 반환합니다.
WSAEPFNOSUPPORT = 지원되지 않는 프로토콜 패밀리입니다.
    .detail = 요청한 프로토콜 패밀리가 이 시스템에 구성되어 있지 않거나 구현되어 있지 않습니다. 실제로는 같은 상황에서 { -winsock } 함수가 대개 WSAEAFNOSUPPORT를 반환합니다.

# WSAEPFNOSUPPORT의 주석을 참조하십시오. 이 코드는 주소 패밀리(AF_INET 등)가 프로토콜이나 소켓과 맞지 않는다는 뜻입니다.
WSAEAFNOSUPPORT = 프로토콜 패밀리가 지원하지 않는 주소 패밀리입니다.
    .detail = 프로토콜이 지원하지 않는 패밀리의 주소를 사용했습니다. socket 함수에 해당 주소 패밀리에 속하지 않는 프로토콜을 요청한 경우, 또는 sendto나 connect 같은 호출에서 AF_INET 소켓에 IPv6 주소를 전달한 경우(또는 그 반대)가 대표적인 원인입니다.

WSAEADDRINUSE = 주소가 이미 사용 중입니다.
    .detail = 다른 소켓이 이미 이 주소와 포트에 바인딩되어 있으며, 아직 닫히는 중이거나 제대로 닫히지 않은 소켓일 수도 있습니다. 해당 포트를 사용하는 응용 프로그램을 중지하거나 다른 포트를 선택하십시오. 포트를 꼭 공유해야 하는 서버는 SO_REUSEADDR 옵션을 설정할 수 있으며, 클라이언트는 대개 bind를 호출할 필요가 없습니다. bind에 와일드카드 주소(ADDR_ANY)를 지정한 경우에는 주소가 실제로 확정되는 시점, 즉 나중에 connect, listen, WSAConnect 또는 WSAJoinLeaf를 호출할 때에야 이 오류가 나타날 수 있습니다.

WSAEADDRNOTAVAIL = 요청한 주소를 할당할 수 없습니다.
    .detail = 이 상황에서는 주소가 유효하지 않습니다. 대개 이 컴퓨터에 속하지 않는 IP 주소로 bind를 호출했거나, connect나 sendto에 포트 0이나 주소 0.0.0.0처럼 사용할 수 없는 원격 주소나 포트를 지정한 경우입니다.

WSAENETDOWN = 네트워크가 작동하지 않습니다.
    .detail = 네트워크 하위 시스템이나 네트워크 어댑터, 또는 로컬 네트워크에 장애가 발생했습니다. 네트워크 연결과 어댑터를 확인하고, 문제가 계속되면 네트워크 스택이나 컴퓨터를 다시 시작하십시오.

WSAENETUNREACH = 네트워크에 도달할 수 없습니다.
    .detail = 로컬 시스템에 대상 네트워크로 가는 경로가 없습니다. 네트워크 연결, 기본 게이트웨이, 라우팅 테이블을 확인하고 주소가 올바른지 확인하십시오.

WSAENETRESET = 재설정으로 인해 네트워크에서 연결을 끊었습니다.
    .detail = 작업이 진행되는 동안 연결 유지 검사에서 피어나 피어까지의 경로에 장애가 확인되어 연결이 끊어졌습니다. 이미 실패한 연결에서 SO_KEEPALIVE를 사용하도록 설정하려 할 때 setsockopt가 이 오류를 반환할 수도 있습니다. 계속하려면 다시 연결하십시오.

WSAECONNABORTED = 소프트웨어로 인해 연결이 중단되었습니다.
    .detail = 이 컴퓨터의 소프트웨어가 연결을 닫았습니다. 데이터 전송 시간 초과나 프로토콜 오류가 발생한 뒤에 흔히 일어납니다. 연결을 끊는 방화벽, 바이러스 백신 제품, VPN 소프트웨어 때문에 발생할 수도 있습니다. 다시 연결하고, 문제가 반복되면 이러한 소프트웨어를 확인하십시오.

WSAECONNRESET = 피어가 연결을 재설정했습니다.
    .detail = 원격 호스트가 연결을 갑자기 닫았습니다. 피어 응용 프로그램이 비정상 종료되었거나 중지되었을 수 있고, 원격 호스트가 다시 시작되었거나 네트워크에서 끊어졌을 수 있으며, 원격 호스트가 강제 재설정(SO_LINGER를 사용하도록 설정하고 제한 시간을 0으로 지정)으로 소켓을 닫았을 수도 있습니다. 다시 연결하고 원격 측을 확인하십시오.

WSAENOBUFS = 사용할 수 있는 버퍼 공간이 없습니다.
    .detail = 시스템의 버퍼 공간이 부족하거나 큐가 가득 차서 작업을 수행할 수 없었습니다. 이는 열린 연결이 너무 많거나, 메모리가 부족하거나, 사용 가능한 임시 포트가 없다는 뜻인 경우가 많습니다. 사용하지 않는 소켓을 닫고 나중에 다시 시도하십시오.

WSAEISCONN = 소켓이 이미 연결되어 있습니다.
    .detail = 이미 연결된 소켓에서 connect를 호출했습니다. 일부 구현은 연결된 SOCK_DGRAM 소켓에서 주소를 명시해 sendto를 호출할 때도 이 오류를 반환합니다.

WSAENOTCONN = 소켓이 연결되어 있지 않습니다.
    .detail = 소켓이 연결되어 있지 않고 대상 주소도 지정되지 않아 데이터를 보내거나 받을 수 없습니다. 데이터그램 소켓에서는 sendto로 대상 주소를 지정할 수 있습니다. 재설정된 연결에 SO_KEEPALIVE를 설정하는 등 다른 호출에서도 이 오류가 반환될 수 있습니다. 먼저 연결하십시오.

WSAESHUTDOWN = 소켓이 종료된 뒤에는 보낼 수 없습니다.
    .detail = 이전 shutdown 호출로 소켓의 해당 방향이 이미 닫혀 있어 보내기 또는 받기가 거부되었습니다. 한 번 닫은 방향은 이 소켓에서 다시 사용할 수 없습니다.

WSAETIMEDOUT = 연결 시간이 초과되었습니다.
    .detail = 연결을 설정하는 동안이나 이미 설정된 연결에서 피어가 제시간에 응답하지 않았습니다. 원격 호스트가 오프라인 상태이거나 과부하 상태일 수 있고, 방화벽이 알림 없이 트래픽을 삭제하고 있을 수도 있습니다. 주소, 포트, 방화벽 설정을 확인하십시오.

WSAECONNREFUSED = 연결이 거부되었습니다.
    .detail = 대상 컴퓨터가 연결을 명시적으로 거부했습니다. 대개 해당 포트에서 수신 대기 중인 응용 프로그램이 없거나, 서비스가 중지되었거나, 방화벽이 연결을 거부한 경우입니다. 주소와 포트 번호를 확인하고 서버가 실행 중인지 확인하십시오.

WSAEHOSTDOWN = 호스트가 작동하지 않습니다.
    .detail = 대상 호스트가 작동하지 않는 것으로 보여 작업이 실패했습니다. Windows는 대개 이런 상황을 대신 WSAETIMEDOUT으로 보고합니다. 원격 컴퓨터가 켜져 있고 네트워크에 연결되어 있는지 확인하십시오.

WSAEHOSTUNREACH = 호스트로 가는 경로가 없습니다.
    .detail = 이 컴퓨터에서 대상 호스트로 가는 경로가 없어 호스트에 도달할 수 없습니다. 주소, 네트워크 연결, 라우팅 또는 게이트웨이 설정을 확인하십시오.

WSAEDISCON = 정상 종료가 진행 중입니다.
    .detail = 원격 측이 연결을 정상적으로 닫기 시작했음을 WSARecv 또는 WSARecvFrom이 알립니다. 더 이상 데이터가 도착하지 않습니다. 남은 처리를 마치고 소켓을 닫으십시오.

## Unix 호환 오류(이식성을 위해 정의되었으며 거의 반환되지 않음)

# Unix 호환 코드: Unix의 EBADF에 대응하도록 헤더에 정의되어 있으며, Winsock 자체는 거의 반환하지 않습니다.
WSAEBADF = 잘못된 파일 핸들입니다.
    .detail = 지정한 파일 또는 소켓 핸들이 유효하지 않습니다. 핸들이 열려 있는지, 이미 닫히지는 않았는지 확인하십시오.

# Unix의 ETOOMANYREFS에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAETOOMANYREFS = 참조가 너무 많습니다.
    .detail = 어떤 커널 개체에 대한 참조가 너무 많습니다. 더 이상 필요 없는 개체를 해제하고 다시 시도하십시오.

# Unix의 ELOOP에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAELOOP = 이름을 변환할 수 없습니다.
    .detail = 이름을 변환할 수 없습니다. 예를 들어 이름을 확인하는 과정이 순환에 빠진 경우입니다. 이름에 오류가 없는지 확인하십시오.

# Unix의 ENAMETOOLONG에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAENAMETOOLONG = 이름이 너무 깁니다.
    .detail = 이름 또는 이름의 일부가 허용된 길이보다 깁니다. 더 짧은 이름을 사용하십시오.

# Unix의 ENOTEMPTY에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAENOTEMPTY = 디렉터리가 비어 있지 않습니다.
    .detail = 디렉터리에 아직 항목이 있어 디렉터리를 제거할 수 없습니다. 먼저 디렉터리를 비우십시오.

# Unix의 EUSERS에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAEUSERS = 사용자 할당량을 초과했습니다.
    .detail = 사용자 수 또는 사용자 리소스에 대한 할당량이 모두 소진되었습니다. 리소스를 일부 해제하거나 관리자에게 한도를 늘려 달라고 요청하십시오.

# Unix의 EDQUOT에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAEDQUOT = 디스크 할당량을 초과했습니다.
    .detail = 디스크 공간 할당량이 모두 소진되었습니다. 공간을 확보하거나 관리자에게 할당량을 늘려 달라고 요청하십시오.

# Unix의 ESTALE(네트워크 파일 시스템 등에서 더 이상 유효하지 않은 핸들)에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAESTALE = 오래된 파일 핸들 참조입니다.
    .detail = 파일 핸들이 더 이상 사용할 수 없는 대상을 가리킵니다. 항목을 다시 열어 새 핸들을 받으십시오.

# Unix의 EREMOTE에 대응하는 호환 코드로, Winsock은 거의 반환하지 않습니다.
WSAEREMOTE = 원격 항목입니다.
    .detail = 항목이 원격 시스템에 있으므로 로컬에서는 사용할 수 없습니다. 원격 시스템을 통해 액세스하십시오.

## 시작 및 서비스 공급자

WSAEPROCLIM = 프로세스가 너무 많습니다.
    .detail = { -winsock } 구현에는 동시에 사용할 수 있는 응용 프로그램 수에 제한이 있으며 그 한도에 도달했으므로, WSAStartup이 이 오류로 실패할 수 있습니다. 네트워크를 사용하는 다른 응용 프로그램을 닫고 다시 시도하십시오.

WSASYSNOTREADY = 네트워크 하위 시스템을 사용할 수 없습니다.
    .detail = { -winsock }이 사용하는 하부 네트워크 시스템이 지금은 준비되지 않아 WSAStartup이 실패했습니다. 올바른 Ws2_32.dll이 있고 검색 경로에서 다른 Winsock DLL이 그보다 먼저 발견되지 않는지, 네트워크 구성 요소가 설치 및 구성되어 있는지, 시스템이 아직 시작되는 중은 아닌지 확인하십시오.

WSAVERNOTSUPPORTED = 지원되지 않는 Winsock 버전입니다.
    .detail = 설치된 { -winsock } 구현이 응용 프로그램에서 WSAStartup으로 요청한 버전을 지원하지 않습니다. 응용 프로그램이 지원되는 버전(보통 2.2)을 요청하는지, 시스템 DLL 대신 오래된 Winsock DLL이 로드되고 있지 않은지 확인하십시오.

WSANOTINITIALISED = WSAStartup이 성공적으로 호출되지 않았습니다.
    .detail = WSAStartup이 성공하기 전에, 또는 WSACleanup을 WSAStartup과 같은 횟수만큼 호출한 뒤에 소켓 함수를 사용했습니다. 먼저 WSAStartup을 호출하고 결과를 확인하십시오. 또한 { -winsock }을 초기화하지 않은 태스크와 소켓을 공유하고 있지 않은지 확인하십시오.

WSAEINVALIDPROCTABLE = 서비스 공급자의 프로시저 테이블이 잘못되었습니다.
    .detail = { -winsock } 서비스 공급자가 Ws2_32.dll에 유효하지 않은 프로시저 테이블을 전달했습니다. 대개 테이블의 함수 포인터 중 일부가 NULL이기 때문입니다. 문제가 있는 계층화된 서비스 공급자(LSP)나 네트워크 소프트웨어를 다시 설치하거나 제거하십시오.

WSAEINVALIDPROVIDER = 서비스 공급자 버전 번호가 잘못되었습니다.
    .detail = { -winsock } 서비스 공급자가 2.0이 아닌 버전을 보고했으며, 시스템은 이 버전을 허용하지 않습니다. WSCGetProviderInfo와 WSCGetProviderInfo32도 요청받은 프로토콜 항목을 찾을 수 없을 때 이 코드를 반환합니다. 타사 네트워크 소프트웨어와 함께 설치된 서비스 공급자를 업데이트하거나 제거하십시오.

WSAEPROVIDERFAILEDINIT = 서비스 공급자를 초기화할 수 없습니다.
    .detail = 서비스 공급자를 시작할 수 없었습니다. 서비스 공급자의 DLL을 LoadLibrary로 로드하지 못했거나, 서비스 공급자의 WSPStartup 또는 NSPStartup 함수가 오류를 보고했습니다. 관련 네트워크 소프트웨어를 다시 설치하거나 Winsock 카탈로그를 재설정(netsh winsock reset)하면 해결되는 경우가 많습니다.

WSASYSCALLFAILURE = 시스템 호출이 실패했습니다.
    .detail = 실패해서는 안 되는 시스템 호출이 실패했습니다. 예를 들어 WaitForMultipleObjects로 이벤트를 기다리는 호출이나, 프로토콜 또는 네임스페이스 카탈로그에 대한 레지스트리 작업이 실패한 경우입니다. 서비스 공급자가 더 구체적인 코드 없이 실패를 보고할 때도 반환되며, 이는 해당 서비스 공급자의 버그를 나타낼 수 있습니다.

## 서비스 조회(네임스페이스 공급자)

# WSA_E_NO_MORE(10110)와 같은 상황을 다른 번호로 나타냅니다. Windows Sockets 2에서 "더 이상 결과 없음"에 해당하는 코드가 서로 충돌하게 두 개 정의되었습니다. WSAENOMORE는 사용되지 않는 예전 번호이고, WSA_E_NO_MORE는 WSALookupServiceNext가 반환하는 새 번호이므로 응용 프로그램은 둘 다 처리해야 합니다. 두 번역을 동일하게 유지합니다.
WSAENOMORE = 더 이상 결과가 없습니다.
    .detail = WSALookupServiceNext가 이 조회에 대해 더 이상 반환할 결과가 없습니다. 이는 조회가 정상적으로 끝났음을 나타냅니다. WSALookupServiceEnd를 호출해 조회를 마치십시오.

# WSA_E_CANCELLED(10111)와 같은 상황을 다른 번호로 나타내며, WSAENOMORE / WSA_E_NO_MORE 쌍과 함께 정의되었습니다. WSAECANCELLED가 예전 번호이고, WSALookupServiceEnd가 보류 중인 WSALookupServiceNext를 취소할 때 보고되는 새 번호는 WSA_E_CANCELLED입니다. 두 번역을 동일하게 유지합니다.
WSAECANCELLED = 조회 호출이 취소되었습니다.
    .detail = WSALookupServiceNext 호출이 아직 실행 중일 때 WSALookupServiceEnd가 호출되어 해당 조회가 취소되었습니다. 조회를 일찍 끝낸 경우에는 예상되는 결과입니다.

WSASERVICE_NOT_FOUND = 서비스를 찾을 수 없습니다.
    .detail = 검색한 네임스페이스에 해당 서비스가 알려져 있지 않습니다. 서비스 이름이 올바른지, 올바른 네임스페이스를 조회했는지 확인하십시오.

WSATYPE_NOT_FOUND = 클래스 유형을 찾을 수 없습니다.
    .detail = 요청한 서비스 클래스 유형을 찾을 수 없습니다. 해당 클래스가 설치되고 등록되어 있는지 확인하십시오. getaddrinfo는 서비스 이름을 요청한 소켓 유형으로 사용할 수 없을 때 같은 코드를 EAI_SERVICE로 보고합니다.

# WSAENOMORE(10102)와 같은 상황이며, 이쪽이 WSALookupServiceNext가 반환하고 네임스페이스 공급자가 사용해야 하는 새 번호입니다. 번호가 두 개인 것은 Windows Sockets 2가 같은 상황에 충돌하는 코드를 정의했고 예전 번호를 단계적으로 없애고 있기 때문입니다. 두 번역을 동일하게 유지합니다.
WSA_E_NO_MORE = 더 이상 결과가 없습니다.
    .detail = WSALookupServiceNext가 이 조회에 대해 더 이상 반환할 결과가 없습니다. 이는 조회가 정상적으로 끝났음을 나타냅니다. WSALookupServiceEnd를 호출해 조회를 마치십시오.

# WSAECANCELLED(10103)와 같은 상황이며, WSALookupServiceEnd가 보류 중인 WSALookupServiceNext를 취소할 때 보고되는 새 번호입니다. 예전 번호는 호환성을 위해서만 남아 있습니다. 두 번역을 동일하게 유지합니다.
WSA_E_CANCELLED = 조회 호출이 취소되었습니다.
    .detail = WSALookupServiceNext 호출이 아직 실행 중일 때 WSALookupServiceEnd가 호출되어 해당 조회가 취소되었습니다. 조회를 일찍 끝낸 경우에는 예상되는 결과입니다.

WSAEREFUSED = 데이터베이스 조회가 거부되었습니다.
    .detail = 네임스페이스 데이터베이스가 조회를 명시적으로 거부했습니다. 서버나 서비스 공급자가 이 요청을 허용하지 않을 수 있습니다. 권한과 조회 내용을 확인하십시오.

## 호스트 이름 확인

WSAHOST_NOT_FOUND = 호스트를 찾을 수 없습니다.
    .detail = 해당 이름의 호스트가 알려져 있지 않습니다. 조회한 데이터베이스나 DNS 서버에 공식 호스트 이름으로도 별칭으로도 없습니다. 이름의 철자와 DNS 설정을 확인하십시오. 프로토콜이나 서비스 조회에서는 해당 데이터베이스에서 이름을 찾지 못했다는 뜻입니다.

WSATRY_AGAIN = 이름 확인이 일시적으로 실패했습니다(권한 없는 서버에서 호스트를 찾지 못함).
    .detail = 로컬 DNS 서버가 그 이름에 대해 권한 있는(authoritative) 서버로부터 응답을 받지 못해 현재로서는 이름 확인에 실패했습니다. 대개 일시적인 문제입니다. 나중에 다시 시도하고, 문제가 계속되면 네트워크 연결과 DNS 서버를 확인하십시오.

# wsaerr-allow: glossary (여기서 hosts는 hosts 파일입니다)
WSANO_RECOVERY = 복구할 수 없는 이름 확인 오류입니다.
    .detail = 다시 시도해도 해결되지 않는 오류로 이름 확인이 실패했습니다. 로컬 데이터베이스 파일(hosts, services, protocols)이 없거나 DNS 서버가 심각한 오류로 응답했을 수 있습니다. DNS 구성을 확인하십시오.

WSANO_DATA = 이름은 유효하지만 요청한 유형의 데이터가 없습니다.
    .detail = 이름은 존재하지만 요청한 종류의 레코드가 없습니다. 예를 들어 메일(MX) 레코드는 있지만 주소(A 또는 AAAA) 레코드가 없는 호스트에는 그 이름으로 직접 도달할 수 없습니다.

WSA_SECURE_HOST_NOT_FOUND = 보안 이름 확인에서 호스트를 찾을 수 없습니다.
    .detail = DNSSEC 유효성 검사가 필요한 경우처럼 보안이 적용된 이름 확인에서 호스트를 찾지 못했습니다. 이름이 존재하지 않거나 올바르게 서명되지 않았을 수 있습니다. 이름과 DNS 보안 설정을 확인하십시오.

WSA_IPSEC_NAME_POLICY_ERROR = 이름 기반 IPsec 정책을 추가할 수 없습니다.
    .detail = 시스템에서 호스트 이름을 기반으로 하는 IPsec 정책을 추가하지 못했습니다. IPsec 및 연결 보안 규칙과 그 이름 설정을 확인하십시오.

## 이벤트 개체와 중첩 I/O

WSA_INVALID_HANDLE = 지정한 이벤트 개체 핸들이 잘못되었습니다.
    .detail = 응용 프로그램이 유효하지 않은 이벤트 개체 핸들을 사용했습니다. 예를 들어 이미 닫힌 핸들일 수 있습니다. 핸들을 WSACreateEvent로 만들었고 아직 열려 있는지 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_INVALID_HANDLE(6)의 값과 같습니다.

WSA_NOT_ENOUGH_MEMORY = 메모리가 부족합니다.
    .detail = 하부 Windows 함수를 사용하는 { -winsock } 함수가 메모리가 부족하여 실패했습니다. 다른 응용 프로그램을 닫거나 메모리를 확보한 뒤 다시 시도하십시오. 이 코드의 값은 Windows 오류 ERROR_NOT_ENOUGH_MEMORY(8)의 값과 같습니다.

WSA_INVALID_PARAMETER = 하나 이상의 매개 변수가 잘못되었습니다.
    .detail = { -winsock } 함수가 인수를 하부 Windows 함수에 전달했는데, 그 함수가 인수 중 하나 이상을 받아들이지 않았습니다. 호출의 매개 변수를 모두 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_INVALID_PARAMETER(87)의 값과 같습니다.

WSA_OPERATION_ABORTED = 중첩 I/O 작업이 중단되었습니다.
    .detail = 소켓이 닫혔거나 WSAIoctl로 SIO_FLUSH 명령이 실행되어, 중첩 I/O 작업이 완료되기 전에 취소되었습니다. I/O가 보류 중인 소켓을 응용 프로그램이 닫으면 예상되는 결과이며, 이 코드의 값은 Windows 오류 ERROR_OPERATION_ABORTED(995)의 값과 같습니다.

WSA_IO_INCOMPLETE = 중첩 I/O 이벤트 개체가 신호를 받은 상태가 아닙니다.
    .detail = 응용 프로그램이 아직 완료되지 않은 중첩 I/O 작업의 결과를 요청했습니다. fWait 플래그를 FALSE로 설정한 WSAGetOverlappedResult로 폴링하면 작업이 완료될 때까지 이 값이 반환됩니다. 기다렸다가 다시 요청하십시오. 이 코드의 값은 Windows 오류 ERROR_IO_INCOMPLETE(996)의 값과 같습니다.

WSA_IO_PENDING = 중첩 I/O 작업이 나중에 완료됩니다.
    .detail = 중첩 I/O 작업이 시작되었지만 즉시 완료되지 않았습니다. 이는 실패가 아닙니다. 작업이 끝나면 응용 프로그램은 이벤트 개체, 완료 루틴 또는 I/O 완료 포트(IOCP)를 통해 통지를 받으며, 그 후 WSAGetOverlappedResult로 결과를 확인할 수 있습니다. 이 코드의 값은 Windows 오류 ERROR_IO_PENDING(997)의 값과 같습니다.

## 서비스 품질(QoS)

# QoS 상태 코드: RSVP 예약 요청(RESV) 메시지가 도착했다는 뜻으로, 예약을 원하는 수신자가 하나 이상 있음을 알립니다. RSVP는 리소스 예약 프로토콜(Resource Reservation Protocol)입니다.
WSA_QOS_RECEIVERS = QoS 수신자가 있습니다.
    .detail = 수신자로부터 QoS 예약 요청(RSVP RESV 메시지)이 하나 이상 도착했습니다. 실패가 아니라 상태 보고입니다.

# QoS 상태 코드: RSVP 경로(PATH) 메시지가 도착했다는 뜻으로, 트래픽을 알리는 송신자가 하나 이상 있음을 알립니다.
WSA_QOS_SENDERS = QoS 송신자가 있습니다.
    .detail = 송신자로부터 QoS 경로 메시지(RSVP PATH 메시지)가 하나 이상 도착했습니다. 실패가 아니라 상태 보고입니다.

WSA_QOS_NO_SENDERS = QoS 송신자가 없습니다.
    .detail = 이 흐름에 QoS 송신자가 더 이상 없습니다. 상태 보고이며, 송신자에 의존하던 예약은 더 이상 적용되지 않습니다.

WSA_QOS_NO_RECEIVERS = QoS 수신자가 없습니다.
    .detail = 이 흐름에 QoS 수신자가 더 이상 없습니다. 상태 보고이며, 송신자가 지켜야 할 예약이 없습니다.

WSA_QOS_REQUEST_CONFIRMED = QoS 요청이 확인되었습니다.
    .detail = 네트워크에서 QoS 예약 요청을 확인했습니다. 성공 통지입니다.

WSA_QOS_ADMISSION_FAILURE = QoS 요청이 수락 제어를 통과하지 못했습니다.
    .detail = 경로상의 대역폭 같은 리소스가 부족하여 QoS 요청을 수락할 수 없었습니다. 더 적은 리소스를 요청하거나 나중에 다시 시도하십시오.

WSA_QOS_POLICY_FAILURE = QoS 정책 검사에 실패했습니다.
    .detail = 정책 시스템이 현재 정책에 따라 요청한 리소스를 허용할 수 없어 QoS 요청이 거부되었습니다. QoS 정책을 확인하거나 관리자에게 문의하십시오.

# 여기서 "스타일"은 RSVP 예약 스타일(송신자들이 필터를 공유하는 방식)을 말합니다.
WSA_QOS_BAD_STYLE = 잘못된 QoS 예약 스타일입니다.
    .detail = 알 수 없거나 서로 충돌하는 QoS 예약 스타일이 발견되었습니다. 요청에 지정한 예약 스타일을 확인하십시오.

# 필터 사양(FILTERSPEC)은 예약이 적용될 패킷을 선택하는 RSVP 필터 사양입니다.
WSA_QOS_BAD_OBJECT = 잘못된 QoS 개체입니다.
    .detail = 필터 사양(FILTERSPEC) 또는 서비스 공급자별 버퍼 전반에 문제가 있습니다. 호출에 전달한 QoS 구조체를 확인하십시오.

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS 트래픽 제어 오류입니다.
    .detail = 일반 QoS 요청을 로컬에 적용하는 중에 하부 트래픽 제어(TC) 인터페이스가 실패했습니다. 메모리 부족이나 QoS 서비스 공급자의 내부 오류 등이 원인일 수 있습니다.

WSA_QOS_GENERIC_ERROR = 일반 QoS 오류입니다.
    .detail = 더 구체적인 코드가 없는 일반적인 QoS 오류가 발생했습니다. QoS 요청과 서비스 공급자의 상태를 확인하십시오.

# 흐름 사양(FLOWSPEC)은 흐름의 트래픽과 요청하는 서비스 유형을 설명하는 구조체입니다.
WSA_QOS_ESERVICETYPE = 잘못된 QoS 서비스 유형입니다.
    .detail = 흐름 사양(FLOWSPEC)에 유효하지 않거나 인식할 수 없는 서비스 유형이 들어 있습니다. SERVICETYPE_GUARANTEED나 SERVICETYPE_CONTROLLEDLOAD처럼 정의된 서비스 유형 중 하나를 사용하십시오.

WSA_QOS_EFLOWSPEC = 잘못된 QoS 흐름 사양입니다.
    .detail = QOS 구조체의 흐름 사양(FLOWSPEC)이 유효하지 않거나 일관되지 않습니다. 속도, 크기, 서비스 유형을 확인하십시오.

WSA_QOS_EPROVSPECBUF = 잘못된 QoS 서비스 공급자별 버퍼입니다.
    .detail = QoS 요청과 함께 전달한 서비스 공급자별 버퍼(ProviderSpecific)가 유효하지 않습니다. 버퍼의 크기와 내용을 확인하십시오.

WSA_QOS_EFILTERSTYLE = 잘못된 QoS 필터 스타일입니다.
    .detail = 지정한 QoS 필터 스타일이 유효하지 않습니다. 지원되는 필터 스타일을 사용하십시오.

WSA_QOS_EFILTERTYPE = 잘못된 QoS 필터 유형입니다.
    .detail = 지정한 QoS 필터 유형이 유효하지 않습니다. 지원되는 필터 유형을 사용하십시오.

WSA_QOS_EFILTERCOUNT = QoS 필터 개수가 잘못되었습니다.
    .detail = FLOWDESCRIPTOR에 지정한 필터 사양(FILTERSPEC) 개수가 올바르지 않습니다. 개수를 실제로 제공한 필터 수와 일치시키십시오.

WSA_QOS_EOBJLENGTH = 잘못된 QoS 개체 길이입니다.
    .detail = QoS 서비스 공급자별 버퍼에 있는 개체의 ObjectLength 필드가 유효하지 않습니다. 버퍼에 있는 각 개체의 길이를 확인하십시오.

WSA_QOS_EFLOWCOUNT = QoS 흐름 개수가 잘못되었습니다.
    .detail = QOS 구조체에 지정한 흐름 설명자 개수가 올바르지 않습니다. 개수를 실제로 제공한 흐름 설명자 수와 일치시키십시오.

# 식별자의 UNKOWN은 Windows 헤더에 정의된 철자 그대로입니다(UNKNOWN의 오타이지만 고치면 안 됩니다).
WSA_QOS_EUNKOWNPSOBJ = 알 수 없는 QoS 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 서비스 공급자가 인식하지 못하는 유형의 개체가 들어 있습니다. 그 개체를 제거하거나 지원되는 개체 유형을 사용하십시오.

WSA_QOS_EPOLICYOBJ = 잘못된 QoS 정책 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 정책 개체가 들어 있습니다. 버퍼의 정책 데이터를 확인하십시오.

WSA_QOS_EFLOWDESC = 잘못된 QoS 흐름 설명자입니다.
    .detail = 흐름 설명자 목록의 항목 중 하나가 유효하지 않습니다. 요청의 각 흐름 설명자(FLOWDESCRIPTOR)를 확인하십시오.

WSA_QOS_EPSFLOWSPEC = 잘못된 QoS 서비스 공급자별 흐름 사양입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않거나 일관되지 않은 흐름 사양(FLOWSPEC)이 들어 있습니다. 버퍼 안의 흐름 사양을 확인하십시오.

WSA_QOS_EPSFILTERSPEC = 잘못된 QoS 서비스 공급자별 필터 사양입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 필터 사양(FILTERSPEC)이 들어 있습니다. 버퍼 안의 필터 사양을 확인하십시오.

# "셰이핑·폐기 모드"(shape discard mode)는 흐름의 한도를 넘는 패킷을 트래픽 셰이퍼가 어떻게 처리할지(지연, 폐기 등) 정하는 설정입니다.
WSA_QOS_ESDMODEOBJ = 잘못된 QoS 셰이핑·폐기 모드 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 셰이핑·폐기 모드 개체(QOS_SD_MODE)가 들어 있습니다. 그 개체의 모드 값을 확인하십시오.

# "셰이핑 속도"(shaping rate)는 트래픽 셰이퍼가 흐름의 패킷을 내보내는 속도입니다.
WSA_QOS_ESHAPERATEOBJ = 잘못된 QoS 셰이핑 속도 개체입니다.
    .detail = QoS 서비스 공급자별 버퍼에 유효하지 않은 셰이핑 속도 개체(QOS_SHAPING_RATE)가 들어 있습니다. 그 개체에 지정한 속도를 확인하십시오.

# "reserved"는 응용 프로그램이 사용하도록 정해지지 않은, 예약된 유형이라는 뜻입니다. Microsoft 용어에 따라 "예약된"으로 옮겼으며, RSVP 예약(reservation)과는 관계가 없습니다.
WSA_QOS_RESERVED_PETYPE = 예약된 QoS 정책 요소 유형입니다.
    .detail = QoS 서비스 공급자별 버퍼에 예약된(reserved) 유형의 정책 요소가 들어 있습니다. 그 요소를 제거하거나 허용된 정책 요소 유형을 사용하십시오.

## 페이지와 목록에 쓰는 레이블: 그룹 이름, 페이지 제목, 필터 주변 문구

group-socket = 소켓 작업
group-unix-compat = Unix 호환
group-startup = 시작 및 서비스 공급자
group-service-lookup = 서비스 조회
group-name-resolution = 이름 확인
group-overlapped = 중첩 I/O 및 이벤트
group-qos = 서비스 품질(QoS)
page-heading = Winsock 오류 코드
page-languages = 다른 언어
page-filter = 번호, 이름 또는 단어로 목록 필터링
page-query-too-long = 검색어가 너무 깁니다.
table-name = 이름
table-number = 번호
# wsaerr-allow: identifier-added (the 16 of "hexadecimal", as the language writes it)
table-hex = 16진수
table-group = 그룹
table-title = 제목
table-detail = 설명
