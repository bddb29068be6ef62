### Windows 套接字（Winsock）错误代码的简体中文消息目录。
### 每条消息的 ID 是一个 Winsock 错误的符号名（如 WSAETIMEDOUT），消息值是显示给用户的简短标题，
### .detail 属性是一行详细说明。函数、常量、选项、结构和文件名（WSAStartup、setsockopt、SO_BROADCAST、
### ADDR_ANY、FLOWSPEC、Ws2_32.dll 等）是代码标识符，一律保留原样，不得翻译。
### 术语表：下列 Fluent 术语定义本术语表，术语 ID 为各语言共用的 ID，en-US 定义了全部 ID。
### 标题和说明中不引用术语，而是直接写出术语表中的用词；唯一的例外是 { -winsock }：
### 仅在 en-US 对应部分（标题或说明）引用 { -winsock } 的地方同样引用它。
### socket = 套接字
### Windows Sockets (Winsock) = Windows 套接字
### host = 主机
### peer = 对端
### port = 端口
### service provider = 服务提供程序
### layered service provider (LSP) = 分层服务提供程序
### name space = 命名空间
### name resolution = 名称解析
### overlapped I/O = 重叠 I/O
### completion port = 完成端口
### event object = 事件对象
### blocking / nonblocking = 阻塞 / 非阻塞
### stream = 流
### datagram = 数据报
### address family = 地址族
### protocol family = 协议族
### keep-alive = 保活
### handle = 句柄
### buffer = 缓冲区
### QoS (quality of service) = QoS
### sender = 发送方
### receiver = 接收方
### reservation (RSVP) = 预留（注意：与表示“保留值”的 reserved 不同）
### admission control = 准入控制
### policy = 策略
### traffic control = 流量控制
### flowspec (FLOWSPEC) = 流规范
### filter = 筛选器
### filterspec (FILTERSPEC) = 筛选器规范
### flow descriptor (FLOWDESCRIPTOR) = 流描述符
### shaping = 整形（shape discard mode = 整形丢弃模式）
### 没有术语 ID 的常用词也保持一致：name lookup = 名称解析（服务查找和数据库查询仍称“查找”“查询”），
### catalog = 目录（Winsock 目录、协议目录），provider-specific = 服务提供程序专用，task = 任务。

# en-US: Windows Sockets
-winsock = Windows 套接字
# en-US: socket
-socket = 套接字
# en-US: host
-host = 主机
# en-US: peer
-peer = 对端
# en-US: port
-port = 端口
# en-US: handle
-handle = 句柄
# en-US: buffer
-buffer = 缓冲区
# en-US: stream
-stream = 流
# en-US: blocking
-blocking = 阻塞
# en-US: nonblocking
-nonblocking = 非阻塞
# en-US: datagram
-datagram = 数据报
# en-US: address family
-address-family = 地址族
# en-US: protocol family
-protocol-family = 协议族
# en-US: keep-alive
-keepalive = 保活
# en-US: service provider
-provider = 服务提供程序
# en-US: layered service provider
-layered-provider = 分层服务提供程序
# en-US: name space
-namespace = 命名空间
# en-US: name resolution
-name-resolution = 名称解析
# en-US: event object
-event-object = 事件对象
# en-US: overlapped I/O
-overlapped = 重叠 I/O
# en-US: completion port
-completion-port = 完成端口
# en-US: QoS
-qos = QoS
# en-US: policy
-policy = 策略
# en-US: reservation
-reservation = 预留
# en-US: admission control
-admission-control = 准入控制
# en-US: traffic control
-traffic-control = 流量控制
# en-US: flowspec
-flowspec = 流规范
# en-US: filter
-filter = 筛选器
# en-US: filterspec
-filterspec = 筛选器规范
# en-US: flow descriptor
-flow-descriptor = 流描述符
# en-US: shaping
-shaping = 整形
# en-US: sender
-sender = 发送方
# en-US: receiver
-receiver = 接收方

## 套接字操作

WSAEINTR = 函数调用被中断。
    .detail = 正在等待的阻塞调用在完成之前被打断，传统上是由 WSACancelBlockingCall 引起的，这是 { -winsock } 1.1 遗留的函数，{ -winsock } 2 程序不应再使用。另一个线程在调用等待期间用 closesocket 关闭该套接字也会产生同样的结果；如果中断并非有意为之，可以重新发起调用。

