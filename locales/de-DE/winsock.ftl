### Fehlerkatalog für Windows Sockets (Winsock) in deutscher Sprache (Deutschland).
### Jede Nachrichten-ID ist der symbolische Name eines Winsock-Fehlercodes (z. B. WSAETIMEDOUT),
### ihr Wert ist der kurze Titel, der dem Benutzer angezeigt wird, und ihr Attribut .detail eine einzeilige Erläuterung.
### Funktions-, Konstanten-, Options-, Struktur- und Dateinamen (WSAStartup, setsockopt, SO_BROADCAST,
### ADDR_ANY, FLOWSPEC, Ws2_32.dll usw.) sind Codebezeichner: Sie werden weder übersetzt noch umschrieben.
###
### Stil: sachlich und förmlich wie die deutschen Meldungen von Windows und die deutsche Microsoft-Dokumentation.
### Der Leser wird mit „Sie“ angesprochen; Handlungsanweisungen stehen im Imperativ („Überprüfen Sie …“).
### Titel sind knapp und im Stil der Windows-Fehlertitel gehalten; Terminologie nach Microsoft-Sprachgebrauch.
###
### Glossar: Die folgenden Fluent-Terme sind die gemeinsamen Glossar-IDs. Jede Sprachfassung verwendet genau diese IDs,
### und en-US definiert sie alle mit dem englischen Wort oder Ausdruck, den der englische Text verwendet. Die Nachrichten
### schreiben die Glossarwörter aus; der einzige Term, auf den eine Nachricht verweist, ist { -winsock }, und zwar genau
### in den Nachrichtenteilen, in denen auch en-US auf ihn verweist.

# en-US: Windows Sockets
# why: Microsoft's German documentation keeps the API name Windows Sockets untranslated (e.g. Windows Sockets-Dienstanbieter)
-winsock = Windows Sockets

# en-US: socket
# why: Microsoft's term in Windows' own German text (der Socket, Sockets, Sockettyp)
# avoid: Sockel
-socket = Socket

# en-US: host
# why: Microsoft's term in Windows' own German text (Host, Remotehost, Hostname)
# avoid: Wirtsrechner
-host = Host

# en-US: peer
# why: Windows' own German messages call the other end of a connection Gegenstelle (e.g. the WSAETIMEDOUT message)
# avoid: Peer
-peer = Gegenstelle

# en-US: port
# why: Microsoft's current term in German Windows and Microsoft Learn (Port, Portnummer)
# avoid: Anschlussnummer
-port = Port

# en-US: handle
# why: Microsoft's term in Windows' own German text (das Handle, Sockethandle, Dateihandle)
-handle = Handle

# en-US: buffer
# why: Microsoft's term in Windows' own German text (Puffer, Pufferspeicher, Empfangspuffer)
# avoid: Buffer
-buffer = Puffer

# en-US: stream
# why: Microsoft's term in the German Winsock documentation (Stream, Streamprotokoll)
# avoid: Datenstrom
-stream = Stream

# en-US: blocking
# why: Microsoft's term in Windows' own German text (blockierender Vorgang); the stem occurs in every inflected form
# avoid: sperrend
-blocking = blockierend

# en-US: nonblocking
# why: Microsoft's term in Windows' own German text (nicht blockierender Socket); the stem occurs in every inflected form
# avoid: nichtblockierend, nicht-blockierend
-nonblocking = nicht blockierend

# en-US: datagram
# why: Microsoft's term in Windows' own German text (Datagramm, Datagrammsocket)
-datagram = Datagramm

# en-US: address family
# why: Microsoft's term in the German Winsock documentation
# avoid: Adressenfamilie
-address-family = Adressfamilie

# en-US: protocol family
# why: Microsoft's term in the German Winsock documentation
-protocol-family = Protokollfamilie

# en-US: keep-alive
# why: Microsoft's German documentation keeps the term (Keep-Alive-Pakete for SO_KEEPALIVE)
-keepalive = Keep-Alive

# en-US: service provider
# why: Microsoft's term in the German Winsock documentation (Windows Sockets-Dienstanbieter)
# avoid: Dienstleister, Serviceanbieter, Serviceprovider
-provider = Dienstanbieter

# en-US: layered service provider
# why: Microsoft's term in the German Winsock documentation (Mehrschichtige Dienstanbieter sind veraltet; LSP); this is the plural without article, which is also the singular after the definite article (der mehrschichtige Dienstanbieter)
# avoid: geschichtete Dienstanbieter
-layered-provider = mehrschichtige Dienstanbieter

# en-US: name space
# why: Microsoft's term in the German Winsock documentation (Namespace, Namespaceanbieter)
# avoid: Namensraum, Namenraum
-namespace = Namespace

# en-US: name resolution
# why: Microsoft's term in Windows' own German text
# avoid: Namenauflösung
-name-resolution = Namensauflösung

# en-US: event object
# why: Microsoft's term in the German Windows documentation
# avoid: Eventobjekt
-event-object = Ereignisobjekt

# en-US: overlapped I/O
# why: Microsoft's term in Windows' own German text (überlappende E/A, E/A for I/O)
# avoid: überlagerte E/A, überlappte E/A
-overlapped = überlappende E/A

# en-US: completion port
# why: Microsoft's term in the German Windows documentation (E/A-Abschlussport)
# avoid: Vervollständigungsport, Completion Port
-completion-port = Abschlussport

# en-US: QoS
# why: Microsoft's term in Windows' own German text: Dienstqualität (QoS), and QoS in compounds (QoS-Richtlinie)
# avoid: Servicequalität
-qos = QoS

# en-US: policy
# why: Microsoft's term in Windows' own German text (Richtlinie, QoS-Richtlinie)
# avoid: Policy, Politik
-policy = Richtlinie

# en-US: reservation
# why: Microsoft's term in the German QoS documentation
# avoid: Reservation
-reservation = Reservierung

# en-US: admission control
# why: Microsoft's term in German Windows (the QoS-Zugangssteuerung snap-in) and in the German Winsock error list (QoS-Zugangsfehler)
# avoid: Zugangskontrolle, Zulassungskontrolle, Zulassungssteuerung
-admission-control = Zugangssteuerung

# en-US: traffic control
# why: Microsoft's term in the German QoS documentation for Traffic Control (TC)
# avoid: Verkehrskontrolle
-traffic-control = Datenverkehrssteuerung

