### Windows 通訊端（Winsock）錯誤碼的繁體中文（臺灣）訊息目錄。
### 每則訊息的 ID 是 Winsock 錯誤碼的符號名稱（例如 WSAETIMEDOUT）；訊息的值是顯示給使用者的簡短標題，
### .detail 屬性則是一行說明。函式、常數、選項、結構及檔案名稱（WSAStartup、setsockopt、SO_BROADCAST、
### ADDR_ANY、FLOWSPEC、Ws2_32.dll 等）都是程式碼識別碼，一律照原文書寫，不翻譯也不音譯。
###
### 文字風格：
### - 使用臺灣慣用的繁體中文，語氣與 Windows 繁體中文系統訊息及 Microsoft Learn 繁體中文文件一致：中性、有禮、簡潔。
###   用語依照 Microsoft 繁體中文（臺灣）的用法，不用中國大陸用語（寫「網路、資訊、預設、記憶體、檔案、執行緒、
###   處理程序、函式」，不寫「網絡、信息、默認、內存、文件（指 file 時）、線程、進程、函數」）；
###   argument 寫「引數」，parameter 寫「參數」。
### - 標題是簡短的句子，以「。」結尾；說明只有一行，可包含數句：先說明發生了什麼，再說明常見原因與處理方式。
### - 一律使用全形標點（，。；：「」（）），引號用「」。中文與英文、數字之間留一個半形空格。
### - 沒有詞彙 ID 的常用詞也保持一致：operation = 作業、protocol = 通訊協定、address = 位址、connection = 連線、
###   timeout = 逾時、listen = 接聽、flow = 資料流、traffic = 流量、provider-specific buffer = 提供者專用緩衝區、
###   task = 工作、catalog = 目錄（Winsock 目錄、通訊協定目錄）、registry = 登錄、third-party = 協力廠商、
###   wildcard address = 萬用位址。「不是失敗」一類的說法一律寫成「並非錯誤」。
### - 防火牆等「擋下」連線時寫「攔截」，以免與 -blocking 詞彙混淆；表示「保留不用」的 reserved 寫成「保留值」
###   或「保留供系統使用」，以免與 RSVP 的 -reservation 詞彙混淆。
###
### 詞彙表：下列 Fluent 詞彙就是本詞彙表，ID 與順序都與 en-US 相同。每個詞彙的值就是正文使用的譯詞，
### 上方註解記錄英文原詞（en-US）、選用理由（why）與不得使用的其他譯法（avoid）；本標頭不重複列出譯詞。
### 標題與說明中直接寫出詞彙的譯詞，不參照詞彙；唯一的例外是 { -winsock }：只在 en-US 對應部分（標題或說明）
### 參照 { -winsock } 的地方同樣參照它，次數也相同。