WSAEACCES = 权限被拒绝。
    .detail = 对套接字的使用方式超出了其访问权限所允许的范围。常见原因是未先用 setsockopt 启用 SO_BROADCAST 就调用 sendto 向广播地址发送数据，或者调用 bind 时所用的本地地址和端口已被其他程序、服务或驱动程序通过 SO_EXCLUSIVEADDRUSE 独占；防火墙或安全软件也可能拦截此类访问。

WSAEFAULT = 地址无效。
    .detail = 传给套接字函数的某个指针没有指向有效的内存，或者某个缓冲区或长度参数太小。请逐一检查指针参数，并确认长度值与实际缓冲区大小相符；例如 sockaddr 结构的长度至少应为 sizeof(sockaddr)。

WSAEINVAL = 参数无效。
    .detail = 调用中有参数无效，例如向 setsockopt 传入了不存在的选项级别。该错误也可能表示调用与套接字的当前状态不符，例如对尚未调用 listen 的套接字调用 accept。

WSAEMFILE = 打开的套接字过多。
    .detail = 本程序已无可用的套接字句柄。该上限可能针对整个系统、单个进程或单个线程；请关闭不再需要的套接字，并排查句柄泄漏。

WSAEWOULDBLOCK = 资源暂时不可用。
    .detail = 非阻塞套接字上的操作无法立即完成，例如调用 recv 时还没有数据到达。这并非真正的失败：请等待套接字就绪（可借助 select、WSAPoll 或事件通知）后重试；对非阻塞的 SOCK_STREAM 套接字调用 connect 时，在连接建立期间返回此错误属于正常现象。

# 与 WSAEALREADY 不同：此错误表示当前任务或线程中已有一个“阻塞”调用正在执行。
WSAEINPROGRESS = 已有阻塞操作正在执行。
    .detail = { -winsock }规定每个任务或线程同一时刻只能有一个未完成的阻塞调用，而在前一个调用尚未返回时又发起了新的调用。这主要出现在按 { -winsock } 1.1 方式编写的旧程序中；请确保先前的阻塞调用返回后再发起新的调用。

# 与 WSAEINPROGRESS 不同：此错误针对的是“非阻塞”套接字上已经开始、尚未结束的操作。
WSAEALREADY = 该非阻塞套接字上已有操作正在进行。
    .detail = 对某个非阻塞套接字请求的操作与它尚未结束的同类操作冲突，例如在第一次 connect 仍在建立连接时再次调用 connect。取消一个已经完成或已被取消的异步请求（WSAAsyncGetXbyY 类函数）时也会返回此错误。

WSAENOTSOCK = 对非套接字对象执行了套接字操作。
    .detail = 传给函数的句柄不是有效的套接字：它可能从来就不是套接字，也可能已被关闭；对于 select，则是 fd_set 中有某一项不是有效的套接字。

WSAEDESTADDRREQ = 缺少目标地址。
    .detail = 该操作必须提供目标地址，但调用中没有给出。例如调用 sendto 时把远程地址设为 ADDR_ANY；请改为提供对端的实际地址。

WSAEMSGSIZE = 消息过长。
    .detail = 要发送的数据报超过了协议或网络所能承载的上限，或者接收缓冲区小于到达的数据报，此时该数据报会被截断。请减小消息长度，或改用更大的接收缓冲区。

WSAEPROTOTYPE = 协议与套接字类型不匹配。
    .detail = 调用 socket 时指定的协议不支持所请求套接字类型的语义，例如 UDP 不能用于 SOCK_STREAM 类型的套接字。请选择与类型相符的协议，或把协议参数设为 0 交由系统选择。

WSAENOPROTOOPT = 协议选项无效。
    .detail = 传给 getsockopt 或 setsockopt 的选项或级别未知、无效，或者当前协议不支持。请确认该选项属于正确的级别（如 SOL_SOCKET 或 IPPROTO_TCP），并且该套接字类型支持它。

WSAEPROTONOSUPPORT = 不支持该协议。
    .detail = 所请求的协议没有在本系统中配置，或者根本没有实现。协议与套接字类型冲突时也会出现此错误，例如请求 SOCK_DGRAM 类型的套接字却指定了面向流的协议。