# en-US: flowspec
# why: Microsoft's German QoS documentation keeps FLOWSPEC and the word flow (Flow, Floweinstellungen); German developers say Flowspec
# avoid: Flussspezifikation
-flowspec = Flowspec

# en-US: filter
# why: Microsoft's term in Windows' own German text
-filter = Filter

# en-US: filterspec
# why: Microsoft's German QoS documentation keeps FILTERSPEC; German developers say Filterspec, matching Flowspec
# avoid: Filterspezifikation
-filterspec = Filterspec

# en-US: flow descriptor
# why: follows Microsoft's German QoS documentation, which keeps Flow (Flows, Floweinstellungen)
# avoid: Flussdeskriptor, Flussbeschreibung
-flow-descriptor = Flowdeskriptor

# en-US: shaping
# why: Microsoft's German QoS pages mix Paketformer and Paket-Shaper; German network developers say Shaping (Traffic Shaping)
# avoid: Datenverkehrsformung
-shaping = Shaping

# en-US: sender
# why: Microsoft's term in the German QoS documentation
# avoid: Absender
-sender = Sender

# en-US: receiver
# why: Microsoft's term in the German QoS documentation
# avoid: Receiver
-receiver = Empfänger

# en-US: program
# why: Microsoft's term in Windows' own German text; also used for application, the same concept
# avoid: Applikation
-program = Programm

# en-US: resource
# why: Microsoft's term in Windows' own German text
# avoid: Betriebsmittel
-resource = Ressource

# en-US: access
# why: Microsoft's term in Windows' own German text (Zugriff, Zugriffsrechte)
-access = Zugriff

## Socketvorgänge

WSAEINTR = Funktionsaufruf unterbrochen.
    .detail = Ein blockierender Aufruf wurde unterbrochen, bevor er abgeschlossen war, klassischerweise durch WSACancelBlockingCall, ein Relikt aus { -winsock } 1.1, das moderne Winsock-2-Programme nicht verwenden sollten. Wird der Socket von einem anderen Thread aus mit closesocket geschlossen, während ein Aufruf auf ihn wartet, hat dies dieselbe Wirkung; wiederholen Sie den Aufruf, wenn die Unterbrechung nicht beabsichtigt war.

WSAEACCES = Berechtigung verweigert.
    .detail = Der Socket wurde auf eine Weise verwendet, die seine Zugriffsrechte nicht zulassen. Häufige Ursachen sind ein Aufruf von sendto mit einer Broadcastadresse, ohne dass zuvor SO_BROADCAST mit setsockopt aktiviert wurde, oder ein Aufruf von bind für eine Adresse und einen Port, die ein anderes Programm, ein Dienst oder ein Treiber mit SO_EXCLUSIVEADDRUSE exklusiv belegt hat; auch eine Firewall oder ein Sicherheitsprodukt kann den Zugriff blockieren.

WSAEFAULT = Ungültige Adresse.
    .detail = Ein an eine Socketfunktion übergebener Zeiger verweist nicht auf gültigen Speicher, oder ein Puffer- oder Längenargument ist zu klein. Überprüfen Sie alle Zeigerargumente, und stellen Sie sicher, dass die Längenangaben der tatsächlichen Puffergröße entsprechen; so muss z. B. die Länge einer sockaddr-Struktur mindestens sizeof(sockaddr) betragen.

WSAEINVAL = Ungültiges Argument.
    .detail = Eines der Argumente ist ungültig, z. B. eine unbekannte Ebene, die an setsockopt übergeben wurde. Der Fehler wird auch zurückgegeben, wenn der Aufruf nicht zum aktuellen Zustand des Sockets passt, etwa wenn accept für einen Socket aufgerufen wird, für den listen nicht aufgerufen wurde.

WSAEMFILE = Zu viele offene Sockets.
    .detail = Für dieses Programm sind keine weiteren Sockethandles verfügbar. Die Grenze kann für das gesamte System, für den Prozess oder für den Thread gelten; schließen Sie nicht mehr benötigte Sockets, und suchen Sie nach Handles, die nie freigegeben werden.

WSAEWOULDBLOCK = Ressource vorübergehend nicht verfügbar.
    .detail = Ein nicht blockierender Socket konnte den Vorgang nicht sofort abschließen, z. B. bei recv, wenn noch keine Daten vorliegen. Dies ist kein echter Fehler: Warten Sie, bis der Socket bereit ist (mit select, WSAPoll oder einem Ereignis), und versuchen Sie es erneut; ein connect-Aufruf für einen nicht blockierenden SOCK_STREAM-Socket meldet diesen Code normalerweise, während die Verbindung aufgebaut wird.

# Nicht zu verwechseln mit WSAEALREADY: Hier läuft in diesem Task oder Thread bereits ein *blockierender* Aufruf.
WSAEINPROGRESS = Ein blockierender Vorgang wird bereits ausgeführt.
    .detail = { -winsock } lässt pro Task oder Thread jeweils nur einen blockierenden Aufruf zu, es wurde jedoch ein weiterer Aufruf gestartet, während noch einer ausstand. Dies betrifft vor allem ältere Programme im Stil von { -winsock } 1.1; stellen Sie sicher, dass der vorherige blockierende Aufruf zurückgekehrt ist, bevor Sie einen neuen absetzen.

# Nicht zu verwechseln mit WSAEINPROGRESS: Hier geht es um einen *nicht blockierenden* Socket, für den bereits ein Vorgang läuft.
WSAEALREADY = Für diesen nicht blockierenden Socket wird bereits ein Vorgang ausgeführt.
    .detail = Für einen nicht blockierenden Socket wurde ein Vorgang angefordert, während der Socket noch mit einem Vorgang derselben Art beschäftigt ist, z. B. ein zweiter connect-Aufruf, während der erste noch die Verbindung herstellt. Der Fehler wird auch zurückgegeben, wenn eine asynchrone Anforderung (eine der WSAAsyncGetXbyY-Funktionen) abgebrochen werden soll, die bereits abgeschlossen oder abgebrochen wurde.

WSAENOTSOCK = Socketvorgang für ein Objekt, das kein Socket ist.
    .detail = Das an die Funktion übergebene Handle ist kein gültiger Socket. Möglicherweise war es nie ein Socket oder ist bereits geschlossen, oder bei select ist einer der Einträge in einem fd_set kein gültiger Socket.