# en-US: Windows Sockets
# why: Microsoft's term in Microsoft Learn zh-tw (Windows 通訊端錯誤碼)
# avoid: Windows 套接字
-winsock = Windows 通訊端
# en-US: socket
# why: Microsoft's term in Windows' own zh-TW messages and Microsoft Learn zh-tw
# avoid: 套接字, 通訊槽
-socket = 通訊端
# en-US: host
# why: Microsoft's term in Windows' own zh-TW messages (遠端主機)
-host = 主機
# en-US: peer
# why: Microsoft's 對等 reads as peer-to-peer; Windows' zh-TW messages name the other end (遠端主機, 連線對象) and Taiwanese developer texts call the peer 對方
# avoid: 對等端, 對端
-peer = 對方
# en-US: port
# why: Microsoft's term for a TCP/UDP port in Windows' zh-TW messages and Microsoft Learn zh-tw
# avoid: 端口, 通訊埠
-port = 連接埠
# en-US: handle
# why: Microsoft's term in Windows' own zh-TW messages (控制代碼無效)
# avoid: 句柄
-handle = 控制代碼
# en-US: buffer
# why: Microsoft's term in Windows' own zh-TW messages and Microsoft Learn zh-tw
# avoid: 緩存
-buffer = 緩衝區
# en-US: stream
# why: Microsoft's term in Microsoft Learn zh-tw (串流通訊端)
# avoid: 流式
-stream = 串流
# en-US: blocking
# why: Microsoft's term in Microsoft Learn zh-tw (封鎖的 Windows Sockets 1.1 呼叫)
# avoid: 阻塞
-blocking = 封鎖
# en-US: nonblocking
# why: Microsoft's term in Windows' own zh-TW messages (非封鎖通訊端)
# avoid: 非阻塞
-nonblocking = 非封鎖
# en-US: datagram
# why: Microsoft's term in Windows' own zh-TW messages and Microsoft Learn zh-tw (資料包通訊端)
# avoid: 資料報, 數據報, 資料元
-datagram = 資料包
# en-US: address family
# why: Microsoft's term in Windows' own zh-TW text
# avoid: 位址系列, 地址族, 位址族
-address-family = 位址家族
# en-US: protocol family
# why: Microsoft's term in Windows' own zh-TW messages, paired with 位址家族 (Learn's machine-translated 通訊協定系列 is not used)
# avoid: 通訊協定系列, 協定族, 協議族
-protocol-family = 通訊協定家族
# en-US: keep-alive
# why: Microsoft's term in Microsoft Learn zh-tw (SO_KEEPALIVE: 保持運作封包)
# avoid: 保持連線, 保活
-keepalive = 保持運作
# en-US: service provider
# why: Microsoft's term in Microsoft Learn zh-tw Winsock pages
# avoid: 服務供應商, 服務提供程式, 提供程序
-provider = 服務提供者
# en-US: layered service provider
# why: Microsoft's term, built on 服務提供者
# avoid: 分層服務供應商
-layered-provider = 分層服務提供者
# en-US: name space
# why: Microsoft's term in Microsoft Learn zh-tw Winsock pages (命名空間提供者)
# avoid: 名稱空間, 名字空間
-namespace = 命名空間
# en-US: name resolution
# why: Microsoft's term in Windows' own zh-TW text
# avoid: 名字解析
-name-resolution = 名稱解析
# en-US: event object
# why: Microsoft's term in Microsoft Learn zh-tw
# avoid: 事件對象
-event-object = 事件物件
# en-US: overlapped I/O
# why: Microsoft's term in Microsoft Learn zh-tw
# avoid: 重疊式
-overlapped = 重疊 I/O
# en-US: completion port
# why: Microsoft's term in Microsoft Learn zh-tw (I/O 完成連接埠)
# avoid: 完成埠, 完成端口
-completion-port = 完成連接埠
# en-US: QoS
# why: Microsoft keeps QoS as is in zh-TW text (QoS 原則); the spelled-out 服務品質 appears only in the group label
# avoid: 服務質量
-qos = QoS
# en-US: policy
# why: Microsoft's term in Windows' zh-TW text (群組原則, QoS 原則)
# avoid: 策略, 政策
-policy = 原則
# en-US: reservation
# why: Microsoft's term for an RSVP reservation in zh-TW text
# avoid: 預留, 預約
-reservation = 保留
# en-US: admission control
# why: Microsoft's term in Windows' zh-TW QoS text (QoS Admission Control)
# avoid: 准入控制, 許可控制
-admission-control = 允入控制
# en-US: traffic control
# why: Microsoft's term in Microsoft Learn zh-tw QoS pages (流量控制)
-traffic-control = 流量控制
# en-US: flowspec
# why: Microsoft Learn zh-tw has no settled word (its machine translation writes 流程 for flow), so it is built from this file's 資料流 (flow) + 規格; 流量 is traffic
# avoid: 流量規格, 流程規格
-flowspec = 資料流規格
# en-US: filter
# why: Microsoft's term in Windows' zh-TW text
# avoid: 過濾器
-filter = 篩選器
# en-US: filterspec
# why: built from Microsoft's 篩選器 + 規格, parallel to 資料流規格
# avoid: 過濾器規格, 篩選規格
-filterspec = 篩選器規格
# en-US: flow descriptor
# why: Microsoft's 描述元 for descriptor (安全性描述元) with this file's 資料流 for flow
# avoid: 描述符, 流程描述元
-flow-descriptor = 資料流描述元
# en-US: shaping
# why: Microsoft's term in Microsoft Learn zh-tw (QOS_SHAPING_RATE: 流量成形速率)
# avoid: 塑形, 整形
-shaping = 成形
# en-US: sender
# why: Microsoft's term for the sending end in zh-TW text (傳送端 / 接收端)
# avoid: 發送端, 發送方
-sender = 傳送端
# en-US: receiver
# why: Microsoft's term for the receiving end in zh-TW text (傳送端 / 接收端)
# avoid: 接收方
-receiver = 接收端
# en-US: program
# why: Microsoft's term (程式; application is 應用程式, which contains it)
# avoid: 應用程序
-program = 程式
# en-US: resource
# why: Microsoft's term in Windows' own zh-TW messages (資源暫時無法使用)
-resource = 資源
# en-US: access
# why: Microsoft's term in Windows' own zh-TW messages (存取被拒)
# avoid: 訪問
-access = 存取

## 通訊端作業

WSAEINTR = 函式呼叫遭到中斷。
    .detail = 封鎖呼叫在完成之前遭到中斷，典型的原因是呼叫了 WSACancelBlockingCall；這是 { -winsock } 1.1 遺留下來的函式，現代的 Winsock 2 程式不應再使用。呼叫仍在等候時，若另一個執行緒以 closesocket 關閉該通訊端，也會造成同樣的結果；如果這次中斷並非刻意造成，請重試這個呼叫。

WSAEACCES = 存取被拒。
    .detail = 通訊端的使用方式超出了其存取權限所允許的範圍。常見的原因包括：尚未以 setsockopt 啟用 SO_BROADCAST 就呼叫 sendto 傳送到廣播位址，或是呼叫 bind 時指定的位址與連接埠，已由其他程式、服務或驅動程式以 SO_EXCLUSIVEADDRUSE 獨佔；防火牆或安全性產品也可能攔截這項存取。