WSAESOCKTNOSUPPORT = 不支持该套接字类型。
    .detail = 当前地址族不支持所请求的套接字类型。例如实现可能根本不提供 SOCK_RAW 类型的原始套接字，或者要求以管理员权限创建。

WSAEOPNOTSUPP = 不支持该操作。
    .detail = 所引用的套接字或对象类型不支持请求的操作。典型情形是在数据报套接字上调用 accept 或 listen，而这类套接字根本没有可接受的连接。

# WSAEPFNOSUPPORT 针对整个协议族；下一条 WSAEAFNOSUPPORT 针对套接字所用的地址族。二者几乎可以互换，Windows 多数情况下报告 WSAEAFNOSUPPORT。
WSAEPFNOSUPPORT = 不支持该协议族。
    .detail = 所请求的协议族没有在本系统中配置，或者没有相应的实现。实际上 { -winsock }函数遇到这种情况时通常报告 WSAEAFNOSUPPORT。

# 参见 WSAEPFNOSUPPORT 上方的注释：此错误指地址族（如 AF_INET）与协议或套接字不匹配。
WSAEAFNOSUPPORT = 协议族不支持该地址族。
    .detail = 使用了协议无法处理的地址族的地址。常见原因是调用 socket 时请求了不属于该地址族的协议，或者在 sendto、connect 等调用中把 IPv6 地址用于 AF_INET 套接字（或反之）。

WSAEADDRINUSE = 地址已被占用。
    .detail = 该地址和端口已被另一个套接字绑定，那个套接字可能仍在关闭过程中或未被正确关闭。请停止占用端口的程序或改用其他端口；确需共用端口的服务器可设置 SO_REUSEADDR，客户端一般根本不必调用 bind。如果 bind 使用的是通配地址（ADDR_ANY），此错误可能要等到地址真正确定时，即之后调用 connect、WSAConnect、listen 或 WSAJoinLeaf 时才出现。

WSAEADDRNOTAVAIL = 无法分配请求的地址。
    .detail = 该地址在当前上下文中无效。通常是 bind 使用了不属于本机的 IP 地址，或者 connect 或 sendto 使用了无法使用的远程地址或端口，例如端口 0 或地址 0.0.0.0。

WSAENETDOWN = 网络已断开。
    .detail = 网络子系统、网络适配器或本地网络发生了故障。请检查网络连接和网卡；若问题持续，可重启网络组件或计算机。

WSAENETUNREACH = 网络不可达。
    .detail = 本机找不到通往目标网络的路由。请检查网络连接、默认网关和路由表，并确认目标地址是否正确。

WSAENETRESET = 连接因网络重置而断开。
    .detail = 操作进行期间，保活探测发现对端或通往对端的路径已经失效，连接因此被断开。对已经失效的连接用 setsockopt 启用 SO_KEEPALIVE 时也可能返回此错误；需要重新建立连接。

WSAECONNABORTED = 本机软件中止了连接。
    .detail = 已建立的连接被本机上的软件关闭，常见原因是数据传输超时或协议错误。会切断连接的防火墙、杀毒软件或 VPN 软件也可能导致此错误；请重新连接，若反复出现，请检查这类软件。

WSAECONNRESET = 连接被对端重置。
    .detail = 远程主机强行关闭了现有连接：对端程序可能已崩溃或被终止，远程主机可能已重启或断开网络，也可能是对端以硬关闭方式（启用 SO_LINGER 并把超时设为 0）关闭了套接字。请重新连接并检查对端。

WSAENOBUFS = 没有可用的缓冲区空间。
    .detail = 系统的缓冲区空间不足或某个队列已满，无法执行该套接字操作。这通常意味着打开的连接过多、内存耗尽或临时端口已用完；请关闭不用的套接字，稍后再试。

WSAEISCONN = 套接字已经连接。
    .detail = 对已经建立连接的套接字再次调用了 connect。有些实现在已连接的 SOCK_DGRAM 套接字上用 sendto 指定目标地址时也会返回此错误。

WSAENOTCONN = 套接字未连接。
    .detail = 该套接字尚未连接，因此不能在其上收发数据，而且也没有提供目标地址（数据报套接字可用 sendto 指定地址）。其他调用也可能返回此错误，例如连接被重置后再去设置 SO_KEEPALIVE 选项；请先建立连接。

