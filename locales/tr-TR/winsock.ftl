### Türkçe (Türkiye) için Windows Sockets (Winsock) hata kataloğu.
### Her ileti kimliği bir Winsock hata kodunun simgesel adıdır (örneğin WSAETIMEDOUT); değeri kullanıcıya
### gösterilen kısa başlık, .detail özniteliği ise tek satırlık bir açıklamadır.
### İşlev, sabit, seçenek, yapı ve dosya adları (WSAStartup, setsockopt, SO_BROADCAST, ADDR_ANY, FLOWSPEC,
### Ws2_32.dll, ...) kod tanımlayıcılarıdır: asla çevrilmez, Türkçe harflerle de yazılmaz. Türkçe ekler bu
### adlara kesme işaretiyle eklenir (WSAStartup'ı, bind'a).
### Üslup: Windows'un kendi Türkçe iletilerindeki ve Microsoft'un Türkçe belgelerindeki resmi ve nazik dil
### ("Denetleyin", "... emin olun"); terimler Microsoft'un Türkçe terminolojisini izler.
###
### Sözlük: aşağıdaki Fluent terimleri ortak sözlük kimlikleridir. Her dil yalnızca bu kimlikleri kullanır;
### en-US hepsini kendi metninde geçen İngilizce sözcük veya ifadeyle tanımlar, bu dosya ise Türkçe
### karşılığıyla. İletiler sözlükteki sözcükleri açıkça yazar; bir iletinin başvurduğu tek terim
### { -winsock } olup yalnızca en-US'nin başvurduğu ileti bölümlerinde kullanılır.

# en-US: Windows Sockets
# why: Name of the API; Microsoft's Turkish API reference mostly keeps it in English (a few older pages say "Windows Yuvaları")
# avoid: Windows Yuvaları
-winsock = Windows Sockets
# en-US: socket
# why: Microsoft's term in Windows' own Turkish Winsock messages and docs; "soket" is common developer slang but Windows never shows it
# avoid: soket
-socket = yuva
# en-US: host
# why: Microsoft's term in Windows' own Turkish messages
# avoid: konak
-host = ana bilgisayar
# en-US: peer
# why: Microsoft's term (as in peer-to-peer, "eşler arası")
-peer = eş
# en-US: port
# why: Microsoft's term in Windows' own Turkish messages
# avoid: port
-port = bağlantı noktası
# en-US: handle
# why: Microsoft's term in Windows' Turkish API docs
# avoid: tutamaç, tutamak
-handle = tanıtıcı
# en-US: buffer
# why: Microsoft's term in Windows' own Turkish messages
# avoid: tampon
-buffer = arabellek
# en-US: stream
# why: Microsoft's term (stream socket, "akış yuvası")
-stream = akış
# en-US: blocking
# why: Microsoft's term in Windows' own Turkish Winsock messages
# avoid: bloklayan, bloke eden
-blocking = engelleyen
# en-US: nonblocking
# why: Microsoft's term in Windows' own Turkish Winsock messages
# avoid: bloklamayan, engelleyici olmayan
-nonblocking = engellemeyen
# en-US: datagram
# why: Microsoft's term in Turkish docs (User Datagram Protocol, "Veri Birimi Protokolü")
# avoid: datagram
-datagram = veri birimi
# en-US: address family
# why: Microsoft's term
-address-family = adres ailesi
# en-US: protocol family
# why: Microsoft's current term; older Windows messages said "iletişim kuralı", which current Turkish Windows replaced with "protokol"
# avoid: iletişim kuralı
-protocol-family = protokol ailesi
# en-US: keep-alive
# why: Microsoft's term in Windows' own Turkish messages (WSAENETRESET)
# avoid: canlı tutma
-keepalive = etkin tutma
# en-US: service provider
# why: Microsoft's term
# avoid: servis sağlayıcı
-provider = hizmet sağlayıcısı
# en-US: layered service provider
# why: Microsoft's term
# avoid: katmanlı servis sağlayıcı
-layered-provider = katmanlı hizmet sağlayıcısı
# en-US: name space
# why: Microsoft's term
# avoid: isim alanı, ad uzayı
-namespace = ad alanı
# en-US: name resolution
# why: Microsoft's term
# avoid: isim çözümleme
-name-resolution = ad çözümleme
# en-US: event object
# why: Microsoft's term in Turkish Win32 docs
-event-object = olay nesnesi
# en-US: overlapped I/O
# why: Microsoft's term in Turkish Win32 docs
# avoid: örtüşen
-overlapped = çakışan G/Ç
# en-US: completion port
# why: Microsoft's term ("G/Ç tamamlama bağlantı noktası") in Turkish Win32 docs
# avoid: tamamlama portu
-completion-port = tamamlama bağlantı noktası
# en-US: QoS
# why: Microsoft keeps the abbreviation, spelled out as "hizmet kalitesi"
-qos = QoS
# en-US: policy
# why: Microsoft's term (Grup İlkesi, QoS ilkesi)
# avoid: politika
-policy = ilke
# en-US: reservation
# why: No settled Microsoft Turkish term for RSVP reservations; "rezervasyon" is what Turkish networking texts use for RSVP, while Microsoft's "ayırma" would read as generic allocation
-reservation = rezervasyon
# en-US: admission control
# why: Microsoft's term ("denetim" for control)
# avoid: kabul kontrolü
-admission-control = kabul denetimi
# en-US: traffic control
# why: Microsoft's term ("denetim" for control)
# avoid: trafik kontrolü
-traffic-control = trafik denetimi
# en-US: flowspec
# why: Microsoft's rendering of "specification" ("belirtim") applied to the flow
# avoid: akış spesifikasyonu
-flowspec = akış belirtimi
# en-US: filter
# why: Microsoft's term
-filter = filtre
# en-US: filterspec
# why: Microsoft's rendering of "specification" ("belirtim") applied to the filter
# avoid: filtre spesifikasyonu
-filterspec = filtre belirtimi
# en-US: flow descriptor
# why: Microsoft's term ("tanımlayıcı" for descriptor)
-flow-descriptor = akış tanımlayıcısı
# en-US: shaping
# why: Microsoft's term (traffic shaping, "trafik şekillendirme")
-shaping = şekillendirme
# en-US: sender
# why: Microsoft's term
# avoid: gönderici
-sender = gönderen
# en-US: receiver
# why: Microsoft's term
-receiver = alıcı
# en-US: program
# why: Microsoft's term; used throughout for both "program" and "application"
-program = program
# en-US: resource
# why: Microsoft's term
-resource = kaynak
# en-US: access
# why: Microsoft's term
-access = erişim