WSAEFAULT = 位址錯誤。
    .detail = 傳給通訊端函式的某個指標並未指向有效的記憶體，或是某個緩衝區或長度引數太小。請逐一檢查指標引數，並確認長度值與實際的緩衝區大小相符；例如 sockaddr 結構的長度至少必須是 sizeof(sockaddr)。

WSAEINVAL = 引數無效。
    .detail = 其中一個引數無效，例如傳給 setsockopt 的層級無法辨識。呼叫與通訊端目前的狀態不符時，也會傳回這個錯誤，例如對尚未呼叫 listen 的通訊端呼叫 accept。

WSAEMFILE = 開啟的通訊端太多。
    .detail = 這個程式已沒有可用的通訊端控制代碼。這項上限可能是針對整個系統、處理程序或執行緒；請關閉不再需要的通訊端，並檢查是否有控制代碼洩漏。

WSAEWOULDBLOCK = 資源暫時無法使用。
    .detail = 非封鎖通訊端無法立即完成作業，例如呼叫 recv 時還沒有任何資料送達。這並非真正的錯誤：請等到通訊端就緒（可使用 select、WSAPoll 或事件）後再試一次；對非封鎖的 SOCK_STREAM 通訊端呼叫 connect 時，在連線建立期間通常都會回報這個錯誤碼。

# 與 WSAEALREADY 不同：這個錯誤表示此工作或執行緒中已經有一個「封鎖」呼叫正在執行。
WSAEINPROGRESS = 已有封鎖作業正在執行。
    .detail = { -winsock }在每個工作或執行緒中一次只允許一個封鎖呼叫，但前一個呼叫尚未結束，就又發出了另一個呼叫。這主要影響沿用舊式 { -winsock } 1.1 寫法的程式；請確定先前的封鎖呼叫已經傳回，再發出新的呼叫。

# 與 WSAEINPROGRESS 不同：這個錯誤是指「非封鎖」通訊端上已有同類作業正在進行。
WSAEALREADY = 這個非封鎖通訊端上已有作業正在進行。
    .detail = 非封鎖通訊端仍在處理同一類作業時，又對它要求了另一項作業，例如第一次 connect 還在連線中，又呼叫了第二次 connect。取消已經完成或已經取消的非同步要求（WSAAsyncGetXbyY 系列函式之一）時，也會傳回這個錯誤。

WSAENOTSOCK = 對非通訊端的物件執行了通訊端作業。
    .detail = 傳給函式的控制代碼不是有效的通訊端。它可能從來就不是通訊端，也可能已經關閉；如果是 select，則表示 fd_set 中有某個項目不是有效的通訊端。

WSAEDESTADDRREQ = 必須指定目的地位址。
    .detail = 這項作業需要目的地位址，但呼叫中並未提供。例如呼叫 sendto 時以 ADDR_ANY 作為遠端位址；請改為提供對方的實際位址。

WSAEMSGSIZE = 訊息太長。
    .detail = 資料包超過了通訊協定或網路所能承載的大小，或是接收緩衝區小於送達的資料包；在後者的情況下，資料包會遭到截斷。請傳送較小的訊息，或改用較大的接收緩衝區。

WSAEPROTOTYPE = 通訊協定類型與通訊端不符。
    .detail = 傳給 socket 函式的通訊協定與所要求的通訊端類型不符。例如 UDP 不能搭配 SOCK_STREAM 通訊端使用；請選擇與類型相符的通訊協定，或傳入 0 由系統自行選擇。

WSAENOPROTOOPT = 通訊協定選項無效。
    .detail = 傳給 getsockopt 或 setsockopt 的選項或層級無法辨識、無效，或是此通訊協定不支援。請確認該選項屬於正確的層級（例如 SOL_SOCKET 或 IPPROTO_TCP），而且此通訊端類型支援該選項。

WSAEPROTONOSUPPORT = 不支援此通訊協定。
    .detail = 系統上沒有安裝所要求的通訊協定，或是該通訊協定沒有實作。通訊協定與通訊端類型互相衝突時也會發生這個錯誤，例如以串流通訊協定要求建立 SOCK_DGRAM 通訊端。

WSAESOCKTNOSUPPORT = 不支援此通訊端類型。
    .detail = 這個位址家族不支援所要求的通訊端類型。例如，實作可能完全不提供 SOCK_RAW 通訊端，或是必須具備系統管理員權限才能建立。

WSAEOPNOTSUPP = 不支援此作業。
    .detail = 這種通訊端或物件不支援所要求的作業。典型的例子是對資料包通訊端呼叫 accept 或 listen，而資料包通訊端並沒有可以接受的連線。

# WSAEPFNOSUPPORT 針對的是整個通訊協定家族；下一則 WSAEAFNOSUPPORT 針對的則是通訊端所使用的位址家族。兩者幾乎可以互換，Windows 大多回報 WSAEAFNOSUPPORT。
WSAEPFNOSUPPORT = 不支援此通訊協定家族。
    .detail = 系統上沒有設定所要求的通訊協定家族，或是該家族沒有實作。實際上，{ -winsock }函式在同樣的情況下通常會回報 WSAEAFNOSUPPORT。

