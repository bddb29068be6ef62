### Windows 套接字（Winsock）错误代码的简体中文消息目录。
### 每条消息的 ID 是一个 Winsock 错误代码的符号名（如 WSAETIMEDOUT）；消息值是显示给用户的简短标题，
### .detail 属性是一行说明。函数、常量、选项、结构和文件名（WSAStartup、setsockopt、SO_BROADCAST、
### ADDR_ANY、FLOWSPEC、Ws2_32.dll 等）是代码标识符，一律保持原样，既不翻译，也不音译。
###
### 文风：采用 Windows 自带消息和 Microsoft 中文文档那种中性、礼貌的书面语。en-US 标题以句点结尾时，
### 译文标题以“。”结尾；说明只占一行，可以包含多个句子。汉字与拉丁字母、数字之间留一个半角空格，
### 全角标点前后不留空格；{ -winsock } 的值以汉字结尾，其后紧接汉字时不加空格。
###
### 术语表：下方的 Fluent 术语就是本版的术语表，ID 和顺序与 en-US 相同。每个术语上方的注释写明
### 英文原词（en-US）、选词理由（why）以及本版标题和说明中不得出现的其他译法（avoid）；
### 术语的值就是正文使用的词，这里不再重复列出。标题和说明直接写出术语表中的词，不引用术语；
### 唯一引用的术语是 { -winsock }，只在 en-US 引用它的部分（标题或说明）中引用，且次数与 en-US 相同。
###
### 没有术语 ID 的常用词也只用一种译法：lookup（服务查找、名称查找）= 查找；query（向数据库或
### 命名空间发出的请求）= 查询；item = 项目；entry = 条目；object = 对象；catalog = 目录
### （Winsock 目录、协议目录）；provider-specific = 服务提供程序专用；task = 任务。