WSAEDESTADDRREQ = Zieladresse erforderlich.
    .detail = Für den Vorgang ist eine Zieladresse erforderlich, es wurde jedoch keine angegeben. Beispielsweise wurde sendto mit ADDR_ANY als Remoteadresse aufgerufen; geben Sie die tatsächliche Adresse der Gegenstelle an.

WSAEMSGSIZE = Nachricht zu lang.
    .detail = Ein Datagramm war größer, als das Protokoll oder das Netzwerk übertragen kann, oder der Empfangspuffer war kleiner als das eingehende Datagramm; in diesem Fall wurde das Datagramm abgeschnitten. Senden Sie kürzere Nachrichten, oder verwenden Sie einen größeren Puffer für den Empfang.

WSAEPROTOTYPE = Falscher Protokolltyp für den Socket.
    .detail = Das an die socket-Funktion übergebene Protokoll passt nicht zum angeforderten Sockettyp. So kann UDP z. B. nicht mit einem SOCK_STREAM-Socket verwendet werden; wählen Sie ein Protokoll, das zum Typ passt, oder übergeben Sie 0, damit das System ein Protokoll auswählt.

WSAENOPROTOOPT = Ungültige Protokolloption.
    .detail = Die an getsockopt oder setsockopt übergebene Option oder Ebene ist unbekannt, ungültig oder wird von diesem Protokoll nicht unterstützt. Überprüfen Sie, ob die Option zur richtigen Ebene gehört (z. B. SOL_SOCKET oder IPPROTO_TCP) und ob der Sockettyp sie unterstützt.

WSAEPROTONOSUPPORT = Protokoll wird nicht unterstützt.
    .detail = Das angeforderte Protokoll ist auf diesem System nicht installiert, oder es gibt keine Implementierung dafür. Der Fehler tritt auch auf, wenn das Protokoll im Widerspruch zum Sockettyp steht, z. B. wenn ein SOCK_DGRAM-Socket mit einem Streamprotokoll angefordert wird.

WSAESOCKTNOSUPPORT = Sockettyp wird nicht unterstützt.
    .detail = Diese Adressfamilie unterstützt den angeforderten Sockettyp nicht. Möglicherweise bietet die Implementierung z. B. überhaupt keine SOCK_RAW-Sockets an, oder sie setzt zum Erstellen solcher Sockets Administratorrechte voraus.

WSAEOPNOTSUPP = Vorgang wird nicht unterstützt.
    .detail = Der angeforderte Vorgang wird von dieser Art von Socket oder Objekt nicht unterstützt. Ein typischer Fall ist der Aufruf von accept oder listen für einen Datagrammsocket, der keine Verbindungen hat, die angenommen werden könnten.

# WSAEPFNOSUPPORT betrifft die Protokollfamilie als Ganzes, WSAEAFNOSUPPORT (nächste Nachricht) die mit einem Socket verwendete Adressfamilie. Beide sind nahezu austauschbar, und Windows meldet meist WSAEAFNOSUPPORT.
WSAEPFNOSUPPORT = Protokollfamilie wird nicht unterstützt.
    .detail = Die angeforderte Protokollfamilie ist auf diesem System nicht konfiguriert, oder es gibt keine Implementierung dafür. In der Praxis melden die Funktionen von { -winsock } in derselben Situation meist WSAEAFNOSUPPORT.

# Siehe den Kommentar zu WSAEPFNOSUPPORT: Hier passt die Adressfamilie (z. B. AF_INET) nicht zum Protokoll oder Socket.
WSAEAFNOSUPPORT = Adressfamilie wird von der Protokollfamilie nicht unterstützt.
    .detail = Es wurde eine Adresse aus einer Familie verwendet, die das Protokoll nicht unterstützt. Typische Ursachen sind, dass von der socket-Funktion ein Protokoll angefordert wird, das nicht zur Adressfamilie gehört, oder dass bei Aufrufen wie sendto oder connect eine IPv6-Adresse an einen AF_INET-Socket übergeben wird (oder umgekehrt).

WSAEADDRINUSE = Adresse wird bereits verwendet.
    .detail = Ein anderer Socket ist bereits an diese Adresse und diesen Port gebunden, möglicherweise einer, der gerade geschlossen wird oder nicht ordnungsgemäß geschlossen wurde. Beenden Sie das andere Programm, oder wählen Sie einen anderen Port; Server, die sich tatsächlich einen Port teilen müssen, können SO_REUSEADDR festlegen, und Clients müssen bind in der Regel gar nicht aufrufen. Wurde bind eine Platzhalteradresse (ADDR_ANY) übergeben, tritt der Fehler möglicherweise erst auf, wenn die Adresse tatsächlich festgelegt wird, also bei einem späteren Aufruf von connect, listen, WSAConnect oder WSAJoinLeaf.

WSAEADDRNOTAVAIL = Angeforderte Adresse kann nicht zugewiesen werden.
    .detail = Die Adresse ist in diesem Kontext ungültig. Meist wurde bind eine IP-Adresse übergeben, die nicht zu diesem Computer gehört, oder connect bzw. sendto wurde eine nicht verwendbare Remoteadresse oder ein nicht verwendbarer Port übergeben, z. B. Port 0 oder die Adresse 0.0.0.0.

WSAENETDOWN = Netzwerk ist ausgefallen.
    .detail = Das Netzwerksubsystem, der Netzwerkadapter oder das lokale Netzwerk ist ausgefallen. Überprüfen Sie die Netzwerkverbindung und den Adapter, und starten Sie den Netzwerkstapel oder den Computer neu, wenn das Problem weiterhin besteht.

WSAENETUNREACH = Netzwerk ist nicht erreichbar.
    .detail = Das lokale System hat keine Route zum Zielnetzwerk. Überprüfen Sie die Netzwerkverbindung, das Standardgateway und die Routingtabelle sowie die Richtigkeit der Adresse.

WSAENETRESET = Netzwerk hat die Verbindung beim Zurücksetzen getrennt.
    .detail = Die Verbindung wurde getrennt, weil über Keep-Alive-Pakete festgestellt wurde, dass die Gegenstelle oder der Weg dorthin während eines laufenden Vorgangs ausgefallen war. setsockopt kann den Fehler auch zurückgeben, wenn SO_KEEPALIVE für eine bereits ausgefallene Verbindung aktiviert wird; stellen Sie die Verbindung erneut her, um fortzufahren.