WSAESHUTDOWN = 套接字的发送方向已关闭，无法再发送。
    .detail = 该套接字的这个传输方向已被先前的 shutdown 调用关闭，因此发送或接收请求被拒绝。一个方向一旦关闭，就不能在该套接字上再次使用。

WSAETIMEDOUT = 连接超时。
    .detail = 对端没有在规定时间内响应，可能发生在建立连接时，也可能发生在已建立的连接上。远程主机可能已离线或负载过高，也可能是防火墙悄悄丢弃了数据包；请检查地址、端口和防火墙设置。

WSAECONNREFUSED = 连接被拒绝。
    .detail = 目标计算机主动拒绝了连接。通常是该端口上没有程序在监听、服务已停止，或者防火墙拒绝了连接；请检查地址、端口号以及服务器程序是否在运行。

WSAEHOSTDOWN = 主机已停止运行。
    .detail = 目标主机看起来已停止运行，操作因此失败。Windows 通常会以 WSAETIMEDOUT 报告这种情况；请确认远程计算机已开机并接入网络。

WSAEHOSTUNREACH = 无法到达主机（没有到该主机的路由）。
    .detail = 从本机无法到达目标主机，因为没有任何路由通往它。请检查目标地址、网络连接以及路由和网关设置。

WSAEDISCON = 对端正在正常关闭连接。
    .detail = WSARecv 或 WSARecvFrom 以此表示对端已开始有序地关闭连接，之后不会再有数据到达。请处理完已收到的数据并关闭本端套接字。

## 兼容 Unix 的错误（为可移植性而定义，很少返回）

# 兼容 Unix 的错误码，对应 EBADF，Winsock 本身很少返回。
WSAEBADF = 文件句柄无效。
    .detail = 提供的文件或套接字句柄无效。请确认该句柄处于打开状态，且没有被提前关闭。

# 兼容 Unix 的错误码，对应 ETOOMANYREFS，Winsock 很少返回。
WSAETOOMANYREFS = 引用过多。
    .detail = 对某个内核对象的引用数量过多。请释放不再需要的对象后重试。

# 兼容 Unix 的错误码，对应 ELOOP（Unix 中意为符号链接层数过多），Winsock 很少返回。
WSAELOOP = 无法转换名称。
    .detail = 某个名称无法被转换，例如解析过程中出现了循环。请检查名称是否有误。

# 兼容 Unix 的错误码，对应 ENAMETOOLONG，Winsock 很少返回。
WSAENAMETOOLONG = 名称过长。
    .detail = 某个名称或其中的某一部分超过了允许的长度。请改用较短的名称。

# 兼容 Unix 的错误码，对应 ENOTEMPTY，Winsock 很少返回。
WSAENOTEMPTY = 目录不为空。
    .detail = 目录中仍有内容，因此无法删除。请先清空该目录。

# 兼容 Unix 的错误码，对应 EUSERS，Winsock 很少返回。
WSAEUSERS = 超出用户配额。
    .detail = 用户数或用户资源的配额已经用尽。请释放部分资源，或请管理员提高限额。

# 兼容 Unix 的错误码，对应 EDQUOT，Winsock 很少返回。
WSAEDQUOT = 超出磁盘配额。
    .detail = 磁盘空间配额已经用完。请释放部分空间，或请管理员提高配额。

# 兼容 Unix 的错误码，对应 ESTALE（常见于网络文件系统中失效的句柄），Winsock 很少返回。
WSAESTALE = 文件句柄引用已失效。
    .detail = 该文件句柄所指向的对象已不再可用。请重新打开该对象以获得新的句柄。

# 兼容 Unix 的错误码，对应 EREMOTE，Winsock 很少返回。
WSAEREMOTE = 该项位于远程系统上。
    .detail = 所请求的项在本地不可用，它存放在远程系统上。请通过该远程系统访问它。

## 启动与服务提供程序

WSAEPROCLIM = 进程过多。
    .detail = { -winsock }实现可能限制同时使用它的应用程序数量，目前已达到该上限，因此 WSAStartup 可能以此错误失败。请关闭其他使用网络的程序后重试。