# en-US: Windows Sockets
# why: Microsoft's term in its zh-CN Winsock documentation (Windows 套接字 2, etc.)
-winsock = Windows 套接字
# en-US: socket
# why: Microsoft's term, also the universal word of Chinese socket developers
# avoid: 套接口
-socket = 套接字
# en-US: host
# why: Microsoft's term
# avoid: 宿主机
-host = 主机
# en-US: peer
# why: Microsoft's term (Microsoft Learn zh-CN, e.g. for WSAECONNRESET); Chinese developer usage is split (对端, 对方, 对等方 in Python's zh-CN docs), so no clearly established alternative overrides it
# avoid: 对端, 对等端
-peer = 对等方
# en-US: port
# why: Microsoft's term
-port = 端口
# en-US: handle
# why: Microsoft's term
-handle = 句柄
# en-US: buffer
# why: Microsoft's term
# avoid: 缓存区
-buffer = 缓冲区
# en-US: stream
# why: Microsoft's term (流套接字)
-stream = 流
# en-US: blocking
# why: deviation: Microsoft's zh-CN text says 阻止/阻止性, but Chinese Winsock and BSD-socket developer literature uses 阻塞 universally (the Chinese edition of Stevens' UNIX Network Programming, Windows network programming books, code comments: 阻塞调用, 阻塞模式); 阻止 reads as "prevent" and clashes with a firewall blocking traffic
# avoid: 阻止性, 阻止调用, 阻止操作, 阻止模式
-blocking = 阻塞
# en-US: nonblocking
# why: deviation, for the same reason as -blocking: Chinese developers universally write 非阻塞 (非阻塞套接字), Microsoft's zh-CN docs write 非阻止
# avoid: 非阻止, 无阻塞
-nonblocking = 非阻塞
# en-US: datagram
# why: Microsoft's term
-datagram = 数据报
# en-US: address family
# why: deviation: Microsoft's zh-CN Winsock docs mostly say 地址系列 (machine-translated), but Chinese socket developers universally say 地址族 (UNIX Network Programming in Chinese, Linux man-pages, Python's zh-CN docs), and Microsoft's own Winsock error page also uses 地址族
# avoid: 地址系列
-address-family = 地址族
# en-US: protocol family
# why: deviation, for the same reason as -address-family: Chinese developers universally say 协议族; Microsoft's zh-CN docs say 协议系列
# avoid: 协议系列
-protocol-family = 协议族
# en-US: keep-alive
# why: Microsoft's term (保持活动, as in Microsoft Learn zh-CN "保持活动探测" and the TCP keep-alive settings); developer usage is split (保活, 保持存活, 心跳), so Microsoft's word stands
# avoid: 保活, 保持存活
-keepalive = 保持活动
# en-US: service provider
# why: Microsoft's term for a Winsock provider DLL; 服务提供商 would mean a company
# avoid: 服务提供商, 服务提供者
-provider = 服务提供程序
# en-US: layered service provider
# why: Microsoft's term, built on -provider
# avoid: 分层服务提供商, 分层服务提供者
-layered-provider = 分层服务提供程序
# en-US: name space
# why: Microsoft's term
# avoid: 名称空间, 名字空间
-namespace = 命名空间
# en-US: name resolution
# why: Microsoft's term
# avoid: 名字解析
-name-resolution = 名称解析
# en-US: event object
# why: Microsoft's term
-event-object = 事件对象
# en-US: overlapped I/O
# why: Microsoft's term
-overlapped = 重叠 I/O
# en-US: completion port
# why: Microsoft's term (I/O 完成端口)
-completion-port = 完成端口
# en-US: QoS
# why: Microsoft keeps the abbreviation; spelled out as 服务质量 only in the group label
-qos = QoS
# en-US: policy
# why: Microsoft's term
-policy = 策略
# en-US: reservation
# why: deviation: Microsoft's zh-CN Winsock error page says 保留, but RSVP's Chinese name is 资源预留协议 and Chinese QoS literature says 预留; 保留 is kept for "reserved" (WSA_QOS_RESERVED_PETYPE)
# avoid: 保留请求
-reservation = 预留
# en-US: admission control
# why: the standard term of Chinese QoS/RSVP literature; Microsoft's legacy QoS documentation offers no settled zh-CN word
# avoid: 许可控制, 接纳控制
-admission-control = 准入控制
# en-US: traffic control
# why: Microsoft's term (流量控制 (TC) on its zh-CN Winsock error page)
-traffic-control = 流量控制
# en-US: flowspec
# why: Microsoft's zh-CN page half-translates it (流spec); 流规范 is the same word fully translated, written with FLOWSPEC beside it where en-US names the structure
# avoid: 流spec, 流说明
-flowspec = 流规范
# en-US: filter
# why: Microsoft's term
# avoid: 过滤器
-filter = 筛选器
# en-US: filterspec
# why: built on -filter, like -flowspec: 筛选器规范, written with FILTERSPEC beside it where en-US names the structure
# avoid: 过滤器规范, 筛选spec
-filterspec = 筛选器规范
# en-US: flow descriptor
# why: Microsoft's term
-flow-descriptor = 流描述符
# en-US: shaping
# why: Microsoft's term (整形速率)
-shaping = 整形
# en-US: sender
# why: Microsoft's term
# avoid: 发送者, 发送端
-sender = 发送方
# en-US: receiver
# why: Microsoft's term, paired with -sender
# avoid: 接收者, 接收端
-receiver = 接收方
# en-US: program
# why: Microsoft's term for "program"; en-US treats "application" as the same concept, so this edition writes 程序 for both instead of alternating with Microsoft's 应用程序
# avoid: 应用程序, 应用软件
-program = 程序
# en-US: resource
# why: Microsoft's term
-resource = 资源
# en-US: access
# why: Microsoft's term (访问权限, 拒绝访问)
# avoid: 存取
-access = 访问

## 套接字操作

WSAEINTR = 函数调用被中断。
    .detail = 阻塞调用在完成之前被中断，传统上是由 WSACancelBlockingCall 造成的；该函数是 { -winsock } 1.1 的遗留产物，现代 Winsock 2 程序不应再使用。在调用仍在等待时由另一个线程用 closesocket 关闭该套接字，也会产生同样的效果；如果中断并非有意为之，请重新发起调用。

WSAEACCES = 权限被拒绝。
    .detail = 对套接字的使用方式超出了其访问权限所允许的范围。常见原因是未先用 setsockopt 启用 SO_BROADCAST 就调用 sendto 向广播地址发送数据，或者调用 bind 时所用的地址和端口已被其他程序、服务或驱动程序通过 SO_EXCLUSIVEADDRUSE 独占；防火墙或安全产品也可能拦截此类访问。

WSAEFAULT = 地址无效。
    .detail = 传给套接字函数的某个指针没有指向有效的内存，或者某个缓冲区或长度参数太小。请逐一检查指针参数，并确认长度值与实际缓冲区大小相符；例如，sockaddr 结构的长度至少应为 sizeof(sockaddr)。

WSAEINVAL = 参数无效。
    .detail = 某个参数无效，例如向 setsockopt 传入了未知的级别。调用与套接字的当前状态不相符时也会返回此错误，例如对尚未调用 listen 的套接字调用 accept。