WSAECONNABORTED = Verbindungsabbruch durch Software verursacht.
    .detail = Die Verbindung wurde von der Software auf diesem Computer geschlossen, häufig nach einem Timeout bei der Datenübertragung oder einem Protokollfehler. Auch Firewalls, Antivirenprodukte oder VPN-Software, die Verbindungen trennen, können die Ursache sein; stellen Sie die Verbindung erneut her, und überprüfen Sie solche Software, wenn der Fehler wiederholt auftritt.

WSAECONNRESET = Verbindung durch Gegenstelle zurückgesetzt.
    .detail = Der Remotehost hat die Verbindung abrupt getrennt. Möglicherweise ist das Programm am anderen Ende abgestürzt oder wurde beendet, der Host wurde neu gestartet oder ist nicht mehr mit dem Netzwerk verbunden, oder er hat den Socket mit einem harten Reset geschlossen (SO_LINGER mit einem Timeout von 0 aktiviert); stellen Sie die Verbindung erneut her, und überprüfen Sie die Gegenstelle.

WSAENOBUFS = Kein Pufferspeicher verfügbar.
    .detail = Dem System ist der Pufferspeicher ausgegangen, oder eine Warteschlange war voll, sodass der Vorgang nicht ausgeführt werden konnte. Dies deutet häufig auf zu viele offene Verbindungen, erschöpften Arbeitsspeicher oder fehlende freie ephemere Ports hin; schließen Sie nicht verwendete Sockets, und versuchen Sie es später erneut.

WSAEISCONN = Socket ist bereits verbunden.
    .detail = connect wurde für einen Socket aufgerufen, der bereits eine Verbindung hat. Manche Implementierungen geben diesen Fehler auch zurück, wenn sendto mit einer expliziten Adresse für einen verbundenen SOCK_DGRAM-Socket verwendet wird.

WSAENOTCONN = Socket ist nicht verbunden.
    .detail = Der Socket ist nicht verbunden, daher können über ihn keine Daten gesendet oder empfangen werden, und es wurde keine Zieladresse angegeben (wie es sendto bei einem Datagrammsocket zulassen würde). Auch andere Aufrufe, etwa das Festlegen von SO_KEEPALIVE für eine zurückgesetzte Verbindung, können diesen Fehler zurückgeben; stellen Sie zuerst mit connect eine Verbindung her.

WSAESHUTDOWN = Senden nach dem Herunterfahren des Sockets nicht möglich.
    .detail = Das Senden oder Empfangen wurde abgelehnt, weil diese Richtung des Sockets bereits durch einen früheren shutdown-Aufruf geschlossen wurde. Eine einmal heruntergefahrene Richtung kann für diesen Socket nicht wieder verwendet werden.

WSAETIMEDOUT = Zeitüberschreitung bei der Verbindung.
    .detail = Die Gegenstelle hat nicht rechtzeitig geantwortet, entweder beim Verbindungsaufbau oder bei einer bestehenden Verbindung. Möglicherweise ist der Host am anderen Ende offline oder überlastet, oder eine Firewall verwirft den Datenverkehr stillschweigend; überprüfen Sie die Adresse, den Port und die Firewalleinstellungen.

WSAECONNREFUSED = Verbindung abgelehnt.
    .detail = Der Zielcomputer hat die Verbindung aktiv abgelehnt. Meist lauscht kein Programm an diesem Port, der Dienst ist beendet, oder eine Firewall weist die Verbindung zurück; überprüfen Sie die Adresse und die Portnummer, und stellen Sie sicher, dass der Server ausgeführt wird.

WSAEHOSTDOWN = Host ist ausgefallen.
    .detail = Der Vorgang ist fehlgeschlagen, weil der Zielhost anscheinend ausgefallen ist. Windows meldet diese Situation in der Regel stattdessen als WSAETIMEDOUT; überprüfen Sie, ob der Remotecomputer eingeschaltet und mit dem Netzwerk verbunden ist.

WSAEHOSTUNREACH = Keine Route zum Host.
    .detail = Der Zielhost ist von diesem Computer aus nicht erreichbar, weil keine Route zu ihm führt. Überprüfen Sie die Adresse, die Netzwerkverbindung und die Routing- bzw. Gatewayeinstellungen.

WSAEDISCON = Ordnungsgemäßes Herunterfahren wird ausgeführt.
    .detail = WSARecv oder WSARecvFrom meldet, dass die Gegenstelle damit begonnen hat, die Verbindung ordnungsgemäß zu schließen. Es werden keine weiteren Daten eintreffen; beenden Sie die Verarbeitung, und schließen Sie den Socket.

## Unix-kompatible Fehler (aus Gründen der Portabilität definiert, selten zurückgegeben)

# Unix-Kompatibilitätscode: in den Headern als Gegenstück zu EBADF definiert, von Winsock selbst selten zurückgegeben.
WSAEBADF = Ungültiges Dateihandle.
    .detail = Das angegebene Datei- oder Sockethandle ist ungültig. Stellen Sie sicher, dass das Handle geöffnet ist und nicht bereits geschlossen wurde.

# Unix-Kompatibilitätscode als Gegenstück zu ETOOMANYREFS; von Winsock selten zurückgegeben.
WSAETOOMANYREFS = Zu viele Verweise.
    .detail = Es gibt zu viele Verweise auf ein Kernelobjekt. Geben Sie nicht mehr benötigte Objekte frei, und versuchen Sie es erneut.

# Unix-Kompatibilitätscode als Gegenstück zu ELOOP; von Winsock selten zurückgegeben.
WSAELOOP = Name kann nicht übersetzt werden.
    .detail = Ein Name konnte nicht übersetzt werden, z. B. weil seine Auflösung in eine Schleife geraten ist. Überprüfen Sie den Namen auf Fehler.

# Unix-Kompatibilitätscode als Gegenstück zu ENAMETOOLONG; von Winsock selten zurückgegeben.
WSAENAMETOOLONG = Name ist zu lang.
    .detail = Ein Name oder einer seiner Bestandteile ist länger als zulässig. Verwenden Sie einen kürzeren Namen.

# Unix-Kompatibilitätscode als Gegenstück zu ENOTEMPTY; von Winsock selten zurückgegeben.
WSAENOTEMPTY = Verzeichnis ist nicht leer.
    .detail = Ein Verzeichnis konnte nicht entfernt werden, weil es noch Einträge enthält. Leeren Sie es zuerst.