WSASYSNOTREADY = 网络子系统不可用。
    .detail = { -winsock }所依赖的底层网络系统当前尚未就绪，因此 WSAStartup 失败。请检查：正确的 Ws2_32.dll 是否就位，搜索路径中是否有其他 Winsock DLL 排在它前面，网络组件是否已安装和配置，以及系统是否仍在启动过程中。

WSAVERNOTSUPPORTED = 不支持该 Winsock 版本。
    .detail = 应用程序在 WSAStartup 中请求的 { -winsock }规范版本不在当前实现所支持的范围内。请确认程序请求的是受支持的版本（通常为 2.2），并且加载的不是旧版 { -winsock } DLL 而是系统自带的版本。

WSANOTINITIALISED = 尚未成功调用 WSAStartup。
    .detail = 在 WSAStartup 成功之前，或在 WSACleanup 的调用次数已与 WSAStartup 相同（初始化已全部撤销）之后，使用了套接字函数。请先调用 WSAStartup 并检查其返回值；另外请确认没有与从未初始化 { -winsock }的任务共享套接字。

WSAEINVALIDPROCTABLE = 服务提供程序的过程调用表无效。
    .detail = 某个 { -winsock }服务提供程序交给 Ws2_32.dll 的过程调用表无效，通常是其中有函数指针为 NULL。请重新安装或移除有问题的分层服务提供程序（LSP）或相关网络软件。

WSAEINVALIDPROVIDER = 服务提供程序版本号无效。
    .detail = 某个 { -winsock }服务提供程序报告的版本号不是 2.0，系统不接受这样的版本；调用 WSCGetProviderInfo 或 WSCGetProviderInfo32 时，若所查询的协议条目不存在，也会得到此错误。请更新或移除随第三方网络软件安装的服务提供程序。

WSAEPROVIDERFAILEDINIT = 无法初始化服务提供程序。
    .detail = 某个服务提供程序无法启动：要么用 LoadLibrary 加载其 DLL 失败，要么其 WSPStartup 或 NSPStartup 函数报告了错误。重新安装相关网络软件或重置 Winsock 目录（netsh winsock reset）通常可以解决。

WSASYSCALLFAILURE = 系统调用失败。
    .detail = 某个本不应失败的系统调用失败了，例如用 WaitForMultipleObjects 等待事件，或在操作协议目录、命名空间目录时调用注册表函数。服务提供程序报告失败却没有给出更具体的错误代码时也会返回这一通用错误，这可能说明该服务提供程序的实现有缺陷。

## 服务查找（命名空间提供程序）

# 与 WSA_E_NO_MORE（10110）是同一种情况，只是编号不同。Windows 套接字 2 为“没有更多结果”定义了两个相互冲突的代码：WSAENOMORE 是旧的、已不推荐使用的代码，WSA_E_NO_MORE 是 WSALookupServiceNext 返回的新代码，程序应同时接受两者。两条译文须保持一致。
WSAENOMORE = 没有更多结果。
    .detail = 本次查询已没有可由 WSALookupServiceNext 返回的结果，这表示查找已正常结束；随后应以 WSALookupServiceEnd 结束这次查询。

# 与 WSA_E_CANCELLED（10111）是同一种情况，只是编号不同，与 WSAENOMORE / WSA_E_NO_MORE 这一对同时定义。WSAECANCELLED 是旧形式；WSALookupServiceEnd 取消仍在进行的 WSALookupServiceNext 时，报告的是新形式 WSA_E_CANCELLED。两条译文须保持一致。
WSAECANCELLED = 查找调用已被取消。
    .detail = 在 WSALookupServiceNext 调用仍在进行时调用了 WSALookupServiceEnd，因此该查找被取消。提前结束查找时出现此错误属于预期情况。

WSASERVICE_NOT_FOUND = 找不到服务。
    .detail = 在所查询的命名空间中不存在这样的服务。请检查服务名称，并确认查询的是正确的命名空间。

WSATYPE_NOT_FOUND = 找不到类类型。
    .detail = 找不到所请求的服务类类型。请确认该服务类已经安装并注册；当服务名称不能用于所请求的套接字类型时，getaddrinfo 会以 EAI_SERVICE 报告同一代码。