## Yuva işlemleri

WSAEINTR = İşlev çağrısı kesildi.
    .detail = Engelleyen bir çağrı tamamlanmadan kesildi; bu kesinti klasik olarak, { -winsock } 1.1'den kalma olan ve modern Winsock 2 programlarının kullanmaması gereken WSACancelBlockingCall ile yapılır. Bir çağrı yuvada beklerken yuvanın başka bir iş parçacığından closesocket ile kapatılması da aynı etkiyi doğurur; kesinti istenen bir durum değilse çağrıyı yeniden deneyin.

WSAEACCES = İzin reddedildi.
    .detail = Yuva, erişim haklarının izin vermediği bir şekilde kullanıldı. Bunun yaygın nedenleri, SO_BROADCAST önce setsockopt ile etkinleştirilmeden sendto çağrısının bir yayın adresiyle yapılması ya da başka bir program, hizmet veya sürücünün SO_EXCLUSIVEADDRUSE ile kendisine özel olarak ayırdığı bir adres ve bağlantı noktası için bind çağrısı yapılmasıdır; erişimi bir güvenlik duvarı veya güvenlik ürünü de engelleyebilir.

WSAEFAULT = Hatalı adres.
    .detail = Bir yuva işlevine geçirilen işaretçi geçerli bir bellek konumunu göstermiyor ya da bir arabellek veya uzunluk bağımsız değişkeni çok küçük. Tüm işaretçi bağımsız değişkenlerini denetleyin ve uzunluk değerlerinin gerçek arabellek boyutuyla eşleştiğinden emin olun; örneğin bir sockaddr yapısının uzunluğu en az sizeof(sockaddr) olmalıdır.

WSAEINVAL = Geçersiz bağımsız değişken.
    .detail = Bağımsız değişkenlerden biri geçerli değil; setsockopt işlevine bilinmeyen bir düzey geçirilmesi buna bir örnektir. Bu kod, çağrı yuvanın o anki durumuna uymadığında da döndürülür; örneğin üzerinde listen çağrılmamış bir yuvada accept çağrıldığında bu durum oluşur.

WSAEMFILE = Açık yuva sayısı çok fazla.
    .detail = Bu program için kullanılabilir yuva tanıtıcısı kalmadı. Sınır tüm sistem, işlem veya iş parçacığı için geçerli olabilir; artık gerekmeyen yuvaları kapatın ve tanıtıcı sızıntısı olup olmadığını araştırın.

WSAEWOULDBLOCK = Kaynak geçici olarak kullanılamıyor.
    .detail = Engellemeyen bir yuva, işlemi hemen tamamlayamadı; örneğin henüz bekleyen veri yokken yapılan bir recv çağrısı. Bu gerçek bir hata değildir: yuva hazır olana kadar (select, WSAPoll veya bir olayla) bekleyin ve yeniden deneyin; engellemeyen bir SOCK_STREAM yuvasında yapılan connect çağrısı, bağlantı kurulurken normalde bu kodu bildirir.

# WSAEALREADY ile karıştırılmamalıdır: bu kod, bu görevde veya iş parçacığında *engelleyen* bir çağrının zaten yürütüldüğünü belirtir.
WSAEINPROGRESS = Engelleyen bir işlem zaten yürütülüyor.
    .detail = { -winsock }, görev veya iş parçacığı başına aynı anda yalnızca bir engelleyen çağrıya izin verir; önceki çağrı hâlâ beklemedeyken başka bir çağrı yapıldı. Bu durum çoğunlukla eski { -winsock } 1.1 tarzı programları etkiler; yeni bir çağrı yapmadan önce önceki engelleyen çağrının döndüğünden emin olun.

# WSAEINPROGRESS ile karıştırılmamalıdır: bu kod, üzerinde zaten bir işlem süren *engellemeyen* bir yuvayla ilgilidir.
WSAEALREADY = Bu engellemeyen yuvada zaten bir işlem sürüyor.
    .detail = Aynı türden bir işlemle hâlâ meşgul olan engellemeyen bir yuvada işlem istendi; örneğin ilki hâlâ bağlantı kurmaya çalışırken yapılan ikinci bir connect çağrısı. Bu kod, zaten tamamlanmış veya iptal edilmiş zaman uyumsuz bir istek (WSAAsyncGetXbyY işlevlerinden biriyle yapılan) iptal edilmek istendiğinde de döndürülür.

WSAENOTSOCK = Yuva olmayan bir nesnede yuva işlemi.
    .detail = İşleve geçirilen tanıtıcı geçerli bir yuva değil. Tanıtıcı hiçbir zaman bir yuva olmamış veya zaten kapatılmış olabilir ya da select kullanılıyorsa fd_set içindeki girdilerden biri geçerli bir yuva değildir.

WSAEDESTADDRREQ = Hedef adres gerekli.
    .detail = İşlem bir hedef adres gerektiriyor, ancak adres verilmedi. Örneğin sendto, uzak adres olarak ADDR_ANY ile çağrıldı; eşin gerçek adresini belirtin.