# Unix-Kompatibilitätscode als Gegenstück zu EUSERS; von Winsock selten zurückgegeben.
WSAEUSERS = Benutzerkontingent überschritten.
    .detail = Das Kontingent für Benutzer oder Benutzerressourcen ist erschöpft. Geben Sie einige Ressourcen frei, oder bitten Sie einen Administrator, das Limit zu erhöhen.

# Unix-Kompatibilitätscode als Gegenstück zu EDQUOT; von Winsock selten zurückgegeben.
WSAEDQUOT = Datenträgerkontingent überschritten.
    .detail = Das Kontingent für Speicherplatz auf dem Datenträger ist aufgebraucht. Geben Sie Speicherplatz frei, oder bitten Sie einen Administrator, das Kontingent zu erhöhen.

# Unix-Kompatibilitätscode als Gegenstück zu ESTALE (ein veraltetes Handle, wie bei Netzwerkdateisystemen); von Winsock selten zurückgegeben.
WSAESTALE = Veralteter Verweis auf ein Dateihandle.
    .detail = Das Dateihandle verweist auf etwas, das nicht mehr verfügbar ist. Öffnen Sie das Element erneut, um ein neues Handle zu erhalten.

# Unix-Kompatibilitätscode als Gegenstück zu EREMOTE; von Winsock selten zurückgegeben.
WSAEREMOTE = Element befindet sich auf einem Remotesystem.
    .detail = Das Element ist lokal nicht verfügbar, weil es sich auf einem Remotesystem befindet. Nehmen Sie den Zugriff stattdessen über das Remotesystem vor.

## Start und Dienstanbieter

WSAEPROCLIM = Zu viele Prozesse.
    .detail = Die Implementierung von { -winsock } begrenzt, wie viele Programme sie gleichzeitig verwenden können, und diese Grenze ist erreicht, sodass WSAStartup mit diesem Fehler fehlschlagen kann. Schließen Sie andere Programme, die das Netzwerk verwenden, und versuchen Sie es erneut.

WSASYSNOTREADY = Netzwerksubsystem ist nicht verfügbar.
    .detail = WSAStartup ist fehlgeschlagen, weil das zugrunde liegende Netzwerksystem, auf das { -winsock } angewiesen ist, derzeit nicht bereit ist. Überprüfen Sie, ob die richtige Ws2_32.dll vorhanden ist und keine andere Winsock-DLL im Suchpfad vor ihr gefunden wird, ob die Netzwerkkomponenten installiert und konfiguriert sind und ob der Systemstart bereits abgeschlossen ist.

WSAVERNOTSUPPORTED = Winsock-Version wird nicht unterstützt.
    .detail = Die installierte Implementierung von { -winsock } unterstützt die Version nicht, die das Programm in WSAStartup angefordert hat. Stellen Sie sicher, dass das Programm eine unterstützte Version anfordert (normalerweise 2.2) und dass keine veraltete Winsock-DLL anstelle der System-DLL geladen wird.

WSANOTINITIALISED = WSAStartup wurde nicht erfolgreich aufgerufen.
    .detail = Eine Socketfunktion wurde vor einem erfolgreichen WSAStartup-Aufruf verwendet oder nachdem WSACleanup ebenso oft aufgerufen wurde wie WSAStartup. Rufen Sie zuerst WSAStartup auf, und überprüfen Sie das Ergebnis; stellen Sie außerdem sicher, dass Sockets nicht mit einem Task gemeinsam verwendet werden, der { -winsock } nie initialisiert hat.

WSAEINVALIDPROCTABLE = Ungültige Prozedurtabelle vom Dienstanbieter.
    .detail = Ein Dienstanbieter für { -winsock } hat an Ws2_32.dll eine ungültige Prozedurtabelle übergeben, meist weil einige ihrer Funktionszeiger NULL sind. Installieren Sie den fehlerhaften mehrschichtigen Dienstanbieter (LSP) bzw. die fehlerhafte Netzwerksoftware neu, oder entfernen Sie diese.

WSAEINVALIDPROVIDER = Ungültige Versionsnummer des Dienstanbieters.
    .detail = Ein Dienstanbieter für { -winsock } hat eine andere Version als 2.0 gemeldet, die das System nicht akzeptiert; WSCGetProviderInfo und WSCGetProviderInfo32 geben diesen Fehler auch zurück, wenn der abgefragte Protokolleintrag nicht gefunden wird. Aktualisieren oder entfernen Sie den Dienstanbieter, der mit Netzwerksoftware eines Drittanbieters installiert wurde.

WSAEPROVIDERFAILEDINIT = Dienstanbieter kann nicht initialisiert werden.
    .detail = Ein Dienstanbieter konnte nicht gestartet werden: Entweder ist das Laden seiner DLL mit LoadLibrary fehlgeschlagen, oder seine Funktion WSPStartup bzw. NSPStartup hat einen Fehler gemeldet. Häufig hilft es, die betroffene Netzwerksoftware neu zu installieren oder den Winsock-Katalog zurückzusetzen (netsh winsock reset).

WSASYSCALLFAILURE = Systemaufruf fehlgeschlagen.
    .detail = Ein Systemaufruf, der nie fehlschlagen sollte, ist fehlgeschlagen, z. B. das Warten auf Ereignisse mit WaitForMultipleObjects oder ein Registrierungsvorgang in den Protokoll- oder Namespacekatalogen. Der Code wird auch zurückgegeben, wenn ein Anbieter einen Fehlschlag ohne genaueren Code meldet, was auf einen Fehler in diesem Anbieter hindeuten kann.

## Dienstsuche (Namespaceanbieter)

# Dieselbe Bedingung wie WSA_E_NO_MORE (10110), unter einer zweiten Nummer. Windows Sockets 2 hat für „keine weiteren Ergebnisse“ zwei widersprüchliche Codes definiert; WSAENOMORE ist der ältere, veraltete, WSA_E_NO_MORE der neuere, den WSALookupServiceNext zurückgibt, daher sollten Programme beide akzeptieren. Beide Übersetzungen müssen identisch bleiben.
WSAENOMORE = Keine weiteren Ergebnisse.
    .detail = WSALookupServiceNext kann für diese Abfrage keine weiteren Ergebnisse zurückgeben. Damit ist die Suche regulär beendet; rufen Sie WSALookupServiceEnd auf, um sie abzuschließen.