# 請參閱 WSAEPFNOSUPPORT 上方的註解：這個錯誤是指位址家族（例如 AF_INET）與通訊協定或通訊端不相符。
WSAEAFNOSUPPORT = 通訊協定家族不支援此位址家族。
    .detail = 所使用的位址屬於該通訊協定不支援的位址家族。典型的原因是向 socket 函式要求了不屬於該位址家族的通訊協定，或是在 sendto、connect 等呼叫中將 IPv6 位址傳給 AF_INET 通訊端（或反過來）。

WSAEADDRINUSE = 位址已在使用中。
    .detail = 已經有另一個通訊端繫結到這個位址與連接埠，它可能仍在關閉中，或先前未正確關閉。請停止另一個程式或改用其他連接埠；確實需要共用連接埠的伺服器可以設定 SO_REUSEADDR，而用戶端通常完全不需要呼叫 bind。如果傳給 bind 的是萬用位址（ADDR_ANY），這個錯誤可能要等到位址真正確定時才會出現，也就是之後呼叫 connect、listen、WSAConnect 與 WSAJoinLeaf 其中之一的時候。

WSAEADDRNOTAVAIL = 無法指派所要求的位址。
    .detail = 這個位址在此情況下無效。通常是傳給 bind 的 IP 位址不屬於這部電腦，或是傳給 connect 或 sendto 的遠端位址或連接埠無法使用，例如連接埠 0 或位址 0.0.0.0。

WSAENETDOWN = 網路無法運作。
    .detail = 網路子系統、網路介面卡或區域網路發生故障。請檢查網路連線與網路介面卡；如果問題持續發生，請重新啟動網路堆疊或電腦。

WSAENETUNREACH = 無法連到目的地網路。
    .detail = 本機系統沒有通往目的地網路的路由。請檢查網路連線、預設閘道與路由表，並確認位址正確無誤。

WSAENETRESET = 網路重設，連線已中斷。
    .detail = 作業進行期間，保持運作探查封包發現另一端或通往另一端的路徑已經失效，因此中斷了連線。對已經失效的連線以 setsockopt 啟用 SO_KEEPALIVE 時，也可能傳回這個錯誤；請重新連線後再繼續。

WSAECONNABORTED = 軟體造成連線中止。
    .detail = 這部電腦上的軟體關閉了連線，往往是在發生資料傳輸逾時或通訊協定錯誤之後。會切斷連線的防火牆、防毒產品或 VPN 軟體也可能造成這種情況；請重新連線，如果一再發生，請檢查這類軟體。

WSAECONNRESET = 連線被對方重設。
    .detail = 遠端主機突然關閉了連線。另一端的程式可能已當機或遭到停止，遠端主機可能已重新啟動或從網路上斷線，也可能是它以強制重設的方式（啟用 SO_LINGER 並將逾時設為 0）關閉了通訊端；請重新連線，並檢查遠端的狀況。

WSAENOBUFS = 沒有可用的緩衝區空間。
    .detail = 系統的緩衝區空間不足或佇列已滿，因此無法執行這項作業。這往往表示開啟的連線太多、記憶體已耗盡，或是沒有可用的暫時連接埠；請關閉未使用的通訊端，稍後再試。

WSAEISCONN = 通訊端已經連線。
    .detail = 對已經建立連線的通訊端呼叫了 connect。有些實作在已連線的 SOCK_DGRAM 通訊端上以 sendto 明確指定位址傳送時，也會傳回這個錯誤。

WSAENOTCONN = 通訊端尚未連線。
    .detail = 這個通訊端沒有連線，因此無法透過它傳送或接收資料，而且呼叫中也沒有提供目的地位址（資料包通訊端使用 sendto 時可以提供）。其他呼叫也可能傳回這個錯誤，例如對已遭重設的連線設定 SO_KEEPALIVE；請先呼叫 connect 建立連線。

WSAESHUTDOWN = 以 shutdown 關閉通訊端後，無法再傳送。
    .detail = 先前的 shutdown 呼叫已經關閉了通訊端的這個方向，因此傳送或接收遭到拒絕。某個方向一經關閉，就無法在這個通訊端上再次使用。

WSAETIMEDOUT = 連線逾時。
    .detail = 另一端沒有在時限內回應，這可能發生在建立連線期間，也可能發生在已建立的連線上。遠端主機可能已離線或負載過重，或是防火牆悄悄丟棄了流量；請檢查位址、連接埠與防火牆設定。

WSAECONNREFUSED = 連線遭拒。
    .detail = 目標電腦主動拒絕了連線。通常是該連接埠上沒有程式在接聽、服務已停止，或是防火牆拒絕了連線；請檢查位址和連接埠號碼，並確認伺服器正在執行。

WSAEHOSTDOWN = 主機已停止運作。
    .detail = 目的地主機似乎已停止運作，因此作業失敗。Windows 通常會改以 WSAETIMEDOUT 回報這種情況；請確認遠端電腦已開機並已連上網路。

WSAEHOSTUNREACH = 沒有通往主機的路由。
    .detail = 從這部電腦無法連到目的地主機，因為沒有任何路由可以抵達。請檢查位址、網路連線，以及路由或閘道設定。