WSAEMSGSIZE = İleti çok uzun.
    .detail = Bir veri birimi, protokolün veya ağın taşıyabileceğinden büyüktü ya da alma arabelleği gelen veri biriminden küçüktü; ikinci durumda veri birimi kırpıldı. Daha küçük iletiler gönderin veya alma için daha büyük bir arabellek kullanın.

WSAEPROTOTYPE = Protokol türü yuvaya uygun değil.
    .detail = İstenen yuva türü, socket işlevine verilen protokolle uyumlu değil. Örneğin UDP bir SOCK_STREAM yuvasıyla kullanılamaz; türe uyan bir protokol seçin veya seçimi sisteme bırakmak için 0 geçirin.

WSAENOPROTOOPT = Hatalı protokol seçeneği.
    .detail = getsockopt veya setsockopt işlevine verilen seçenek ya da düzey bilinmiyor, geçersiz veya bu protokol tarafından desteklenmiyor. Seçeneğin doğru düzeye (örneğin SOL_SOCKET veya IPPROTO_TCP) ait olduğunu ve yuva türünün bu seçeneği desteklediğini denetleyin.

WSAEPROTONOSUPPORT = Protokol desteklenmiyor.
    .detail = İstenen protokol bu sistemde yüklü değil veya protokolü uygulayan bir bileşen yok. Bu hata, protokol yuva türüyle bağdaşmadığında da oluşur; örneğin bir akış protokolüyle SOCK_DGRAM yuvası istendiğinde.

WSAESOCKTNOSUPPORT = Yuva türü desteklenmiyor.
    .detail = Bu adres ailesi, istenen yuva türünü desteklemiyor. Örneğin ilgili protokol uygulaması SOCK_RAW yuvalarını hiç sunmayabilir ya da bunları oluşturmak için yönetici hakları gerektirebilir.

WSAEOPNOTSUPP = İşlem desteklenmiyor.
    .detail = İstenen işlem bu tür bir yuva veya nesne tarafından desteklenmiyor. Tipik bir örnek, kabul edilecek bağlantısı olmayan bir veri birimi yuvasında accept veya listen çağrılmasıdır.

# WSAEPFNOSUPPORT protokol ailesinin bütünüyle, WSAEAFNOSUPPORT (sonraki ileti) ise yuvayla kullanılan adres ailesiyle ilgilidir. İkisi neredeyse birbirinin yerine geçer ve Windows çoğunlukla WSAEAFNOSUPPORT bildirir.
WSAEPFNOSUPPORT = Protokol ailesi desteklenmiyor.
    .detail = İstenen protokol ailesi bu sistemde yapılandırılmamış veya bu aileyi uygulayan bir bileşen yok. Pratikte { -winsock } işlevleri aynı durum için genellikle WSAEAFNOSUPPORT bildirir.

# WSAEPFNOSUPPORT açıklamasına bakın: bu kod, adres ailesinin (örneğin AF_INET) protokole veya yuvaya uymamasıyla ilgilidir.
WSAEAFNOSUPPORT = Adres ailesi, protokol ailesi tarafından desteklenmiyor.
    .detail = Protokolün desteklemediği bir aileden adres kullanıldı. Tipik nedenler, socket işlevinden adres ailesine ait olmayan bir protokolün istenmesi ya da sendto veya connect gibi çağrılarda bir AF_INET yuvasına IPv6 adresi (veya tersi) geçirilmesidir.

WSAEADDRINUSE = Adres zaten kullanımda.
    .detail = Bu adres ve bağlantı noktası zaten başka bir yuvaya bağlı; bu yuva hâlâ kapanmakta olan veya düzgün kapatılmamış bir yuva olabilir. Diğer programı durdurun veya başka bir bağlantı noktası seçin; bir bağlantı noktasını gerçekten paylaşması gereken sunucular SO_REUSEADDR ayarlayabilir, istemcilerin ise genellikle bind çağırmasına hiç gerek yoktur. Joker adres (ADDR_ANY) bind çağrısına verildiyse, hata ancak adres gerçekten sabitlendiğinde, yani daha sonraki bir connect, listen, WSAConnect veya WSAJoinLeaf çağrısında ortaya çıkabilir.

WSAEADDRNOTAVAIL = İstenen adres atanamıyor.
    .detail = Adres bu bağlamda geçerli değil. Genellikle bind çağrısına bu bilgisayara ait olmayan bir IP adresi verilmiştir ya da connect veya sendto çağrısına, 0 numaralı bağlantı noktası veya 0.0.0.0 adresi gibi kullanılamayan bir uzak adres veya bağlantı noktası verilmiştir.

WSAENETDOWN = Ağ çalışmıyor.
    .detail = Ağ alt sisteminde, ağ bağdaştırıcısında veya yerel ağda bir arıza oluştu. Ağ bağlantısını ve bağdaştırıcıyı denetleyin; sorun devam ederse ağ yığınını veya bilgisayarı yeniden başlatın.

WSAENETUNREACH = Ağa ulaşılamıyor.
    .detail = Yerel sistemin hedef ağa giden bir yolu yok. Ağ bağlantısını, varsayılan ağ geçidini ve yönlendirme tablosunu denetleyin; adresin doğru olduğundan da emin olun.

WSAENETRESET = Ağ sıfırlandığı için bağlantı kesildi.
    .detail = Bir işlem sürerken etkin tutma yoklamaları karşı tarafın veya ona giden yolun arızalandığını saptadığı için bağlantı kesildi. Zaten başarısız olmuş bir bağlantıda SO_KEEPALIVE etkinleştirilirken setsockopt da bu kodu döndürebilir; devam etmek için yeniden bağlanın.

WSAECONNABORTED = Bağlantı yazılım tarafından iptal edildi.
    .detail = Bağlantı, çoğu zaman bir veri aktarımı zaman aşımı veya protokol hatası sonrasında, bu bilgisayardaki yazılım tarafından kapatıldı. Bağlantıları kesen güvenlik duvarları, virüsten koruma ürünleri veya VPN yazılımları da buna neden olabilir; yeniden bağlanın ve sorun sürerse bu tür yazılımları denetleyin.