# Dieselbe Bedingung wie WSA_E_CANCELLED (10111), unter einer zweiten Nummer, parallel zum Paar WSAENOMORE / WSA_E_NO_MORE definiert. WSAECANCELLED ist die ältere Form; WSA_E_CANCELLED die neuere, die gemeldet wird, wenn WSALookupServiceEnd einen laufenden WSALookupServiceNext-Aufruf abbricht. Beide Übersetzungen müssen identisch bleiben.
WSAECANCELLED = Suchaufruf abgebrochen.
    .detail = WSALookupServiceEnd wurde aufgerufen, während noch ein WSALookupServiceNext-Aufruf lief; daher wurde diese Suche abgebrochen. Das ist zu erwarten, wenn eine Suche vorzeitig beendet wird.

WSASERVICE_NOT_FOUND = Dienst nicht gefunden.
    .detail = In dem durchsuchten Namespace ist kein solcher Dienst bekannt. Überprüfen Sie den Dienstnamen, und stellen Sie sicher, dass der richtige Namespace abgefragt wurde.

WSATYPE_NOT_FOUND = Klassentyp nicht gefunden.
    .detail = Der angeforderte Dienstklassentyp wurde nicht gefunden. Überprüfen Sie, ob die Klasse installiert und registriert ist; getaddrinfo meldet denselben Code als EAI_SERVICE, wenn der Dienstname nicht mit dem angeforderten Sockettyp verwendet werden kann.

# Dieselbe Bedingung wie WSAENOMORE (10102); dies ist die neuere Nummer, die WSALookupServiceNext zurückgibt und die Namespaceanbieter verwenden sollen. Zwei Nummern gibt es, weil Windows Sockets 2 für dieselbe Bedingung widersprüchliche Codes definiert hat und die ältere auslaufen soll. Beide Übersetzungen müssen identisch bleiben.
WSA_E_NO_MORE = Keine weiteren Ergebnisse.
    .detail = WSALookupServiceNext kann für diese Abfrage keine weiteren Ergebnisse zurückgeben. Damit ist die Suche regulär beendet; rufen Sie WSALookupServiceEnd auf, um sie abzuschließen.

# Dieselbe Bedingung wie WSAECANCELLED (10103); dies ist die neuere Nummer, die gemeldet wird, wenn WSALookupServiceEnd einen laufenden WSALookupServiceNext-Aufruf abbricht. Die ältere Nummer besteht nur aus Kompatibilitätsgründen. Beide Übersetzungen müssen identisch bleiben.
WSA_E_CANCELLED = Suchaufruf abgebrochen.
    .detail = WSALookupServiceEnd wurde aufgerufen, während noch ein WSALookupServiceNext-Aufruf lief; daher wurde diese Suche abgebrochen. Das ist zu erwarten, wenn eine Suche vorzeitig beendet wird.

WSAEREFUSED = Datenbankabfrage abgelehnt.
    .detail = Die Namespacedatenbank hat die Abfrage aktiv abgelehnt. Möglicherweise lässt der Server oder Anbieter diese Anforderung nicht zu; überprüfen Sie die Berechtigungen und die Abfrage selbst.

## Auflösung von Hostnamen

WSAHOST_NOT_FOUND = Host nicht gefunden.
    .detail = Es ist kein Host mit diesem Namen bekannt: Der Name ist weder ein offizieller Hostname noch ein Alias in den abgefragten Datenbanken oder DNS-Servern. Überprüfen Sie die Schreibweise des Namens und Ihre DNS-Einstellungen; bei der Suche nach Protokollen oder Diensten bedeutet der Fehler, dass der Name in der betreffenden Datenbank nicht gefunden wurde.

WSATRY_AGAIN = Vorübergehender Fehler bei der Namensauflösung (nicht autorisierender Host nicht gefunden).
    .detail = Die Namensauflösung ist vorerst fehlgeschlagen, weil der lokale DNS-Server keine Antwort von einem für den Namen autorisierenden Server erhalten hat. Dies ist meist vorübergehend; versuchen Sie es später erneut, und überprüfen Sie die Netzwerkverbindung und den DNS-Server, wenn das Problem weiterhin besteht.

# wsaerr-allow: glossary (hosts is the name of the hosts file, which stays as it is)
WSANO_RECOVERY = Nicht behebbarer Fehler bei der Namensauflösung.
    .detail = Bei einer Abfrage ist ein Fehler aufgetreten, der sich durch Wiederholen nicht beheben lässt. Möglicherweise fehlen die lokalen Datenbankdateien (hosts, services, protocols), oder ein DNS-Server hat mit einem schwerwiegenden Fehler geantwortet; überprüfen Sie die DNS-Konfiguration.

WSANO_DATA = Gültiger Name, aber keine Daten des angeforderten Typs.
    .detail = Der Name existiert, hat aber keinen Eintrag der angefragten Art. Ein Host hat z. B. möglicherweise einen E-Mail-Eintrag (MX), aber keinen Adresseintrag (A oder AAAA) und ist daher unter diesem Namen nicht direkt erreichbar.

WSA_SECURE_HOST_NOT_FOUND = Host bei sicherer Namensauflösung nicht gefunden.
    .detail = Eine sichere Namensauflösung, z. B. eine, die eine DNSSEC-Validierung erfordert, hat den Host nicht gefunden. Möglicherweise existiert der Name nicht oder ist nicht korrekt signiert; überprüfen Sie den Namen und die DNS-Sicherheitseinstellungen.

WSA_IPSEC_NAME_POLICY_ERROR = Namensbasierte IPsec-Richtlinie konnte nicht hinzugefügt werden.
    .detail = Das System konnte keine IPsec-Richtlinie hinzufügen, die auf einem Hostnamen basiert. Überprüfen Sie die IPsec- und Verbindungssicherheitsregeln sowie deren Namenseinstellungen.

## Ereignisobjekte und überlappende E/A

WSA_INVALID_HANDLE = Angegebenes Handle des Ereignisobjekts ist ungültig.
    .detail = Das Programm hat ein ungültiges Handle für ein Ereignisobjekt verwendet, z. B. eines, das bereits geschlossen wurde. Überprüfen Sie, ob das Handle von WSACreateEvent stammt und noch geöffnet ist. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_INVALID_HANDLE (6).