WSAEMFILE = 打开的套接字过多。
    .detail = 本程序已没有可用的套接字句柄。该上限可能针对整个系统、进程或线程；请关闭不再需要的套接字，并排查句柄泄漏。

WSAEWOULDBLOCK = 资源暂时不可用。
    .detail = 非阻塞套接字无法立即完成该操作，例如调用 recv 时还没有数据到达。这并非真正的失败：请等待套接字就绪（可借助 select、WSAPoll 或事件）后重试；对非阻塞的 SOCK_STREAM 套接字调用 connect 时，在连接建立期间通常都会报告此错误。

# 与 WSAEALREADY 不同：此错误表示当前任务或线程中已有一个“阻塞”调用正在执行。
WSAEINPROGRESS = 已有阻塞操作正在执行。
    .detail = { -winsock }规定每个任务或线程同一时刻只能有一个阻塞调用，而在前一个调用尚未完成时又发起了另一个调用。这主要影响按 { -winsock } 1.1 方式编写的旧程序；请确保先前的阻塞调用返回后再发起新的调用。

# 与 WSAEINPROGRESS 不同：此错误针对的是“非阻塞”套接字上已经开始、尚未结束的操作。
WSAEALREADY = 该非阻塞套接字上已有操作正在进行。
    .detail = 在一个仍忙于同类操作的非阻塞套接字上请求了操作，例如在第一次 connect 仍在建立连接时又发起第二次。取消一个已经完成或已被取消的异步请求（WSAAsyncGetXbyY 类函数之一）时也会返回此错误。

WSAENOTSOCK = 对非套接字执行了套接字操作。
    .detail = 传给函数的句柄不是有效的套接字。它可能从来就不是套接字，也可能已被关闭；对于 select，则可能是 fd_set 中的某个条目不是有效的套接字。

WSAEDESTADDRREQ = 需要目标地址。
    .detail = 该操作需要目标地址，但调用中没有提供。例如调用 sendto 时把远程地址设为 ADDR_ANY；请提供对等方的实际地址。

WSAEMSGSIZE = 消息过长。
    .detail = 数据报超过了协议或网络所能承载的大小，或者接收缓冲区小于到达的数据报，此时该数据报会被截断。请发送较短的消息，或改用更大的接收缓冲区。

WSAEPROTOTYPE = 协议与套接字类型不匹配。
    .detail = 传给 socket 函数的协议与所请求的套接字类型不相符。例如 UDP 不能用于 SOCK_STREAM 套接字；请选择与该类型相符的协议，或传入 0 由系统选择。

WSAENOPROTOOPT = 协议选项无效。
    .detail = 传给 getsockopt 或 setsockopt 的选项或级别未知、无效，或者该协议不支持。请确认该选项属于正确的级别（如 SOL_SOCKET 或 IPPROTO_TCP），并且该套接字类型支持它。

WSAEPROTONOSUPPORT = 不支持该协议。
    .detail = 所请求的协议未在本系统上安装，或者没有相应的实现。协议与套接字类型冲突时也会出现此错误，例如请求 SOCK_DGRAM 套接字却指定了流协议。

WSAESOCKTNOSUPPORT = 不支持该套接字类型。
    .detail = 该地址族不支持所请求的套接字类型。例如，实现可能根本不提供 SOCK_RAW 套接字，或者要求具有管理员权限才能创建。

WSAEOPNOTSUPP = 不支持该操作。
    .detail = 此类套接字或对象不支持所请求的操作。典型情形是在数据报套接字上调用 accept 或 listen，而这类套接字没有可接受的连接。

# WSAEPFNOSUPPORT 针对整个协议族；下一条 WSAEAFNOSUPPORT 针对套接字所用的地址族。二者几乎可以互换，Windows 多数情况下报告 WSAEAFNOSUPPORT。
WSAEPFNOSUPPORT = 不支持该协议族。
    .detail = 所请求的协议族未在本系统上配置，或者没有相应的实现。实际上，{ -winsock }函数遇到这种情况时通常报告 WSAEAFNOSUPPORT。

# 参见 WSAEPFNOSUPPORT 上方的注释：此错误指地址族（如 AF_INET）与协议或套接字不匹配。
WSAEAFNOSUPPORT = 协议族不支持该地址族。
    .detail = 使用了协议不支持的地址族中的地址。常见原因是向 socket 函数请求了不属于该地址族的协议，或者在 sendto、connect 等调用中把 IPv6 地址用于 AF_INET 套接字（或者反过来）。