WSAECONNRESET = Bağlantı eş tarafından sıfırlandı.
    .detail = Uzak ana bilgisayar bağlantıyı aniden kapattı. Karşı uçtaki program çökmüş veya durdurulmuş, uzak ana bilgisayar yeniden başlamış ya da ağdan düşmüş olabilir; uzak taraf yuvayı sert bir sıfırlamayla (SO_LINGER etkin ve zaman aşımı 0) kapatmış da olabilir. Yeniden bağlanın ve uzak tarafı denetleyin.

WSAENOBUFS = Kullanılabilir arabellek alanı yok.
    .detail = Sistemin arabellek alanı tükendi veya bir kuyruk doldu, bu nedenle işlem gerçekleştirilemedi. Bu durum çoğu zaman çok fazla açık bağlantıya, belleğin tükenmesine veya boş geçici bağlantı noktası kalmamasına işaret eder; kullanılmayan yuvaları kapatın ve daha sonra yeniden deneyin.

WSAEISCONN = Yuva zaten bağlı.
    .detail = Zaten bir bağlantısı olan bir yuvada connect çağrıldı. Bazı protokol uygulamaları, bağlı bir SOCK_DGRAM yuvasında açıkça adres belirtilerek sendto kullanıldığında da bu kodu döndürür.

WSAENOTCONN = Yuva bağlı değil.
    .detail = Yuva bağlı değil; bu nedenle üzerinden veri gönderilemez veya alınamaz ve (bir veri birimi yuvasında sendto çağrısının izin vereceği gibi) bir hedef adres de verilmedi. Sıfırlanmış bir bağlantıda SO_KEEPALIVE ayarlanması gibi başka çağrılar da bu kodu döndürebilir; önce connect ile bağlantı kurun.

WSAESHUTDOWN = Yuva kapatıldıktan sonra gönderme yapılamaz.
    .detail = Yuvanın o yönü daha önceki bir shutdown çağrısıyla zaten kapatıldığı için gönderme veya alma reddedildi. Bir yön kapatıldıktan sonra bu yuvada yeniden kullanılamaz.

WSAETIMEDOUT = Bağlantı zaman aşımına uğradı.
    .detail = Karşı taraf, bağlantı kurulurken veya kurulmuş bir bağlantı üzerinde zamanında yanıt vermedi. Uzak ana bilgisayar çevrimdışı ya da aşırı yüklü olabilir veya bir güvenlik duvarı trafiği sessizce bırakıyor olabilir; adresi, bağlantı noktasını ve güvenlik duvarı ayarlarını denetleyin.

WSAECONNREFUSED = Bağlantı reddedildi.
    .detail = Hedef bilgisayar bağlantıyı etkin olarak reddetti. Genellikle o bağlantı noktasını dinleyen bir program yoktur, hizmet durdurulmuştur veya bağlantıyı bir güvenlik duvarı reddeder; adresi, bağlantı noktası numarasını ve sunucunun çalıştığını denetleyin.

WSAEHOSTDOWN = Ana bilgisayar kapalı.
    .detail = Hedef ana bilgisayar kapalı göründüğü için işlem başarısız oldu. Windows bu durumu genellikle bunun yerine WSAETIMEDOUT olarak bildirir; uzak bilgisayarın açık ve ağa bağlı olduğunu denetleyin.

WSAEHOSTUNREACH = Ana bilgisayara giden yol yok.
    .detail = Hedef ana bilgisayara giden bir yol olmadığından bu bilgisayardan ona ulaşılamıyor. Adresi, ağ bağlantısını ve yönlendirme ya da ağ geçidi ayarlarını denetleyin.

WSAEDISCON = Düzgün kapatma işlemi sürüyor.
    .detail = WSARecv veya WSARecvFrom, uzak tarafın bağlantıyı düzenli biçimde kapatmaya başladığını bildiriyor. Başka veri gelmeyecek; işlemeyi bitirin ve yuvayı kapatın.

## Unix uyumlu hatalar (taşınabilirlik için tanımlanmıştır, nadiren döndürülür)

# Unix uyumluluk kodu: başlık dosyalarında EBADF'nin karşılığı olarak tanımlanır, Winsock'un kendisi nadiren döndürür.
WSAEBADF = Hatalı dosya tanıtıcısı.
    .detail = Verilen dosya veya yuva tanıtıcısı geçerli değil. Tanıtıcının açık olduğundan ve daha önce kapatılmadığından emin olun.

# ETOOMANYREFS'in karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAETOOMANYREFS = Çok fazla başvuru.
    .detail = Bir çekirdek nesnesine çok fazla başvuru var. Artık gerekmeyen nesneleri serbest bırakın ve yeniden deneyin.

# ELOOP'un karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAELOOP = Ad çevrilemiyor.
    .detail = Bir ad çevrilemedi; örneğin adın çözümlenmesi bir döngüye girdiği için. Adın hatalı olup olmadığını denetleyin.

# ENAMETOOLONG'un karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAENAMETOOLONG = Ad çok uzun.
    .detail = Bir ad veya adın bölümlerinden biri izin verilenden uzun. Daha kısa bir ad kullanın.

# ENOTEMPTY'nin karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAENOTEMPTY = Dizin boş değil.
    .detail = Dizin hâlâ girdiler içerdiğinden kaldırılamadı. Önce dizini boşaltın.

# EUSERS'ın karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAEUSERS = Kullanıcı kotası aşıldı.
    .detail = Kullanıcı veya kullanıcı kaynağı kotası tükendi. Bazı kaynakları serbest bırakın veya sınırı yükseltmesi için bir yöneticiye başvurun.