# 与 WSAENOMORE（10102）是同一种情况；这是较新的编号，由 WSALookupServiceNext 返回，也是命名空间提供程序应当使用的代码。之所以有两个编号，是因为 Windows 套接字 2 为同一情况定义了相互冲突的代码，旧编号正在逐步淘汰。两条译文须保持一致。
WSA_E_NO_MORE = 没有更多结果。
    .detail = 本次查询已没有可由 WSALookupServiceNext 返回的结果，这表示查找已正常结束；随后应以 WSALookupServiceEnd 结束这次查询。

# 与 WSAECANCELLED（10103）是同一种情况；这是较新的编号，在 WSALookupServiceEnd 取消仍在进行的 WSALookupServiceNext 时报告。旧编号仅为兼容而保留。两条译文须保持一致。
WSA_E_CANCELLED = 查找调用已被取消。
    .detail = 在 WSALookupServiceNext 调用仍在进行时调用了 WSALookupServiceEnd，因此该查找被取消。提前结束查找时出现此错误属于预期情况。

WSAEREFUSED = 数据库查询被拒绝。
    .detail = 命名空间数据库主动拒绝了这次查询。服务器或服务提供程序可能不允许此类请求；请检查权限以及查询本身。

## 主机名解析

WSAHOST_NOT_FOUND = 找不到主机。
    .detail = 不存在使用该名称的已知主机：在所查询的数据库或 DNS 服务器中，它既不是正式主机名，也不是别名。请检查名称拼写和 DNS 设置；若是协议或服务查询，则表示在相应数据库中找不到该名称。

WSATRY_AGAIN = 名称解析暂时失败（非权威应答：未找到主机）。
    .detail = 名称解析暂时失败，因为本地 DNS 服务器没有从对该名称具有权威的服务器得到应答。这通常是暂时的，请稍后重试；若问题持续，请检查网络连接和 DNS 服务器。

# wsaerr-allow: glossary（此处 hosts 指 hosts 文件）
WSANO_RECOVERY = 名称解析发生不可恢复的错误。
    .detail = 名称解析因重试也无法解决的错误而失败。可能是本地数据库文件（hosts、services、protocols）缺失，或者 DNS 服务器返回了严重错误；请检查 DNS 配置。

WSANO_DATA = 名称有效，但没有所请求类型的数据。
    .detail = 该名称存在，但没有所查询类型的记录。例如某个主机只有邮件交换（MX）记录而没有地址（A 或 AAAA）记录，因此无法通过该名称直接访问它。

WSA_SECURE_HOST_NOT_FOUND = 安全名称解析中找不到该主机。
    .detail = 一次安全的名称解析（例如要求 DNSSEC 验证的解析）没有找到该主机。该名称可能不存在，或者签名不正确；请检查名称和 DNS 安全设置。

WSA_IPSEC_NAME_POLICY_ERROR = 无法添加基于名称的 IPsec 策略。
    .detail = 系统未能添加以主机名为依据的 IPsec 策略。请检查 IPsec 和连接安全规则及其中的名称设置。

## 事件对象与重叠 I/O

WSA_INVALID_HANDLE = 指定的事件对象句柄无效。
    .detail = 程序使用了无效的事件对象句柄，例如已被关闭的句柄。请确认该句柄由 WSACreateEvent 创建且仍处于打开状态。此代码与 Windows 错误 ERROR_INVALID_HANDLE（6）的值相同。

WSA_NOT_ENOUGH_MEMORY = 可用内存不足。
    .detail = 某个 { -winsock }函数所依赖的底层 Windows 函数因内存不足而失败。请关闭其他程序或释放内存后重试。此代码与 Windows 错误 ERROR_NOT_ENOUGH_MEMORY（8）的值相同。

WSA_INVALID_PARAMETER = 一个或多个参数无效。
    .detail = 某个 { -winsock }函数把参数转交给底层 Windows 函数，而后者拒绝了其中一个或多个参数。请检查该调用的全部参数。此代码与 Windows 错误 ERROR_INVALID_PARAMETER（87）的值相同。

WSA_OPERATION_ABORTED = 重叠 I/O 操作已中止。
    .detail = 一个重叠 I/O 操作在完成前被取消，原因是套接字已被关闭，或者通过 WSAIoctl 发出了 SIO_FLUSH 命令。程序在仍有未完成 I/O 时关闭套接字，出现此错误属于预期情况；此代码与 Windows 错误 ERROR_OPERATION_ABORTED（995）的值相同。