WSAEADDRINUSE = 地址已被占用。
    .detail = 另一个套接字已绑定到此地址和端口，该套接字可能仍在关闭过程中，或者未被正确关闭。请停止另一个程序或改用其他端口；确实需要共享端口的服务器可以设置 SO_REUSEADDR，而客户端通常根本不必调用 bind。如果 bind 使用的是通配地址（ADDR_ANY），此错误可能要到地址真正确定时才会出现，即在之后调用 connect、listen、WSAConnect 或者 WSAJoinLeaf 时。

WSAEADDRNOTAVAIL = 无法分配请求的地址。
    .detail = 该地址在此上下文中无效。通常是 bind 使用了不属于本机的 IP 地址，或者 connect 或 sendto 指定了不可用的远程地址或端口，例如端口 0 或地址 0.0.0.0。

WSAENETDOWN = 网络已断开。
    .detail = 网络子系统、网络适配器或本地网络发生了故障。请检查网络连接和网络适配器；如果问题仍然存在，请重新启动网络堆栈或计算机。

WSAENETUNREACH = 网络不可达。
    .detail = 本机没有通往目标网络的路由。请检查网络连接、默认网关和路由表，并确认地址正确。

WSAENETRESET = 网络重置时断开了连接。
    .detail = 在操作进行期间，保持活动探测发现对等方或通往对等方的路径已经失效，连接因此被断开。在已经失效的连接上用 setsockopt 启用 SO_KEEPALIVE 时，也可能返回此错误；请重新连接后再继续。

WSAECONNABORTED = 软件导致连接中止。
    .detail = 连接被本机上的软件关闭，通常发生在数据传输超时或协议错误之后。会切断连接的防火墙、防病毒软件或 VPN 软件也可能导致此错误；请重新连接，如果反复出现，请检查这类软件。

WSAECONNRESET = 连接被对等方重置。
    .detail = 远程主机突然关闭了连接。可能是另一端的程序已崩溃或被停止，远程主机已重新启动或已从网络断开，或者远程主机以硬重置方式（启用 SO_LINGER 且超时为 0）关闭了套接字；请重新连接并检查远程端。

WSAENOBUFS = 没有可用的缓冲区空间。
    .detail = 系统的缓冲区空间已耗尽或某个队列已满，因此无法执行该操作。这通常说明打开的连接过多、内存耗尽或没有空闲的临时端口；请关闭不用的套接字，稍后再试。

WSAEISCONN = 套接字已连接。
    .detail = 对已经建立连接的套接字调用了 connect。在已连接的 SOCK_DGRAM 套接字上使用显式指定地址的 sendto 时，有些实现也会返回此错误。

WSAENOTCONN = 套接字未连接。
    .detail = 该套接字尚未连接，因此无法在其上发送或接收数据，而且也没有提供目标地址（数据报套接字可通过 sendto 提供地址）。其他调用也可能返回此错误，例如对已被重置的连接设置 SO_KEEPALIVE；请先建立连接。

WSAESHUTDOWN = 套接字的发送方向已关闭，无法再发送。
    .detail = 该套接字的这个方向已被先前的 shutdown 调用关闭，因此发送或接收请求被拒绝。一个方向一旦关闭，就不能在该套接字上再次使用。

WSAETIMEDOUT = 连接超时。
    .detail = 对等方没有及时响应，这可能发生在建立连接时，也可能发生在已建立的连接上。远程主机可能已离线或负载过重，也可能是防火墙在静默丢弃流量；请检查地址、端口和防火墙设置。

WSAECONNREFUSED = 连接被拒绝。
    .detail = 目标计算机主动拒绝了连接。通常是该端口上没有程序在侦听、服务已停止，或者防火墙拒绝了连接；请检查地址、端口号，并确认服务器正在运行。

WSAEHOSTDOWN = 主机已停止运行。
    .detail = 目标主机似乎已停止运行，因此操作失败。Windows 通常以 WSAETIMEDOUT 报告这种情况；请确认远程计算机已开机并已接入网络。

WSAEHOSTUNREACH = 没有通往主机的路由。
    .detail = 从本机无法到达目标主机，因为没有通往它的路由。请检查地址、网络连接以及路由或网关设置。

WSAEDISCON = 正在正常关闭连接。
    .detail = WSARecv 或 WSARecvFrom 报告远程端已开始有序关闭连接。之后不会再有数据到达；请完成处理并关闭该套接字。