# EDQUOT'un karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAEDQUOT = Disk kotası aşıldı.
    .detail = Disk alanı kotası doldu. Biraz alan boşaltın veya kotayı yükseltmesi için bir yöneticiye başvurun.

# ESTALE'in (ağ dosya sistemlerinde görülen, geçerliliğini yitirmiş tanıtıcı) karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAESTALE = Geçerliliğini yitirmiş dosya tanıtıcısı başvurusu.
    .detail = Dosya tanıtıcısı artık kullanılamayan bir öğeye başvuruyor. Yeni bir tanıtıcı almak için öğeyi yeniden açın.

# EREMOTE'un karşılığı olan Unix uyumluluk kodu; Winsock nadiren döndürür.
WSAEREMOTE = Öğe uzak konumda.
    .detail = Öğe uzak bir sistemde bulunduğundan yerel olarak kullanılamıyor. Öğeye bunun yerine uzak sistem üzerinden erişin.

## Başlatma ve hizmet sağlayıcıları

WSAEPROCLIM = Çok fazla işlem.
    .detail = Kullanılan { -winsock } bileşeni, kendisini aynı anda kullanabilecek program sayısını sınırlıyor ve bu sınıra ulaşıldı; bu nedenle WSAStartup bu hatayla başarısız olabilir. Ağı kullanan diğer programları kapatın ve yeniden deneyin.

WSASYSNOTREADY = Ağ alt sistemi kullanılamıyor.
    .detail = { -winsock } tarafından kullanılan temel ağ sistemi şu anda hazır olmadığından WSAStartup başarısız oldu. Doğru Ws2_32.dll dosyasının yerinde olduğunu ve arama yolunda ondan önce başka bir Winsock DLL dosyası bulunmadığını, ağ bileşenlerinin yüklü ve yapılandırılmış olduğunu ve sistemin hâlâ başlatılma aşamasında olmadığını denetleyin.

WSAVERNOTSUPPORTED = Winsock sürümü desteklenmiyor.
    .detail = Yüklü { -winsock } bileşeni, programın WSAStartup çağrısında istediği sürümü desteklemiyor. Programın desteklenen bir sürüm (normalde 2.2) istediğinden ve sistemin kendi dosyası yerine eski bir Winsock DLL dosyasının yüklenmediğinden emin olun.

WSANOTINITIALISED = WSAStartup başarıyla çağrılmadı.
    .detail = Bir yuva işlevi, başarılı bir WSAStartup çağrısından önce ya da WSACleanup, WSAStartup ile aynı sayıda çağrıldıktan sonra kullanıldı. Önce WSAStartup'ı çağırın ve sonucunu denetleyin; ayrıca yuvaların, { -winsock } kullanımını hiç başlatmamış bir görevle paylaşılmadığından emin olun.

WSAEINVALIDPROCTABLE = Hizmet sağlayıcısından gelen yordam tablosu geçersiz.
    .detail = Bir { -winsock } hizmet sağlayıcısı, Ws2_32.dll dosyasına geçerli olmayan bir yordam tablosu verdi; bunun nedeni genellikle işlev işaretçilerinden bazılarının NULL olmasıdır. Hatalı katmanlı hizmet sağlayıcısını (LSP) veya ağ yazılımını yeniden yükleyin ya da kaldırın.

WSAEINVALIDPROVIDER = Geçersiz hizmet sağlayıcısı sürüm numarası.
    .detail = Bir { -winsock } hizmet sağlayıcısı 2.0 dışında bir sürüm bildirdi ve sistem bunu kabul etmiyor; WSCGetProviderInfo ve WSCGetProviderInfo32 de sorgulanan protokol girdisini bulamadığında bu kodu döndürür. Üçüncü taraf ağ yazılımıyla birlikte gelen sağlayıcıyı güncelleştirin veya kaldırın.

WSAEPROVIDERFAILEDINIT = Hizmet sağlayıcısı başlatılamadı.
    .detail = Bir hizmet sağlayıcısı başlatılamadı: ya sağlayıcının DLL dosyası LoadLibrary ile yüklenemedi ya da sağlayıcının WSPStartup veya NSPStartup işlevi bir hata bildirdi. Etkilenen ağ yazılımını yeniden yüklemek veya Winsock kataloğunu sıfırlamak (netsh winsock reset) çoğu zaman sorunu çözmeye yardımcı olur.

WSASYSCALLFAILURE = Sistem çağrısı hatası.
    .detail = Hiçbir zaman başarısız olmaması gereken bir sistem çağrısı başarısız oldu; örneğin WaitForMultipleObjects ile olayların beklenmesi ya da protokol veya ad alanı kataloglarında bir kayıt defteri işlemi. Bu kod, bir sağlayıcı daha belirli bir kod vermeden hata bildirdiğinde de döndürülür; bu da o sağlayıcıda bir yazılım hatası olduğunu gösterebilir.

## Hizmet arama (ad alanı sağlayıcıları)

# WSA_E_NO_MORE (10110) ile aynı durum, ikinci bir numarayla. Windows Sockets 2, "başka sonuç yok" için çakışan iki kod tanımladı; WSAENOMORE eski ve kullanımdan kaldırılmış olanı, WSA_E_NO_MORE ise WSALookupServiceNext işlevinin döndürdüğü yeni olanıdır; programlar ikisini de kabul etmelidir. İki çeviri aynı tutulmalıdır.
WSAENOMORE = Başka sonuç yok.
    .detail = WSALookupServiceNext işlevinin bu sorgu için döndürebileceği başka sonuç yok. Bu, aramanın olağan sonudur; aramayı sonlandırmak için WSALookupServiceEnd işlevini çağırın.