WSA_NOT_ENOUGH_MEMORY = Nicht genügend Arbeitsspeicher verfügbar.
    .detail = Eine Funktion von { -winsock }, die auf einer zugrunde liegenden Windows-Funktion aufbaut, ist fehlgeschlagen, weil nicht genügend Arbeitsspeicher verfügbar war. Schließen Sie andere Programme, oder geben Sie Arbeitsspeicher frei, und versuchen Sie es erneut. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_NOT_ENOUGH_MEMORY (8).

WSA_INVALID_PARAMETER = Mindestens ein Parameter ist ungültig.
    .detail = Eine Funktion von { -winsock } hat ihre Argumente an eine zugrunde liegende Windows-Funktion übergeben, die eines oder mehrere davon abgelehnt hat. Überprüfen Sie alle Parameter des Aufrufs. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_INVALID_PARAMETER (87).

WSA_OPERATION_ABORTED = Überlappender Vorgang abgebrochen.
    .detail = Ein überlappender Vorgang wurde abgebrochen, bevor er abgeschlossen war, weil der Socket geschlossen oder über WSAIoctl der Befehl SIO_FLUSH ausgegeben wurde. Das ist zu erwarten, wenn ein Programm einen Socket schließt, während noch E/A-Vorgänge ausstehen; der Code hat denselben Wert wie der Windows-Fehler ERROR_OPERATION_ABORTED (995).

WSA_IO_INCOMPLETE = Ereignisobjekt für überlappende E/A nicht im signalisierten Zustand.
    .detail = Das Programm hat das Ergebnis eines überlappenden Vorgangs abgefragt, der noch nicht abgeschlossen ist. Wird WSAGetOverlappedResult wiederholt mit auf FALSE gesetztem fWait-Flag aufgerufen (Polling), gibt die Funktion diesen Code zurück, bis der Vorgang abgeschlossen ist; warten Sie, und fragen Sie das Ergebnis erneut ab. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_IO_INCOMPLETE (996).

WSA_IO_PENDING = Überlappender Vorgang wird später abgeschlossen.
    .detail = Ein überlappender Vorgang wurde gestartet und konnte nicht sofort abgeschlossen werden. Dies ist kein Fehler: Das Programm wird über sein Ereignis, seine Abschlussroutine oder seinen E/A-Abschlussport (IOCP) benachrichtigt, sobald der Vorgang beendet ist, und WSAGetOverlappedResult liefert dann das Ergebnis. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_IO_PENDING (997).

## Dienstqualität (QoS)

# QoS-Statuscode: RSVP-Reservierungsnachrichten (RESV) sind eingetroffen, d. h., mindestens ein Empfänger wünscht eine Reservierung. RSVP ist das Resource Reservation Protocol.
WSA_QOS_RECEIVERS = QoS-Empfänger.
    .detail = Mindestens eine QoS-Reservierungsanforderung (eine RSVP-RESV-Nachricht) von einem Empfänger ist eingetroffen. Dies ist eine Statusmeldung und kein Fehler.

# QoS-Statuscode: RSVP-Pfadnachrichten (PATH) sind eingetroffen, d. h., mindestens ein Sender kündigt Datenverkehr an.
WSA_QOS_SENDERS = QoS-Sender.
    .detail = Mindestens eine QoS-Pfadnachricht (eine RSVP-PATH-Nachricht) von einem Sender ist eingetroffen. Dies ist eine Statusmeldung und kein Fehler.

WSA_QOS_NO_SENDERS = Keine QoS-Sender.
    .detail = Für diesen Flow gibt es keine QoS-Sender mehr. Dies ist eine Statusmeldung; Reservierungen, die von ihnen abhingen, gelten nicht mehr.

WSA_QOS_NO_RECEIVERS = Keine QoS-Empfänger.
    .detail = Für diesen Flow gibt es keine QoS-Empfänger mehr. Dies ist eine Statusmeldung; für den Sender bestehen keine Reservierungen mehr, die er einhalten müsste.

WSA_QOS_REQUEST_CONFIRMED = QoS-Anforderung bestätigt.
    .detail = Die QoS-Reservierungsanforderung wurde vom Netzwerk bestätigt. Dies ist eine Erfolgsmeldung.

WSA_QOS_ADMISSION_FAILURE = QoS-Zugangsfehler.
    .detail = Die QoS-Anforderung konnte nicht zugelassen werden, weil entlang des Pfads nicht genügend Ressourcen wie Bandbreite verfügbar waren. Fordern Sie weniger Ressourcen an, oder versuchen Sie es später erneut.

WSA_QOS_POLICY_FAILURE = QoS-Richtlinienfehler.
    .detail = Die QoS-Anforderung wurde abgelehnt, weil das Richtliniensystem die angeforderten Ressourcen gemäß der aktuellen Richtlinie nicht gewähren konnte. Überprüfen Sie die QoS-Richtlinie, oder wenden Sie sich an einen Administrator.

# „Stil“ ist hier der RSVP-Reservierungsstil (wie Filter von mehreren Sendern gemeinsam genutzt werden).
WSA_QOS_BAD_STYLE = Ungültiger QoS-Stil.
    .detail = Es wurde ein unbekannter oder widersprüchlicher QoS-Reservierungsstil gefunden. Überprüfen Sie den in der Anforderung angegebenen Reservierungsstil.

# „Filterspec“ ist die RSVP-Filterspezifikation, die auswählt, für welche Pakete eine Reservierung gilt.
WSA_QOS_BAD_OBJECT = Ungültiges QoS-Objekt.
    .detail = Mit einer FILTERSPEC-Struktur oder allgemein mit dem anbieterspezifischen Puffer stimmt etwas nicht. Überprüfen Sie die an den Aufruf übergebenen QoS-Strukturen.

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS-Fehler der Datenverkehrssteuerung.
    .detail = Die zugrunde liegende Schnittstelle der Datenverkehrssteuerung (Traffic Control, TC) ist beim lokalen Anwenden der generischen QoS-Anforderung fehlgeschlagen. Zu den Ursachen zählen Arbeitsspeichermangel und interne Fehler im QoS-Anbieter.

WSA_QOS_GENERIC_ERROR = Allgemeiner QoS-Fehler.
    .detail = Es ist ein allgemeiner QoS-Fehler ohne spezifischeren Code aufgetreten. Überprüfen Sie die QoS-Anforderung und den Zustand des Anbieters.