## 兼容 Unix 的错误（为可移植性而定义，很少返回）

# 兼容 Unix 的错误代码，在头文件中定义以对应 EBADF，Winsock 本身很少返回。
WSAEBADF = 文件句柄无效。
    .detail = 指定的文件或套接字句柄无效。请确认该句柄处于打开状态，且没有被提前关闭。

# 兼容 Unix 的错误代码，对应 ETOOMANYREFS，Winsock 很少返回。
WSAETOOMANYREFS = 引用过多。
    .detail = 对某个内核对象的引用过多。请释放不再需要的对象，然后重试。

# 兼容 Unix 的错误代码，对应 ELOOP，Winsock 很少返回。
WSAELOOP = 无法转换名称。
    .detail = 某个名称无法转换，例如解析该名称时陷入了循环。请检查名称是否有误。

# 兼容 Unix 的错误代码，对应 ENAMETOOLONG，Winsock 很少返回。
WSAENAMETOOLONG = 名称过长。
    .detail = 某个名称或其中的某一部分超过了允许的长度。请使用较短的名称。

# 兼容 Unix 的错误代码，对应 ENOTEMPTY，Winsock 很少返回。
WSAENOTEMPTY = 目录不为空。
    .detail = 目录中仍有条目，因此无法删除。请先清空该目录。

# 兼容 Unix 的错误代码，对应 EUSERS，Winsock 很少返回。
WSAEUSERS = 超出用户配额。
    .detail = 用户数或用户资源的配额已经用尽。请释放部分资源，或请管理员提高限额。

# 兼容 Unix 的错误代码，对应 EDQUOT，Winsock 很少返回。
WSAEDQUOT = 超出磁盘配额。
    .detail = 磁盘空间配额已经用完。请释放部分空间，或请管理员提高配额。

# 兼容 Unix 的错误代码，对应 ESTALE（失效的句柄，常见于网络文件系统），Winsock 很少返回。
WSAESTALE = 文件句柄引用已失效。
    .detail = 该文件句柄所引用的项目已不再可用。请重新打开该项目以获取新的句柄。

# 兼容 Unix 的错误代码，对应 EREMOTE，Winsock 很少返回。
WSAEREMOTE = 项目位于远程系统上。
    .detail = 该项目在本地不可用，因为它位于远程系统上。请改为通过该远程系统访问它。

## 启动与服务提供程序

WSAEPROCLIM = 进程过多。
    .detail = { -winsock }实现对可同时使用它的程序数量有限制，目前已达到该上限，因此 WSAStartup 可能会以此错误失败。请关闭其他使用网络的程序，然后重试。

WSASYSNOTREADY = 网络子系统不可用。
    .detail = { -winsock }所依赖的底层网络系统目前尚未就绪，因此 WSAStartup 失败。请检查：正确的 Ws2_32.dll 是否就位，搜索路径中是否有其他 Winsock DLL 排在它前面，网络组件是否已安装和配置，以及系统是否仍在启动过程中。

WSAVERNOTSUPPORTED = 不支持该 Winsock 版本。
    .detail = 已安装的 { -winsock }实现不支持程序在 WSAStartup 中请求的版本。请确认程序请求的是受支持的版本（通常为 2.2），并确认没有加载过时的 Winsock DLL 来代替系统自带的版本。

WSANOTINITIALISED = 尚未成功调用 WSAStartup。
    .detail = 在 WSAStartup 成功之前，或在 WSACleanup 的调用次数已与 WSAStartup 相同之后，使用了套接字函数。请先调用 WSAStartup 并检查其结果；另外，请确认没有与从未初始化 { -winsock }的任务共享套接字。

WSAEINVALIDPROCTABLE = 服务提供程序的过程调用表无效。
    .detail = 某个 { -winsock }服务提供程序交给 Ws2_32.dll 的过程调用表无效，通常是因为其中有函数指针为 NULL。请重新安装或移除有问题的分层服务提供程序（LSP）或网络软件。

WSAEINVALIDPROVIDER = 服务提供程序版本号无效。
    .detail = 某个 { -winsock }服务提供程序报告的版本号不是 2.0，系统不接受这样的版本；WSCGetProviderInfo 与 WSCGetProviderInfo32 在找不到所查询的协议条目时也会返回此错误。请更新或移除随第三方网络软件安装的服务提供程序。