WSA_IO_INCOMPLETE = 重叠 I/O 事件对象尚未处于有信号状态。
    .detail = 程序查询了一个尚未完成的重叠 I/O 操作的结果。以轮询方式调用 WSAGetOverlappedResult（fWait 参数设为 FALSE）时，在操作完成之前都会得到此错误；请稍候再查询。此代码与 Windows 错误 ERROR_IO_INCOMPLETE（996）的值相同。

WSA_IO_PENDING = 重叠 I/O 操作将在稍后完成。
    .detail = 已启动的重叠 I/O 操作无法立即完成。这并非失败：操作完成后，程序会通过事件对象、完成例程或 I/O 完成端口（IOCP）收到通知，随后可用 WSAGetOverlappedResult 获取结果。此代码与 Windows 错误 ERROR_IO_PENDING（997）的值相同。

## 服务质量（QoS）

# QoS 状态码：已收到 RSVP 预留（RESV）消息，表示至少有一个接收方请求预留。RSVP 即资源预留协议。
WSA_QOS_RECEIVERS = 已有 QoS 接收方。
    .detail = 至少已收到一个来自接收方的 QoS 预留请求（RSVP RESV 消息）。这是状态通知，并非故障。

# QoS 状态码：已收到 RSVP 路径（PATH）消息，表示至少有一个发送方在通告其流量。
WSA_QOS_SENDERS = 已有 QoS 发送方。
    .detail = 至少已收到一条来自发送方的 QoS 路径消息（RSVP PATH 消息）。这是状态通知，并非故障。

WSA_QOS_NO_SENDERS = 没有 QoS 发送方。
    .detail = 该数据流已不再有任何 QoS 发送方。这是状态通知；依赖这些发送方的预留随之失效。

WSA_QOS_NO_RECEIVERS = 没有 QoS 接收方。
    .detail = 该数据流已不再有任何 QoS 接收方。这是状态通知；发送方已没有需要兑现的预留。

WSA_QOS_REQUEST_CONFIRMED = QoS 预留请求已确认。
    .detail = 网络已确认该 QoS 预留请求。这是表示成功的通知。

WSA_QOS_ADMISSION_FAILURE = QoS 请求未通过准入控制。
    .detail = 由于路径上的资源（如带宽）不足，该 QoS 请求未能通过准入控制。请降低请求的资源量或稍后再试。

WSA_QOS_POLICY_FAILURE = QoS 策略检查失败。
    .detail = 策略系统无法在现行策略范围内分配所请求的资源，因此拒绝了该 QoS 请求。请检查 QoS 策略或联系管理员。

# 这里的“样式”指 RSVP 的预留样式，即各发送方之间如何共享筛选器。
WSA_QOS_BAD_STYLE = QoS 预留样式无效。
    .detail = 遇到了未知的或相互冲突的 QoS 预留样式。请检查请求中指定的预留样式。

# filterspec（筛选器规范）是 RSVP 中用来选定某项预留适用于哪些数据包的规范。
WSA_QOS_BAD_OBJECT = QoS 对象无效。
    .detail = 某个筛选器规范（FILTERSPEC）有误，或者服务提供程序专用缓冲区整体上存在问题。请检查传给该调用的 QoS 结构。

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS 流量控制错误。
    .detail = 在本地执行通用 QoS 请求时，底层的流量控制（TC）接口出错。原因可能是内存不足，或 QoS 服务提供程序内部出错。

WSA_QOS_GENERIC_ERROR = QoS 通用错误。
    .detail = 发生了没有更具体代码的一般性 QoS 错误。请检查 QoS 请求及服务提供程序的状态。

# flowspec（FLOWSPEC，流规范）是描述数据流的流量特征及其所请求服务类型的结构。
WSA_QOS_ESERVICETYPE = QoS 服务类型错误。
    .detail = 流规范（FLOWSPEC）中的服务类型无效或无法识别。请使用已定义的服务类型之一，例如 SERVICETYPE_GUARANTEED 或 SERVICETYPE_CONTROLLEDLOAD。