WSAEDISCON = 正在正常關閉連線。
    .detail = WSARecv 或 WSARecvFrom 回報遠端已經開始依正常程序關閉連線。之後不會再收到任何資料；請完成處理，然後關閉通訊端。

## 與 Unix 相容的錯誤（為了可攜性而定義，很少傳回）

# 與 Unix 相容的錯誤碼：標頭檔定義它是為了對應 EBADF，Winsock 本身很少傳回。
WSAEBADF = 檔案控制代碼無效。
    .detail = 指定的檔案或通訊端控制代碼無效。請確認該控制代碼已經開啟，而且尚未關閉。

# 對應 ETOOMANYREFS 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAETOOMANYREFS = 參考太多。
    .detail = 對某個核心物件的參考太多。請釋放不再需要的物件，然後再試一次。

# 對應 ELOOP 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAELOOP = 無法轉譯名稱。
    .detail = 無法轉譯某個名稱，例如解析時陷入了迴圈。請檢查名稱是否有誤。

# 對應 ENAMETOOLONG 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAENAMETOOLONG = 名稱太長。
    .detail = 名稱或其中某個部分超過了允許的長度。請改用較短的名稱。

# 對應 ENOTEMPTY 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAENOTEMPTY = 目錄不是空的。
    .detail = 目錄中仍有項目，因此無法移除。請先清空該目錄。

# 對應 EUSERS 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAEUSERS = 超過使用者配額。
    .detail = 使用者人數或使用者資源的配額已經用完。請釋放部分資源，或請系統管理員提高上限。

# 對應 EDQUOT 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAEDQUOT = 超過磁碟配額。
    .detail = 磁碟空間配額已經用完。請釋放一些空間，或請系統管理員提高配額。

# 對應 ESTALE（已失效的控制代碼，常見於網路檔案系統）的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAESTALE = 檔案控制代碼參考已失效。
    .detail = 這個檔案控制代碼所參考的項目已經無法使用。請重新開啟該項目，以取得新的控制代碼。

# 對應 EREMOTE 的 Unix 相容錯誤碼；Winsock 很少傳回。
WSAEREMOTE = 項目位於遠端。
    .detail = 這個項目位於遠端系統上，因此無法在本機取得。請改為透過該遠端系統存取。

## 啟動與服務提供者

WSAEPROCLIM = 處理程序太多。
    .detail = { -winsock }實作對可同時使用它的應用程式數量設有上限，而目前已達到上限，因此 WSAStartup 可能會失敗並傳回這個錯誤。請關閉其他使用網路的程式，然後再試一次。

WSASYSNOTREADY = 網路子系統無法使用。
    .detail = WSAStartup 失敗，因為 { -winsock }所依賴的底層網路系統目前尚未就緒。請確認正確的 Ws2_32.dll 位於應有的位置、搜尋路徑上沒有其他 Winsock DLL 排在它前面、網路元件已安裝並設定妥當，而且系統已經完成啟動。

WSAVERNOTSUPPORTED = 不支援此 Winsock 版本。
    .detail = 已安裝的 { -winsock }實作不支援應用程式在 WSAStartup 中要求的版本。請確認程式要求的是受支援的版本（通常是 2.2），而且載入的是系統本身的 DLL，而不是過時的 Winsock DLL。

WSANOTINITIALISED = 尚未成功呼叫 WSAStartup。
    .detail = 在 WSAStartup 成功之前就使用了通訊端函式，或是在 WSACleanup 的呼叫次數已與 WSAStartup 相同之後仍繼續使用。請先呼叫 WSAStartup 並檢查其結果；此外也請確認沒有與從未初始化 { -winsock }的工作共用通訊端。

WSAEINVALIDPROCTABLE = 服務提供者傳回的程序表無效。
    .detail = 某個 { -winsock }服務提供者交給 Ws2_32.dll 的程序表無效，通常是因為其中有些函式指標是 NULL。請重新安裝或移除有問題的分層服務提供者（LSP）或網路軟體。

WSAEINVALIDPROVIDER = 服務提供者的版本號碼無效。
    .detail = 某個 { -winsock }服務提供者回報的版本不是 2.0，而系統不接受其他版本；WSCGetProviderInfo 與 WSCGetProviderInfo32 找不到所查詢的通訊協定項目時，也會傳回這個錯誤。請更新或移除隨協力廠商網路軟體一起安裝的服務提供者。

WSAEPROVIDERFAILEDINIT = 無法初始化服務提供者。
    .detail = 無法啟動某個服務提供者：以 LoadLibrary 載入它的 DLL 時失敗，或是它的啟動函式（WSPStartup 或 NSPStartup）回報了錯誤。重新安裝受影響的網路軟體，或是重設 Winsock 目錄（netsh winsock reset），往往有助於解決問題。

WSASYSCALLFAILURE = 系統呼叫失敗。
    .detail = 某個照理不會失敗的系統呼叫失敗了，例如以 WaitForMultipleObjects 等候事件，或是對通訊協定目錄或命名空間目錄所做的登錄作業。服務提供者回報失敗卻沒有提供更具體的錯誤碼時，也會傳回這個錯誤，這可能表示該服務提供者本身有程式錯誤。