# WSA_E_CANCELLED (10111) ile aynı durum, ikinci bir numarayla; WSAENOMORE / WSA_E_NO_MORE çiftine paralel olarak tanımlanmıştır. WSAECANCELLED eski biçimdir; WSA_E_CANCELLED, WSALookupServiceEnd bekleyen bir WSALookupServiceNext çağrısını iptal ettiğinde bildirilen yeni biçimdir. İki çeviri aynı tutulmalıdır.
WSAECANCELLED = Arama çağrısı iptal edildi.
    .detail = Bir WSALookupServiceNext çağrısı hâlâ sürerken WSALookupServiceEnd çağrıldı ve bu arama iptal edildi. Arama erken sonlandırıldığında bu beklenen bir durumdur.

WSASERVICE_NOT_FOUND = Hizmet bulunamadı.
    .detail = Aranan ad alanında böyle bir hizmet bilinmiyor. Hizmet adını ve doğru ad alanının sorgulandığını denetleyin.

WSATYPE_NOT_FOUND = Sınıf türü bulunamadı.
    .detail = İstenen hizmet sınıfı türü bulunamadı. Sınıfın yüklü ve kayıtlı olduğunu denetleyin; getaddrinfo da hizmet adı istenen yuva türüyle kullanılamadığında aynı kodu EAI_SERVICE olarak bildirir.

# WSAENOMORE (10102) ile aynı durum; bu, WSALookupServiceNext işlevinin döndürdüğü ve ad alanı sağlayıcılarının kullanması gereken yeni numaradır. Windows Sockets 2 aynı durum için çakışan kodlar tanımladığından iki numara vardır; eskisi kullanımdan kaldırılmaktadır. İki çeviri aynı tutulmalıdır.
WSA_E_NO_MORE = Başka sonuç yok.
    .detail = WSALookupServiceNext işlevinin bu sorgu için döndürebileceği başka sonuç yok. Bu, aramanın olağan sonudur; aramayı sonlandırmak için WSALookupServiceEnd işlevini çağırın.

# WSAECANCELLED (10103) ile aynı durum; bu, WSALookupServiceEnd bekleyen bir WSALookupServiceNext çağrısını iptal ettiğinde bildirilen yeni numaradır. Eski numara yalnızca uyumluluk için korunur. İki çeviri aynı tutulmalıdır.
WSA_E_CANCELLED = Arama çağrısı iptal edildi.
    .detail = Bir WSALookupServiceNext çağrısı hâlâ sürerken WSALookupServiceEnd çağrıldı ve bu arama iptal edildi. Arama erken sonlandırıldığında bu beklenen bir durumdur.

WSAEREFUSED = Veritabanı sorgusu reddedildi.
    .detail = Ad alanı veritabanı sorguyu etkin olarak reddetti. Sunucu veya sağlayıcı bu isteğe izin vermiyor olabilir; izinleri ve sorgunun kendisini denetleyin.

## Ana bilgisayar adı çözümleme

WSAHOST_NOT_FOUND = Ana bilgisayar bulunamadı.
    .detail = Bu adda bir ana bilgisayar bilinmiyor: ad, sorgulanan veritabanlarında veya DNS sunucularında ne resmi bir ana bilgisayar adı ne de bir diğer ad olarak bulunuyor. Adın yazımını ve DNS ayarlarınızı denetleyin; protokol veya hizmet aramalarında bu kod, adın ilgili veritabanında bulunamadığı anlamına gelir.

WSATRY_AGAIN = Ad aramasında geçici hata (yetkili olmayan yanıt: ana bilgisayar bulunamadı).
    .detail = Yerel DNS sunucusu, ad için yetkili olan bir sunucudan yanıt alamadığından ad araması şimdilik başarısız oldu. Bu durum genellikle geçicidir; daha sonra yeniden deneyin ve sorun devam ederse ağ bağlantısını ve DNS sunucusunu denetleyin.

# wsaerr-allow: glossary (here "hosts" is the hosts file name)
WSANO_RECOVERY = Kurtarılamayan ad arama hatası.
    .detail = Arama, yeniden denemenin düzeltmeyeceği bir hatayla başarısız oldu. Yerel veritabanı dosyaları (hosts, services, protocols) eksik olabilir veya bir DNS sunucusu ciddi bir hatayla yanıt vermiş olabilir; DNS yapılandırmasını denetleyin.

WSANO_DATA = Ad geçerli, ancak istenen türde veri yok.
    .detail = Ad mevcut, ancak istenen türde bir kaydı yok. Örneğin bir ana bilgisayarın posta (MX) kaydı olup adres (A veya AAAA) kaydı olmayabilir; bu durumda ana bilgisayara bu adla doğrudan ulaşılamaz.

WSA_SECURE_HOST_NOT_FOUND = Böyle bir ana bilgisayar güvenli olarak bilinmiyor.
    .detail = DNSSEC doğrulaması gerektiren bir arama gibi güvenli bir ad araması, ana bilgisayarı bulamadı. Ad mevcut olmayabilir veya doğru şekilde imzalanmamış olabilir; adı ve DNS güvenlik ayarlarını denetleyin.

WSA_IPSEC_NAME_POLICY_ERROR = Ad tabanlı IPsec ilkesi eklenemedi.
    .detail = Sistem, bir ana bilgisayar adını temel alan bir IPsec ilkesini ekleyemedi. IPsec ve bağlantı güvenliği kurallarını ve bu kuralların ad ayarlarını denetleyin.

## Olay nesneleri ve çakışan G/Ç

WSA_INVALID_HANDLE = Belirtilen olay nesnesi tanıtıcısı geçersiz.
    .detail = Program, geçerli olmayan bir olay nesnesi tanıtıcısı kullandı; örneğin daha önce kapatılmış bir tanıtıcı. Tanıtıcının WSACreateEvent ile oluşturulduğunu ve hâlâ açık olduğunu denetleyin. Bu kod, Windows hatası ERROR_INVALID_HANDLE (6) ile aynı değere sahiptir.