WSAEPROVIDERFAILEDINIT = 无法初始化服务提供程序。
    .detail = 某个服务提供程序无法启动：要么用 LoadLibrary 加载其 DLL 失败，要么其 WSPStartup 或 NSPStartup 函数报告了错误。重新安装相关的网络软件或重置 Winsock 目录（netsh winsock reset）通常能解决问题。

WSASYSCALLFAILURE = 系统调用失败。
    .detail = 某个本不应失败的系统调用失败了，例如用 WaitForMultipleObjects 等待事件，或者对协议目录或命名空间目录执行注册表操作。服务提供程序报告失败却没有给出更具体的代码时，也会返回此错误，这可能说明该服务提供程序存在缺陷。

## 服务查找（命名空间提供程序）

# 与 WSA_E_NO_MORE（10110）是同一种情况，只是编号不同。Windows 套接字 2 为“没有更多结果”定义了两个相互冲突的代码：WSAENOMORE 是旧的、已弃用的代码，WSA_E_NO_MORE 是 WSALookupServiceNext 返回的新代码，程序应同时接受两者。两条译文须保持一致。
WSAENOMORE = 没有更多结果。
    .detail = WSALookupServiceNext 对本次查询已没有更多结果可返回。这表示查找已正常结束；请以 WSALookupServiceEnd 结束本次查找。

# 与 WSA_E_CANCELLED（10111）是同一种情况，只是编号不同，与 WSAENOMORE / WSA_E_NO_MORE 这一对同时定义。WSAECANCELLED 是旧形式；WSALookupServiceEnd 取消仍在进行的 WSALookupServiceNext 时，报告的是新形式 WSA_E_CANCELLED。两条译文须保持一致。
WSAECANCELLED = 查找调用已被取消。
    .detail = 在 WSALookupServiceNext 调用仍在执行时调用了 WSALookupServiceEnd，因此该查找已被取消。提前结束查找时出现此情况属于预期行为。

WSASERVICE_NOT_FOUND = 找不到服务。
    .detail = 在所搜索的命名空间中没有这样的已知服务。请检查服务名称，并确认查询的是正确的命名空间。

WSATYPE_NOT_FOUND = 找不到类类型。
    .detail = 找不到所请求的服务类类型。请确认该类已经安装并注册；当服务名称不能用于所请求的套接字类型时，getaddrinfo 会以 EAI_SERVICE 的形式报告同一代码。

# 与 WSAENOMORE（10102）是同一种情况；这是较新的编号，由 WSALookupServiceNext 返回，也是命名空间提供程序应当使用的代码。之所以有两个编号，是因为 Windows 套接字 2 为同一情况定义了相互冲突的代码，旧编号正在逐步淘汰。两条译文须保持一致。
WSA_E_NO_MORE = 没有更多结果。
    .detail = WSALookupServiceNext 对本次查询已没有更多结果可返回。这表示查找已正常结束；请以 WSALookupServiceEnd 结束本次查找。

# 与 WSAECANCELLED（10103）是同一种情况；这是较新的编号，在 WSALookupServiceEnd 取消仍在进行的 WSALookupServiceNext 时报告。旧编号仅为兼容而保留。两条译文须保持一致。
WSA_E_CANCELLED = 查找调用已被取消。
    .detail = 在 WSALookupServiceNext 调用仍在执行时调用了 WSALookupServiceEnd，因此该查找已被取消。提前结束查找时出现此情况属于预期行为。

WSAEREFUSED = 数据库查询被拒绝。
    .detail = 命名空间数据库主动拒绝了该查询。服务器或服务提供程序可能不允许此请求；请检查权限以及查询本身。

## 主机名解析

WSAHOST_NOT_FOUND = 找不到主机。
    .detail = 没有使用该名称的已知主机：在所查询的数据库或 DNS 服务器中，它既不是正式主机名，也不是别名。请检查名称的拼写和 DNS 设置；对于协议或服务查找，此错误表示在相应数据库中找不到该名称。

WSATRY_AGAIN = 名称查找暂时失败（非权威应答：找不到主机）。
    .detail = 名称查找暂时失败，因为本地 DNS 服务器没有从该名称的权威服务器得到应答。这通常是暂时的；请稍后重试，如果问题仍然存在，请检查网络连接和 DNS 服务器。

# wsaerr-allow: glossary（此处 hosts 指 hosts 文件）
WSANO_RECOVERY = 名称查找发生不可恢复的错误。
    .detail = 查找失败，所遇到的错误无法通过重试解决。可能是本地数据库文件（hosts、services、protocols）缺失，或者 DNS 服务器返回了严重错误；请检查 DNS 配置。