## 服務查詢（命名空間提供者）

# 與 WSA_E_NO_MORE（10110）是同一種情況，只是編號不同。Windows 通訊端 2 為「沒有其他結果」定義了兩個互相衝突的錯誤碼：WSAENOMORE 是較舊、已不建議使用的一個，WSA_E_NO_MORE 則是 WSALookupServiceNext 傳回的較新錯誤碼，因此程式應同時接受兩者。兩則譯文必須完全相同。
WSAENOMORE = 沒有其他結果。
    .detail = WSALookupServiceNext 對這項查詢已經沒有其他結果可以傳回。這代表查詢已正常結束；請呼叫 WSALookupServiceEnd 完成這項查詢。

# 與 WSA_E_CANCELLED（10111）是同一種情況，只是編號不同，和 WSAENOMORE / WSA_E_NO_MORE 這一組同時定義。WSAECANCELLED 是較舊的形式；WSALookupServiceEnd 取消尚未完成的 WSALookupServiceNext 時，回報的是較新的 WSA_E_CANCELLED。兩則譯文必須完全相同。
WSAECANCELLED = 查詢呼叫已取消。
    .detail = 在 WSALookupServiceNext 呼叫仍在執行時呼叫了 WSALookupServiceEnd，因此這次查詢已取消。提早結束查詢時，出現這個結果是正常的。

WSASERVICE_NOT_FOUND = 找不到服務。
    .detail = 所搜尋的命名空間中沒有這項服務。請檢查服務名稱，並確認查詢的是正確的命名空間。

WSATYPE_NOT_FOUND = 找不到類別類型。
    .detail = 找不到所要求的服務類別類型。請確認該類別已經安裝並完成註冊；服務名稱無法搭配所要求的通訊端類型使用時，getaddrinfo 也會以 EAI_SERVICE 回報同一個錯誤碼。

# 與 WSAENOMORE（10102）是同一種情況；這是較新的編號，也就是 WSALookupServiceNext 傳回、命名空間提供者應該使用的錯誤碼。之所以有兩個編號，是因為 Windows 通訊端 2 為同一種情況定義了互相衝突的錯誤碼，而較舊的編號正逐步淘汰。兩則譯文必須完全相同。
WSA_E_NO_MORE = 沒有其他結果。
    .detail = WSALookupServiceNext 對這項查詢已經沒有其他結果可以傳回。這代表查詢已正常結束；請呼叫 WSALookupServiceEnd 完成這項查詢。

# 與 WSAECANCELLED（10103）是同一種情況；這是較新的編號，在 WSALookupServiceEnd 取消尚未完成的 WSALookupServiceNext 時回報。較舊的編號只是為了相容性而保留。兩則譯文必須完全相同。
WSA_E_CANCELLED = 查詢呼叫已取消。
    .detail = 在 WSALookupServiceNext 呼叫仍在執行時呼叫了 WSALookupServiceEnd，因此這次查詢已取消。提早結束查詢時，出現這個結果是正常的。

WSAEREFUSED = 資料庫查詢遭拒。
    .detail = 命名空間資料庫主動拒絕了這項查詢。伺服器或提供者可能不允許這項要求；請檢查權限以及查詢本身的內容。

## 主機名稱解析

WSAHOST_NOT_FOUND = 找不到主機。
    .detail = 查無使用此名稱的主機：在所查詢的資料庫或 DNS 伺服器中，這個名稱既不是正式的主機名稱，也不是別名。請檢查名稱的拼寫與 DNS 設定；如果查詢的是通訊協定或服務，則表示該資料庫中查無此名稱。

WSATRY_AGAIN = 名稱查詢暫時失敗（非授權回應：找不到主機）。
    .detail = 本機 DNS 伺服器沒有收到該名稱之授權伺服器的回應，因此這次名稱查詢未能完成。這種情況通常不會持續太久；請稍後再試，如果問題持續發生，請檢查網路連線與 DNS 伺服器。

# wsaerr-allow: glossary（此處 hosts 指 hosts 檔案）
WSANO_RECOVERY = 名稱查詢發生無法復原的錯誤。
    .detail = 查詢發生了重試也無法解決的錯誤。可能是本機的資料庫檔案（hosts、services、protocols）遺失，或是 DNS 伺服器回應了嚴重錯誤；請檢查 DNS 設定。

WSANO_DATA = 名稱有效，但沒有所要求類型的資料。
    .detail = 這個名稱存在，但沒有所要求類型的記錄。例如某部主機可能有郵件（MX）記錄，卻沒有位址（A 或 AAAA）記錄，因此無法直接以這個名稱連線到它。

WSA_SECURE_HOST_NOT_FOUND = 安全名稱查詢找不到此主機。
    .detail = 安全的名稱查詢（例如必須通過 DNSSEC 驗證的查詢）找不到這部主機。這個名稱可能不存在，或是未經正確簽署；請檢查名稱與 DNS 安全性設定。

WSA_IPSEC_NAME_POLICY_ERROR = 無法新增以名稱為基礎的 IPsec 原則。
    .detail = 系統無法新增以主機名稱為基礎的 IPsec 原則。請檢查 IPsec 和連線安全性規則，以及其中的名稱設定。