WSA_NOT_ENOUGH_MEMORY = Yeterli bellek yok.
    .detail = Temel bir Windows işlevine dayanan bir { -winsock } işlevi, yeterli bellek olmadığı için başarısız oldu. Diğer programları kapatın veya bellek boşaltın ve yeniden deneyin. Bu kod, Windows hatası ERROR_NOT_ENOUGH_MEMORY (8) ile aynı değere sahiptir.

WSA_INVALID_PARAMETER = Bir veya daha fazla parametre geçersiz.
    .detail = Bir { -winsock } işlevi bağımsız değişkenlerini temel bir Windows işlevine geçirdi ve bu işlev bunlardan birini veya birkaçını reddetti. Çağrının tüm parametrelerini denetleyin. Bu kod, Windows hatası ERROR_INVALID_PARAMETER (87) ile aynı değere sahiptir.

WSA_OPERATION_ABORTED = Çakışan işlem iptal edildi.
    .detail = Çakışan bir işlem, yuva kapatıldığı veya WSAIoctl aracılığıyla SIO_FLUSH komutu verildiği için tamamlanmadan iptal edildi. Bir program G/Ç işlemleri hâlâ beklerken yuvayı kapattığında bu beklenen bir durumdur; kodun değeri Windows hatası ERROR_OPERATION_ABORTED (995) ile aynıdır.

WSA_IO_INCOMPLETE = Çakışan G/Ç olay nesnesi sinyalli durumda değil.
    .detail = Program, henüz tamamlanmamış çakışan bir işlemin sonucunu istedi. fWait bayrağı FALSE olarak ayarlanmış WSAGetOverlappedResult ile yoklama yapıldığında, işlem tamamlanana kadar bu kod döndürülür; bekleyin ve yeniden sorgulayın. Bu kod, Windows hatası ERROR_IO_INCOMPLETE (996) ile aynı değere sahiptir.

WSA_IO_PENDING = Çakışan işlem daha sonra tamamlanacak.
    .detail = Çakışan bir işlem başlatıldı, ancak hemen tamamlanamadı. Bu bir hata değildir: işlem bittiğinde program kendi olayı, tamamlama yordamı veya G/Ç tamamlama bağlantı noktası (IOCP) aracılığıyla bilgilendirilir ve sonucu ardından WSAGetOverlappedResult verir. Bu kod, Windows hatası ERROR_IO_PENDING (997) ile aynı değere sahiptir.

## Hizmet kalitesi (QoS)

# QoS durum kodu: RSVP rezervasyon (RESV) iletileri ulaştı, yani en az bir alıcı rezervasyon istiyor. RSVP, Kaynak Rezervasyon Protokolü'dür (Resource Reservation Protocol).
WSA_QOS_RECEIVERS = QoS alıcıları.
    .detail = Bir alıcıdan en az bir QoS rezervasyon isteği (RSVP RESV iletisi) ulaştı. Bu bir hata değil, bir durum bildirimidir.

# QoS durum kodu: RSVP yol (PATH) iletileri ulaştı, yani en az bir gönderen trafik duyuruyor.
WSA_QOS_SENDERS = QoS gönderenleri.
    .detail = Bir gönderenden en az bir QoS yol iletisi (RSVP PATH iletisi) ulaştı. Bu bir hata değil, bir durum bildirimidir.

WSA_QOS_NO_SENDERS = QoS göndereni yok.
    .detail = Bu akış için artık hiç QoS göndereni yok. Bu bir durum bildirimidir; bu gönderenlere bağlı olan rezervasyonlar artık geçerli değildir.

WSA_QOS_NO_RECEIVERS = QoS alıcısı yok.
    .detail = Bu akış için artık hiç QoS alıcısı yok. Bu bir durum bildirimidir; gönderenin karşılaması gereken bir rezervasyon kalmamıştır.

WSA_QOS_REQUEST_CONFIRMED = QoS isteği onaylandı.
    .detail = QoS rezervasyon isteği ağ tarafından onaylandı. Bu bir başarı bildirimidir.

WSA_QOS_ADMISSION_FAILURE = QoS kabul hatası.
    .detail = Yol boyunca bant genişliği gibi yeterli kaynak bulunmadığından QoS isteği kabul edilemedi. Daha az kaynak isteyin veya daha sonra yeniden deneyin.

WSA_QOS_POLICY_FAILURE = QoS ilkesi hatası.
    .detail = İlke sistemi istenen kaynakları mevcut ilke çerçevesinde veremediği için QoS isteği reddedildi. QoS ilkesini denetleyin veya bir yöneticiye başvurun.

# Buradaki "stil", RSVP rezervasyon stilidir (filtrelerin gönderenler arasında nasıl paylaşıldığı).
WSA_QOS_BAD_STYLE = Hatalı QoS stili.
    .detail = Bilinmeyen veya çelişen bir QoS rezervasyon stili bulundu. İstekte belirtilen rezervasyon stilini denetleyin.

# "filterspec", bir rezervasyonun hangi paketlere uygulanacağını seçen RSVP filtre belirtimidir.
WSA_QOS_BAD_OBJECT = Hatalı QoS nesnesi.
    .detail = Bir FILTERSPEC ile veya genel olarak sağlayıcıya özgü arabellekle ilgili bir sorun var. Çağrıya geçirilen QoS yapılarını denetleyin.

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS trafik denetimi hatası.
    .detail = Temeldeki Trafik Denetimi (TC) arabirimi, genel QoS isteğini yerel olarak uygularken başarısız oldu. Nedenler arasında bellek yetersizliği veya QoS sağlayıcısındaki bir iç hata bulunur.

WSA_QOS_GENERIC_ERROR = Genel QoS hatası.
    .detail = Daha belirli bir kod olmadan genel bir QoS hatası oluştu. QoS isteğini ve sağlayıcının durumunu denetleyin.