WSANO_DATA = 名称有效，但没有所请求类型的数据。
    .detail = 该名称存在，但没有所请求类型的记录。例如，某个主机可能有邮件交换（MX）记录，却没有地址（A 或 AAAA）记录，因此无法通过该名称直接访问它。

WSA_SECURE_HOST_NOT_FOUND = 安全查找中找不到该主机。
    .detail = 安全的名称查找（例如要求 DNSSEC 验证的查找）没有找到该主机。该名称可能不存在，或者签名不正确；请检查名称和 DNS 安全设置。

WSA_IPSEC_NAME_POLICY_ERROR = 无法添加基于名称的 IPsec 策略。
    .detail = 系统未能添加基于主机名的 IPsec 策略。请检查 IPsec 和连接安全规则及其中的名称设置。

## 事件对象与重叠 I/O

WSA_INVALID_HANDLE = 指定的事件对象句柄无效。
    .detail = 程序使用了无效的事件对象句柄，例如已被关闭的句柄。请确认该句柄由 WSACreateEvent 创建且仍处于打开状态。此代码与 Windows 错误 ERROR_INVALID_HANDLE（6）的值相同。

WSA_NOT_ENOUGH_MEMORY = 可用内存不足。
    .detail = 某个依赖底层 Windows 函数的 { -winsock }函数因内存不足而失败。请关闭其他程序或释放内存，然后重试。此代码与 Windows 错误 ERROR_NOT_ENOUGH_MEMORY（8）的值相同。

WSA_INVALID_PARAMETER = 一个或多个参数无效。
    .detail = 某个 { -winsock }函数把参数传给了底层 Windows 函数，而后者拒绝了其中一个或多个参数。请检查该调用的全部参数。此代码与 Windows 错误 ERROR_INVALID_PARAMETER（87）的值相同。

WSA_OPERATION_ABORTED = 重叠操作已中止。
    .detail = 一个重叠操作在完成前被取消，原因是套接字已被关闭，或者通过 WSAIoctl 发出了 SIO_FLUSH 命令。程序在仍有未完成的 I/O 时关闭套接字，出现此错误属于预期情况；此代码与 Windows 错误 ERROR_OPERATION_ABORTED（995）的值相同。

WSA_IO_INCOMPLETE = 重叠 I/O 事件对象未处于有信号状态。
    .detail = 程序请求获取一个尚未完成的重叠操作的结果。以轮询方式调用 WSAGetOverlappedResult 且其 fWait 标志设为 FALSE 时，在操作完成之前都会返回此错误；请稍候再重新获取。此代码与 Windows 错误 ERROR_IO_INCOMPLETE（996）的值相同。

WSA_IO_PENDING = 重叠操作将在稍后完成。
    .detail = 重叠操作已经启动，但无法立即完成。这并非失败：操作完成后，程序会通过其事件、完成例程或 I/O 完成端口（IOCP）收到通知，随后可用 WSAGetOverlappedResult 获取结果。此代码与 Windows 错误 ERROR_IO_PENDING（997）的值相同。

## 服务质量（QoS）

# QoS 状态代码：已收到 RSVP 预留（RESV）消息，表示至少有一个接收方请求预留。RSVP 即资源预留协议。
WSA_QOS_RECEIVERS = 已有 QoS 接收方。
    .detail = 至少已收到一个来自接收方的 QoS 预留请求（RSVP RESV 消息）。这是状态通知，并非失败。

# QoS 状态代码：已收到 RSVP 路径（PATH）消息，表示至少有一个发送方在通告其流量。
WSA_QOS_SENDERS = 已有 QoS 发送方。
    .detail = 至少已收到一条来自发送方的 QoS 路径消息（RSVP PATH 消息）。这是状态通知，并非失败。

WSA_QOS_NO_SENDERS = 没有 QoS 发送方。
    .detail = 该数据流已不再有任何 QoS 发送方。这是状态通知；依赖这些发送方的预留已不再适用。

WSA_QOS_NO_RECEIVERS = 没有 QoS 接收方。
    .detail = 该数据流已不再有任何 QoS 接收方。这是状态通知；发送方已没有需要兑现的预留。

WSA_QOS_REQUEST_CONFIRMED = QoS 请求已确认。
    .detail = 网络已确认该 QoS 预留请求。这是表示成功的通知。

WSA_QOS_ADMISSION_FAILURE = QoS 准入错误。
    .detail = 由于路径上的资源（如带宽）不足，该 QoS 请求未能通过准入控制。请降低请求量或稍后重试。