## 事件物件與重疊 I/O

WSA_INVALID_HANDLE = 指定的事件物件控制代碼無效。
    .detail = 程式使用了無效的事件物件控制代碼，例如已經關閉的控制代碼。請確認該控制代碼是由 WSACreateEvent 取得，而且尚未關閉。這個錯誤碼的值與 Windows 錯誤 ERROR_INVALID_HANDLE（6）相同。

WSA_NOT_ENOUGH_MEMORY = 可用的記憶體不足。
    .detail = 某個依賴底層 Windows 函式的 { -winsock }函式因為記憶體不足而失敗。請關閉其他程式或釋放記憶體，然後再試一次。這個錯誤碼的值與 Windows 錯誤 ERROR_NOT_ENOUGH_MEMORY（8）相同。

WSA_INVALID_PARAMETER = 一或多個參數無效。
    .detail = 某個 { -winsock }函式把引數交給底層的 Windows 函式，而該函式拒絕了其中一或多個引數。請檢查這次呼叫的所有參數。這個錯誤碼的值與 Windows 錯誤 ERROR_INVALID_PARAMETER（87）相同。

WSA_OPERATION_ABORTED = 重疊作業已中止。
    .detail = 某個重疊作業在完成之前遭到取消，原因是通訊端已關閉，或是透過 WSAIoctl 發出了 SIO_FLUSH 命令。程式在 I/O 尚未完成時關閉通訊端，就會出現這個預期中的結果；這個錯誤碼的值與 Windows 錯誤 ERROR_OPERATION_ABORTED（995）相同。

WSA_IO_INCOMPLETE = 重疊 I/O 事件物件尚未處於收到訊號的狀態。
    .detail = 程式要求取得某個尚未完成之重疊作業的結果。以 WSAGetOverlappedResult 輪詢並將 fWait 旗標設為 FALSE 時，在作業完成之前都會傳回這個錯誤；請稍候再查詢一次。這個錯誤碼的值與 Windows 錯誤 ERROR_IO_INCOMPLETE（996）相同。

WSA_IO_PENDING = 重疊作業將於稍後完成。
    .detail = 已經啟動一項重疊作業，但無法立即完成。這並非錯誤：作業完成時，程式會透過它的事件、完成常式或 I/O 完成連接埠（IOCP）收到通知，之後可由 WSAGetOverlappedResult 取得結果。這個錯誤碼的值與 Windows 錯誤 ERROR_IO_PENDING（997）相同。

## 服務品質（QoS）

# QoS 狀態碼：已收到 RSVP 保留（RESV）訊息，表示至少有一個接收端想要建立保留。RSVP 是資源保留通訊協定（Resource Reservation Protocol）。
WSA_QOS_RECEIVERS = 已有 QoS 接收端。
    .detail = 已收到至少一個來自接收端的 QoS 保留要求（RSVP RESV 訊息）。這是狀態通知，並非錯誤。

# QoS 狀態碼：已收到 RSVP 路徑（PATH）訊息，表示至少有一個傳送端正在宣告它的流量。
WSA_QOS_SENDERS = 已有 QoS 傳送端。
    .detail = 已收到至少一個來自傳送端的 QoS 路徑訊息（RSVP PATH 訊息）。這是狀態通知，並非錯誤。

WSA_QOS_NO_SENDERS = 沒有 QoS 傳送端。
    .detail = 這個資料流已經沒有任何 QoS 傳送端。這是狀態通知；依賴這些傳送端的保留已不再適用。

WSA_QOS_NO_RECEIVERS = 沒有 QoS 接收端。
    .detail = 這個資料流已經沒有任何 QoS 接收端。這是狀態通知；傳送端已經沒有需要履行的保留。

WSA_QOS_REQUEST_CONFIRMED = QoS 要求已確認。
    .detail = 網路已經確認這項 QoS 保留要求。這是表示成功的通知。

WSA_QOS_ADMISSION_FAILURE = QoS 允入控制錯誤。
    .detail = 由於路徑上的資源（例如頻寬）不足，這項 QoS 要求未能通過允入控制。請降低所要求的資源量，或稍後再試。

WSA_QOS_POLICY_FAILURE = QoS 原則檢查失敗。
    .detail = 原則系統無法依照目前的原則授予所要求的資源，因此拒絕了這項 QoS 要求。請檢查 QoS 原則，或洽詢系統管理員。

# 這裡的「樣式」是指 RSVP 的保留樣式（篩選器如何在各傳送端之間共用）。
WSA_QOS_BAD_STYLE = QoS 樣式錯誤。
    .detail = 發現未知或互相衝突的 QoS 保留樣式。請檢查要求中指定的保留樣式。

# 「篩選器規格」（filterspec）是 RSVP 用來選出保留所適用之封包的規格。
WSA_QOS_BAD_OBJECT = QoS 物件錯誤。
    .detail = FILTERSPEC 有問題，或提供者專用緩衝區整體有誤。請檢查傳給這次呼叫的 QoS 結構。

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS 流量控制錯誤。
    .detail = 在本機套用通用 QoS 要求時，底層的流量控制（TC）介面發生錯誤。可能的原因包括記憶體不足，或 QoS 提供者發生內部錯誤。