WSA_QOS_EFLOWSPEC = QoS 流规范错误。
    .detail = QOS 结构中的流规范（FLOWSPEC）无效或前后矛盾。请检查其中的速率、大小和服务类型。

WSA_QOS_EPROVSPECBUF = QoS 服务提供程序专用缓冲区无效。
    .detail = 随 QoS 请求传入的服务提供程序专用缓冲区（ProviderSpecific）无效。请检查其大小和内容。

WSA_QOS_EFILTERSTYLE = QoS 筛选器样式无效。
    .detail = 所给的 QoS 筛选器样式无效。请使用受支持的筛选器样式。

WSA_QOS_EFILTERTYPE = QoS 筛选器类型无效。
    .detail = 所给的 QoS 筛选器类型无效。请使用受支持的筛选器类型。

WSA_QOS_EFILTERCOUNT = QoS 筛选器数量不正确。
    .detail = FLOWDESCRIPTOR 中给出的筛选器规范（FILTERSPEC）数量不正确。请使该数量与实际提供的筛选器一致。

WSA_QOS_EOBJLENGTH = QoS 对象长度无效。
    .detail = QoS 服务提供程序专用缓冲区中某个对象的 ObjectLength 字段无效。请检查缓冲区中每个对象的长度。

WSA_QOS_EFLOWCOUNT = QoS 数据流数量不正确。
    .detail = QOS 结构中指定的流描述符数量不正确。请使该数量与实际提供的流描述符一致。

# 常量名中的 UNKOWN 是 Windows 头文件里的原有拼写，保持不变。
WSA_QOS_EUNKOWNPSOBJ = 无法识别的 QoS 对象。
    .detail = QoS 服务提供程序专用缓冲区中含有服务提供程序无法识别的对象类型。请删除该对象或改用受支持的对象类型。

WSA_QOS_EPOLICYOBJ = QoS 策略对象无效。
    .detail = QoS 服务提供程序专用缓冲区中含有无效的策略对象。请检查缓冲区中的策略数据。

WSA_QOS_EFLOWDESC = QoS 流描述符无效。
    .detail = 流描述符列表中有一项无效。请逐一检查请求中的流描述符（FLOWDESCRIPTOR）。

WSA_QOS_EPSFLOWSPEC = QoS 服务提供程序专用流规范无效。
    .detail = QoS 服务提供程序专用缓冲区中的流规范（FLOWSPEC）无效或前后矛盾。请检查缓冲区中的流规范。

WSA_QOS_EPSFILTERSPEC = QoS 服务提供程序专用筛选器规范无效。
    .detail = QoS 服务提供程序专用缓冲区中的筛选器规范（FILTERSPEC）无效。请检查缓冲区中的筛选器规范。

# “整形丢弃模式”规定流量整形器如何处理超出数据流限额的数据包（延迟、丢弃等）。
WSA_QOS_ESDMODEOBJ = QoS 整形丢弃模式对象无效。
    .detail = QoS 服务提供程序专用缓冲区中的整形丢弃模式对象（QOS_SD_MODE）无效。请检查该对象中的模式值。

# “整形速率”是流量整形器放行该数据流数据包的速率。
WSA_QOS_ESHAPERATEOBJ = QoS 整形速率对象无效。
    .detail = QoS 服务提供程序专用缓冲区中的整形速率对象（QOS_SHAPING_RATE）无效。请检查该对象中给出的速率。

# 此处“保留”指保留值（reserved，不供应用程序使用），与 RSVP 资源“预留”（reservation）无关。
WSA_QOS_RESERVED_PETYPE = QoS 策略元素类型为保留值。
    .detail = QoS 服务提供程序专用缓冲区中含有类型为保留值的策略元素。请删除它或改用允许使用的策略元素类型。

## 页面和列表上的标签：代码分组名称、页面标题以及筛选框旁的文字

group-socket = 套接字操作
group-unix-compat = Unix 兼容
group-startup = 启动与服务提供程序
group-service-lookup = 服务查找
group-name-resolution = 名称解析
group-overlapped = 重叠 I/O 与事件
group-qos = 服务质量（QoS）
page-heading = Winsock 错误代码
page-languages = 其他语言
page-filter = 按编号、名称或文字筛选
page-query-too-long = 查询过长。
page-query-too-many-words = 查询中不同的词过多。