WSA_QOS_POLICY_FAILURE = QoS 策略失败。
    .detail = 策略系统无法在现行策略下批准所请求的资源，因此拒绝了该 QoS 请求。请检查 QoS 策略或咨询管理员。

# 这里的“样式”指 RSVP 的预留样式，即各发送方之间如何共享筛选器。
WSA_QOS_BAD_STYLE = QoS 样式错误。
    .detail = 遇到了未知的或相互冲突的 QoS 预留样式。请检查请求中指定的预留样式。

# filterspec（筛选器规范）是 RSVP 中用来选定某项预留适用于哪些数据包的规范。
WSA_QOS_BAD_OBJECT = QoS 对象错误。
    .detail = 某个筛选器规范（FILTERSPEC）有问题，或者服务提供程序专用缓冲区整体上有问题。请检查传给该调用的 QoS 结构。

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS 流量控制错误。
    .detail = 在本地应用通用 QoS 请求时，底层的流量控制（TC）接口出错。原因包括内存不足或 QoS 服务提供程序内部错误。

WSA_QOS_GENERIC_ERROR = QoS 一般错误。
    .detail = 发生了没有更具体代码的一般性 QoS 错误。请检查 QoS 请求以及服务提供程序的状态。

# flowspec（FLOWSPEC，流规范）是描述数据流的流量特征及其所请求服务类型的结构。
WSA_QOS_ESERVICETYPE = QoS 服务类型错误。
    .detail = 流规范（FLOWSPEC）中的服务类型无效或无法识别。请使用已定义的服务类型之一，例如 SERVICETYPE_GUARANTEED 或 SERVICETYPE_CONTROLLEDLOAD。

WSA_QOS_EFLOWSPEC = QoS 流规范错误。
    .detail = QOS 结构中的某个流规范（FLOWSPEC）无效或前后矛盾。请检查其中的速率、大小和服务类型。

WSA_QOS_EPROVSPECBUF = QoS 服务提供程序专用缓冲区无效。
    .detail = 随 QoS 请求传入的服务提供程序专用缓冲区（ProviderSpecific）无效。请检查其大小和内容。

WSA_QOS_EFILTERSTYLE = QoS 筛选器样式无效。
    .detail = 指定的 QoS 筛选器样式无效。请使用受支持的筛选器样式。

WSA_QOS_EFILTERTYPE = QoS 筛选器类型无效。
    .detail = 指定的 QoS 筛选器类型无效。请使用受支持的筛选器类型。

WSA_QOS_EFILTERCOUNT = QoS 筛选器数量不正确。
    .detail = FLOWDESCRIPTOR 中给出的筛选器规范（FILTERSPEC）条目数量不正确。请使该数量与实际提供的筛选器个数一致。

WSA_QOS_EOBJLENGTH = QoS 对象长度无效。
    .detail = QoS 服务提供程序专用缓冲区中某个对象的 ObjectLength 字段无效。请检查缓冲区中每个对象的长度。

WSA_QOS_EFLOWCOUNT = QoS 数据流数量不正确。
    .detail = QOS 结构中指定的流描述符数量不正确。请使该数量与实际提供的流描述符个数一致。

# 常量名中的 UNKOWN 是 Windows 头文件里的原有拼写，保持不变。
WSA_QOS_EUNKOWNPSOBJ = 无法识别的 QoS 对象。
    .detail = QoS 服务提供程序专用缓冲区中含有一个服务提供程序无法识别其类型的对象。请删除该对象或改用受支持的对象类型。

WSA_QOS_EPOLICYOBJ = QoS 策略对象无效。
    .detail = QoS 服务提供程序专用缓冲区中含有无效的策略对象。请检查缓冲区中的策略数据。

WSA_QOS_EFLOWDESC = QoS 流描述符无效。
    .detail = 流描述符列表中有一个条目无效。请逐一检查请求中的流描述符（FLOWDESCRIPTOR）。

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

# 此处“保留”指保留值（reserved，不供程序使用），与 RSVP 资源“预留”（reservation）无关。
WSA_QOS_RESERVED_PETYPE = QoS 策略元素类型为保留类型。
    .detail = QoS 服务提供程序专用缓冲区中含有保留类型的策略元素。请删除它或改用允许使用的策略元素类型。

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
page-filter = 按编号、名称或关键字筛选列表
page-query-too-long = 查询过长。
table-name = 名称
table-number = 编号
table-hex = 十六进制
table-group = 分组
table-title = 标题
table-detail = 说明