WSA_QOS_GENERIC_ERROR = QoS 一般錯誤。
    .detail = 發生了一般的 QoS 錯誤，而且沒有更具體的錯誤碼。請檢查 QoS 要求以及提供者的狀態。

# 「資料流規格」（FLOWSPEC）是描述資料流的流量特性及其所要求服務類型的結構。
WSA_QOS_ESERVICETYPE = QoS 服務類型錯誤。
    .detail = FLOWSPEC 中的服務類型無效或無法辨識。請使用已定義的服務類型之一，例如 SERVICETYPE_GUARANTEED 或 SERVICETYPE_CONTROLLEDLOAD。

WSA_QOS_EFLOWSPEC = QoS 資料流規格錯誤。
    .detail = QOS 結構中的 FLOWSPEC 無效或內容不一致。請檢查其中的速率、大小與服務類型。

WSA_QOS_EPROVSPECBUF = QoS 提供者緩衝區無效。
    .detail = 隨 QoS 要求傳入的提供者專用緩衝區（ProviderSpecific）無效。請檢查它的大小與內容。

WSA_QOS_EFILTERSTYLE = QoS 篩選器樣式無效。
    .detail = 指定的 QoS 篩選器樣式無效。請使用支援的篩選器樣式。

WSA_QOS_EFILTERTYPE = QoS 篩選器類型無效。
    .detail = 指定的 QoS 篩選器類型無效。請使用支援的篩選器類型。

WSA_QOS_EFILTERCOUNT = QoS 篩選器數目不正確。
    .detail = FLOWDESCRIPTOR 中指定的 FILTERSPEC 項目數目不正確。請讓數目與實際提供的篩選器相符。

WSA_QOS_EOBJLENGTH = QoS 物件長度無效。
    .detail = QoS 提供者專用緩衝區中有某個物件的 ObjectLength 欄位無效。請檢查緩衝區中每個物件的長度。

WSA_QOS_EFLOWCOUNT = QoS 資料流數目不正確。
    .detail = QOS 結構指定的資料流描述元數目不正確。請讓數目與實際提供的描述元相符。

WSA_QOS_EUNKOWNPSOBJ = 無法辨識的 QoS 物件。
    .detail = QoS 提供者專用緩衝區中含有提供者無法辨識其類型的物件。請移除該物件，或改用支援的物件類型。

WSA_QOS_EPOLICYOBJ = QoS 原則物件無效。
    .detail = QoS 提供者專用緩衝區中含有無效的原則物件。請檢查緩衝區中的原則資料。

WSA_QOS_EFLOWDESC = QoS 資料流描述元無效。
    .detail = 資料流描述元清單中有某個項目無效。請逐一檢查要求中的每個資料流描述元（FLOWDESCRIPTOR）。

WSA_QOS_EPSFLOWSPEC = 提供者專用的 QoS 資料流規格無效。
    .detail = QoS 提供者專用緩衝區中含有無效或內容不一致的 FLOWSPEC。請檢查緩衝區中的資料流規格。

WSA_QOS_EPSFILTERSPEC = 提供者專用的 QoS 篩選器規格無效。
    .detail = QoS 提供者專用緩衝區中含有無效的 FILTERSPEC。請檢查緩衝區中的篩選器規格。

# 「成形捨棄模式」告訴流量成形元件如何處理超出資料流限制的封包（延後送出、丟棄等）。
WSA_QOS_ESDMODEOBJ = QoS 成形捨棄模式物件無效。
    .detail = QoS 提供者專用緩衝區中含有無效的成形捨棄模式物件（QOS_SD_MODE）。請檢查該物件中的模式值。

# 「成形速率」是流量成形元件放行該資料流封包的速率。
WSA_QOS_ESHAPERATEOBJ = QoS 成形速率物件無效。
    .detail = QoS 提供者專用緩衝區中含有無效的成形速率物件（QOS_SHAPING_RATE）。請檢查該物件中指定的速率。

# 保留供系統使用的原則元素類型，也就是不應由應用程式使用的類型（與 RSVP 的「保留」無關）。
WSA_QOS_RESERVED_PETYPE = QoS 原則元素類型為保留值。
    .detail = QoS 提供者專用緩衝區中含有類型為保留值的原則元素。請移除該元素，或改用允許的原則元素類型。

## 頁面與清單上的標籤：代碼群組名稱、頁面標題，以及篩選方塊旁的文字

group-socket = 通訊端作業
group-unix-compat = Unix 相容性
group-startup = 啟動與服務提供者
group-service-lookup = 服務查詢
group-name-resolution = 名稱解析
group-overlapped = 重疊 I/O 與事件
group-qos = 服務品質（QoS）
page-heading = Winsock 錯誤碼
page-languages = 其他語言
page-filter = 依編號、名稱或字詞篩選清單
page-query-too-long = 查詢過長。
table-name = 名稱
table-number = 編號
table-hex = 十六進位
table-group = 群組
table-title = 標題
table-detail = 說明