# „Flowspec“ (FLOWSPEC) ist die Struktur, die den Datenverkehr eines Flows und den angeforderten Diensttyp beschreibt.
WSA_QOS_ESERVICETYPE = QoS-Diensttypfehler.
    .detail = Die FLOWSPEC-Struktur enthält einen ungültigen oder nicht erkannten Diensttyp. Verwenden Sie einen der definierten Diensttypen, z. B. SERVICETYPE_GUARANTEED oder SERVICETYPE_CONTROLLEDLOAD.

WSA_QOS_EFLOWSPEC = QoS-Flowspec-Fehler.
    .detail = Eine FLOWSPEC-Struktur in der QOS-Struktur ist ungültig oder inkonsistent. Überprüfen Sie ihre Raten, ihre Größenangaben und ihren Diensttyp.

WSA_QOS_EPROVSPECBUF = Ungültiger anbieterspezifischer QoS-Puffer.
    .detail = Der mit der QoS-Anforderung übergebene anbieterspezifische Puffer (ProviderSpecific) ist ungültig. Überprüfen Sie seine Größe und seinen Inhalt.

WSA_QOS_EFILTERSTYLE = Ungültiger QoS-Filterstil.
    .detail = Der angegebene QoS-Filterstil ist ungültig. Verwenden Sie einen unterstützten Filterstil.

WSA_QOS_EFILTERTYPE = Ungültiger QoS-Filtertyp.
    .detail = Der angegebene QoS-Filtertyp ist ungültig. Verwenden Sie einen unterstützten Filtertyp.

WSA_QOS_EFILTERCOUNT = Falsche Anzahl von QoS-Filtern.
    .detail = Die Anzahl der in einem FLOWDESCRIPTOR angegebenen FILTERSPEC-Einträge ist falsch. Passen Sie die Anzahl an die tatsächlich übergebenen Filter an.

WSA_QOS_EOBJLENGTH = Ungültige QoS-Objektlänge.
    .detail = Ein Objekt im anbieterspezifischen QoS-Puffer hat ein ungültiges ObjectLength-Feld. Überprüfen Sie die Länge jedes Objekts im Puffer.

WSA_QOS_EFLOWCOUNT = Falsche Anzahl von QoS-Flows.
    .detail = In der QOS-Struktur ist eine falsche Anzahl von Flowdeskriptoren angegeben. Passen Sie die Anzahl an die tatsächlich übergebenen Deskriptoren an.

WSA_QOS_EUNKOWNPSOBJ = Nicht erkanntes QoS-Objekt.
    .detail = Der anbieterspezifische QoS-Puffer enthält ein Objekt eines Typs, den der Anbieter nicht erkennt. Entfernen Sie es, oder verwenden Sie einen unterstützten Objekttyp.

WSA_QOS_EPOLICYOBJ = Ungültiges QoS-Richtlinienobjekt.
    .detail = Der anbieterspezifische QoS-Puffer enthält ein ungültiges Richtlinienobjekt. Überprüfen Sie die Richtliniendaten im Puffer.

WSA_QOS_EFLOWDESC = Ungültiger QoS-Flowdeskriptor.
    .detail = Einer der Einträge in der Liste der Flowdeskriptoren ist ungültig. Überprüfen Sie jeden Flowdeskriptor (FLOWDESCRIPTOR) in der Anforderung.

WSA_QOS_EPSFLOWSPEC = Ungültige anbieterspezifische QoS-Flowspec.
    .detail = Der anbieterspezifische QoS-Puffer enthält eine FLOWSPEC-Struktur, die ungültig oder inkonsistent ist. Überprüfen Sie die Flowspec im Puffer.

WSA_QOS_EPSFILTERSPEC = Ungültige anbieterspezifische QoS-Filterspec.
    .detail = Der anbieterspezifische QoS-Puffer enthält eine ungültige FILTERSPEC-Struktur. Überprüfen Sie die Filterspec im Puffer.

# Der „Shape-Discard-Modus“ legt fest, was der Traffic Shaper mit Paketen tut, die die Grenzen des Flows überschreiten (verzögern, verwerfen usw.).
WSA_QOS_ESDMODEOBJ = Ungültiges QoS-Objekt für den Shape-Discard-Modus.
    .detail = Der anbieterspezifische QoS-Puffer enthält ein ungültiges Objekt für den Shape-Discard-Modus (QOS_SD_MODE). Überprüfen Sie den Moduswert in diesem Objekt.

# Die „Shaping-Rate“ ist die Rate, mit der der Traffic Shaper die Pakete des Flows weiterleitet.
WSA_QOS_ESHAPERATEOBJ = Ungültiges QoS-Objekt für die Shaping-Rate.
    .detail = Der anbieterspezifische QoS-Puffer enthält ein ungültiges Objekt für die Shaping-Rate (QOS_SHAPING_RATE). Überprüfen Sie die in diesem Objekt angegebene Rate.

# Ein reservierter Richtlinienelementtyp, d. h. einer, der nicht für die Verwendung durch Programme vorgesehen ist.
WSA_QOS_RESERVED_PETYPE = Reservierter QoS-Richtlinienelementtyp.
    .detail = Der anbieterspezifische QoS-Puffer enthält ein Richtlinienelement eines reservierten Typs. Entfernen Sie es, oder verwenden Sie einen zulässigen Richtlinienelementtyp.

## Bezeichnungen der Seiten und Listen, die auf dem Katalog aufbauen: Gruppennamen, die Überschrift einer Seite und die Texte rund um ihren Filter.

group-socket = Socketvorgänge
group-unix-compat = Unix-Kompatibilität
group-startup = Start und Dienstanbieter
group-service-lookup = Dienstsuche
group-name-resolution = Namensauflösung
group-overlapped = Überlappende E/A und Ereignisse
group-qos = Dienstqualität (QoS)
page-heading = Winsock-Fehlercodes
page-languages = Weitere Sprachen
page-filter = Liste nach Nummer, Name oder Suchbegriffen eingrenzen
page-query-too-long = Die Suchanfrage ist zu lang.
table-name = Symbolischer Name
table-number = Nummer
table-hex = Hexadezimal
table-group = Gruppe
table-title = Titel
table-detail = Erläuterung