# "flowspec" (FLOWSPEC), bir akışın trafiğini ve istediği hizmet türünü tanımlayan yapıdır.
WSA_QOS_ESERVICETYPE = QoS hizmet türü hatası.
    .detail = FLOWSPEC geçerli olmayan veya tanınmayan bir hizmet türü içeriyor. SERVICETYPE_GUARANTEED veya SERVICETYPE_CONTROLLEDLOAD gibi tanımlı hizmet türlerinden birini kullanın.

WSA_QOS_EFLOWSPEC = QoS akış belirtimi hatası.
    .detail = QOS yapısındaki bir FLOWSPEC geçersiz veya tutarsız. Akış belirtiminin hız, boyut ve hizmet türü değerlerini denetleyin.

WSA_QOS_EPROVSPECBUF = Geçersiz QoS sağlayıcısı arabelleği.
    .detail = QoS isteğiyle birlikte geçirilen sağlayıcıya özgü arabellek (ProviderSpecific) geçerli değil. Boyutunu ve içeriğini denetleyin.

WSA_QOS_EFILTERSTYLE = Geçersiz QoS filtre stili.
    .detail = Verilen QoS filtre stili geçerli değil. Desteklenen bir filtre stili kullanın.

WSA_QOS_EFILTERTYPE = Geçersiz QoS filtre türü.
    .detail = Verilen QoS filtre türü geçerli değil. Desteklenen bir filtre türü kullanın.

WSA_QOS_EFILTERCOUNT = Yanlış QoS filtre sayısı.
    .detail = Bir FLOWDESCRIPTOR içinde verilen FILTERSPEC girdilerinin sayısı yanlış. Sayıyı gerçekten sağlanan filtrelerin sayısıyla eşleştirin.

WSA_QOS_EOBJLENGTH = Geçersiz QoS nesne uzunluğu.
    .detail = QoS sağlayıcısına özgü arabellekteki bir nesnenin ObjectLength alanı geçerli değil. Arabellekteki her nesnenin uzunluğunu denetleyin.

WSA_QOS_EFLOWCOUNT = Yanlış QoS akış sayısı.
    .detail = QOS yapısı yanlış sayıda akış tanımlayıcısı belirtiyor. Sayıyı gerçekten sağlanan tanımlayıcıların sayısıyla eşleştirin.

WSA_QOS_EUNKOWNPSOBJ = Tanınmayan QoS nesnesi.
    .detail = QoS sağlayıcısına özgü arabellek, sağlayıcının tanımadığı türde bir nesne içeriyor. Bu nesneyi kaldırın veya desteklenen bir nesne türü kullanın.

WSA_QOS_EPOLICYOBJ = Geçersiz QoS ilke nesnesi.
    .detail = QoS sağlayıcısına özgü arabellek, geçerli olmayan bir ilke nesnesi içeriyor. Arabellekteki ilke verilerini denetleyin.

WSA_QOS_EFLOWDESC = Geçersiz QoS akış tanımlayıcısı.
    .detail = Akış tanımlayıcıları listesindeki girdilerden biri geçerli değil. İstekteki her akış tanımlayıcısını (FLOWDESCRIPTOR) denetleyin.

WSA_QOS_EPSFLOWSPEC = Sağlayıcıya özgü QoS akış belirtimi geçersiz.
    .detail = QoS sağlayıcısına özgü arabellek, geçersiz veya tutarsız bir FLOWSPEC içeriyor. Arabellekteki akış belirtimini denetleyin.

WSA_QOS_EPSFILTERSPEC = Sağlayıcıya özgü QoS filtre belirtimi geçersiz.
    .detail = QoS sağlayıcısına özgü arabellek, geçerli olmayan bir FILTERSPEC içeriyor. Arabellekteki filtre belirtimini denetleyin.

# "Şekillendirme/atma modu", trafik şekillendiriciye akışın sınırlarını aşan paketlerle ne yapacağını (geciktirme, atma vb.) bildirir.
WSA_QOS_ESDMODEOBJ = Geçersiz QoS şekillendirme/atma modu nesnesi.
    .detail = QoS sağlayıcısına özgü arabellek, geçerli olmayan bir şekillendirme/atma modu nesnesi (QOS_SD_MODE) içeriyor. Bu nesnedeki mod değerini denetleyin.

# "Şekillendirme hızı", trafik şekillendiricinin akışın paketlerini dışarı gönderdiği hızdır.
WSA_QOS_ESHAPERATEOBJ = Geçersiz QoS şekillendirme hızı nesnesi.
    .detail = QoS sağlayıcısına özgü arabellek, geçerli olmayan bir şekillendirme hızı nesnesi (QOS_SHAPING_RATE) içeriyor. Bu nesnede belirtilen hızı denetleyin.

# Ayrılmış, yani programların kullanması amaçlanmamış bir ilke öğesi türü.
WSA_QOS_RESERVED_PETYPE = Ayrılmış QoS ilke öğesi türü.
    .detail = QoS sağlayıcısına özgü arabellek, ayrılmış türde bir ilke öğesi içeriyor. Bu öğeyi kaldırın veya izin verilen bir ilke öğesi türü kullanın.

## Katalog üzerine kurulan sayfaların ve listelerin etiketleri: grup adları, sayfa başlığı ve filtre çevresindeki sözcükler.

group-socket = Yuva işlemleri
group-unix-compat = Unix uyumluluğu
group-startup = Başlatma ve hizmet sağlayıcıları
group-service-lookup = Hizmet arama
group-name-resolution = Ad çözümleme
group-overlapped = Çakışan G/Ç ve olaylar
group-qos = Hizmet kalitesi (QoS)
page-heading = Winsock hata kodları
page-languages = Diğer diller
page-filter = Listeyi numaraya, ada veya sözcüklere göre daraltın
page-query-too-long = Sorgu çok uzun.
table-name = Ad
table-number = Numara
table-hex = Onaltılık
table-group = Grup
table-title = Başlık
table-detail = Açıklama
