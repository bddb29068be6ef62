### Catalogue des codes d’erreur Windows Sockets (Winsock) pour le français (France).
### Chaque identifiant de message est le nom symbolique d’un code d’erreur Winsock (par exemple WSAETIMEDOUT) ;
### sa valeur est le titre court présenté à l’utilisateur et son attribut .detail une explication tenant sur une ligne.
### Les noms de fonctions, de constantes, d’options, de structures et de fichiers (WSAStartup, setsockopt, SO_BROADCAST,
### ADDR_ANY, FLOWSPEC, Ws2_32.dll, etc.) sont des identificateurs de code : ils ne sont jamais traduits ni translittérés.
### Style : registre neutre et courtois des messages de Windows et de la documentation Microsoft en français,
### avec vouvoiement ; typographie française, avec une espace insécable (U+00A0) avant : ; ! ? et à l’intérieur des guillemets « ».
###
### Glossaire : les termes Fluent ci-dessous reprennent les identifiants du glossaire commun. Chaque langue utilise ces
### identifiants et aucun autre ; en-US les définit tous avec le mot ou l’expression anglaise de son texte. Les messages
### écrivent les mots du glossaire en toutes lettres ; le seul terme qu’un message référence est { -winsock }, et chaque
### langue le référence exactement dans les parties de message où en-US le fait.

# en-US: Windows Sockets
# why: Microsoft's term: the API keeps its English product name in Microsoft's French documentation
-winsock = Windows Sockets
# en-US: socket
# why: Microsoft's term in Windows' own French messages and documentation (masculine: un socket)
# avoid: connecteur, prise réseau
-socket = socket
# en-US: host
# why: Microsoft's term (hôte, hôte distant)
-host = hôte
# en-US: peer
# why: Microsoft's term for the other end of a connection
# avoid: pair distant
-peer = homologue
# en-US: port
# why: Microsoft's term
-port = port
# en-US: handle
# why: Microsoft's term in Windows' own French messages (ERROR_INVALID_HANDLE) and in Winsock reference pages for SOCKET parameters
# avoid: poignée
-handle = descripteur
# en-US: buffer
# why: Microsoft's term; the text uses it in the singular only
# avoid: tampon mémoire, buffer
-buffer = mémoire tampon
# en-US: stream
# why: Microsoft's term (socket de flux, protocole de flux)
-stream = flux
# en-US: blocking
# why: Microsoft's term; the stem also covers the feminine form bloquante
-blocking = bloquant
# en-US: nonblocking
# why: Microsoft's term (socket non bloquant)
-nonblocking = non bloquant
# en-US: datagram
# why: Microsoft's term
-datagram = datagramme
# en-US: address family
# why: Microsoft's term
-address-family = famille d’adresses
# en-US: protocol family
# why: Microsoft's term
-protocol-family = famille de protocoles
# en-US: keep-alive
# why: Microsoft's term: French documentation keeps keep-alive (paquets keep-alive)
# avoid: maintien en vie
-keepalive = keep-alive
# en-US: service provider
# why: Microsoft's term
# avoid: prestataire de services
-provider = fournisseur de services
# en-US: layered service provider
# why: Microsoft's term (LSP)
# avoid: fournisseur de services superposé, fournisseur de services de couche
-layered-provider = fournisseur de services en couches
# en-US: name space
# why: Microsoft's term
-namespace = espace de noms
# en-US: name resolution
# why: Microsoft's term
-name-resolution = résolution de noms
# en-US: event object
# why: Microsoft's term in Windows' own French messages
# avoid: objet d’événement
-event-object = objet événement
# en-US: overlapped I/O
# why: Microsoft's term in Windows' own French messages (entrée/sortie avec chevauchement)
# avoid: E/S superposées, E/S qui se chevauchent, E/S chevauchées
-overlapped = E/S avec chevauchement
# en-US: completion port
# why: Microsoft's term (port de terminaison d’E/S)
# avoid: port d’achèvement, port de complétion
-completion-port = port de terminaison
# en-US: QoS
# why: Microsoft's term (qualité de service, QoS)
-qos = QoS
# en-US: policy
# why: Microsoft's term (stratégie QoS, stratégie IPsec)
# avoid: politique
-policy = stratégie
# en-US: reservation
# why: Microsoft's term
-reservation = réservation
# en-US: admission control
# why: Microsoft's term
-admission-control = contrôle d’admission
# en-US: traffic control
# why: Microsoft's term for the Traffic Control (TC) component
# avoid: contrôle de trafic
-traffic-control = contrôle du trafic
# en-US: flowspec
# why: Microsoft's term: French Windows messages and documentation keep flowspec
-flowspec = flowspec
# en-US: filter
# why: Microsoft's term
-filter = filtre
# en-US: filterspec
# why: Microsoft's term: French Windows messages and documentation keep filterspec
-filterspec = filterspec
# en-US: flow descriptor
# why: Microsoft's term
-flow-descriptor = descripteur de flux
# en-US: shaping
# why: Microsoft's term (mise en forme du trafic)
# avoid: lissage
-shaping = mise en forme
# en-US: sender
# why: Microsoft's term in Windows' own French QoS messages
# avoid: émetteur
-sender = expéditeur
# en-US: receiver
# why: Microsoft's term in Windows' own French QoS messages
# avoid: récepteur
-receiver = destinataire
# en-US: program
# why: Microsoft's term; "application" renders en-US "application", the same concept
-program = programme
# en-US: resource
# why: Microsoft's term
-resource = ressource
# en-US: access
# why: Microsoft's term (droits d’accès, accès refusé)
-access = accès

## Opérations sur les sockets

WSAEINTR = Appel de fonction interrompu.
    .detail = Un appel bloquant a été interrompu avant la fin, classiquement par WSACancelBlockingCall, un vestige de { -winsock } 1.1 que les programmes Winsock 2 modernes ne devraient pas utiliser. La fermeture du socket par closesocket depuis un autre thread, alors qu’un appel est en attente sur ce socket, produit le même effet ; relancez l’appel si l’interruption n’était pas voulue.

WSAEACCES = Autorisation refusée.
    .detail = Le socket a été utilisé d’une manière que ses droits d’accès n’autorisent pas. Les causes courantes sont l’appel à sendto avec une adresse de diffusion sans avoir d’abord activé SO_BROADCAST avec setsockopt, ou l’appel à bind sur une adresse et un port qu’un autre programme, service ou pilote s’est réservés en exclusivité avec SO_EXCLUSIVEADDRUSE ; un pare-feu ou un produit de sécurité peut également bloquer l’accès.

WSAEFAULT = Adresse incorrecte.
    .detail = Un pointeur passé à une fonction de socket ne pointe pas vers une zone de mémoire valide, ou bien une mémoire tampon ou une longueur passée en argument est trop petite. Vérifiez chaque argument de type pointeur et assurez-vous que les valeurs de longueur correspondent à la taille réelle de la mémoire tampon ; par exemple, la longueur d’une structure sockaddr doit être au moins égale à sizeof(sockaddr).

WSAEINVAL = Argument non valide.
    .detail = L’un des arguments n’est pas valide, par exemple un niveau inconnu passé à setsockopt. Cette erreur est également renvoyée lorsque l’appel ne correspond pas à l’état actuel du socket, par exemple un appel à accept sur un socket pour lequel listen n’a pas été appelé.

WSAEMFILE = Trop de sockets ouverts.
    .detail = Plus aucun descripteur de socket n’est disponible pour ce programme. La limite peut s’appliquer à l’ensemble du système, au processus ou au thread ; fermez les sockets dont vous n’avez plus besoin et recherchez d’éventuelles fuites de descripteurs.

WSAEWOULDBLOCK = Ressource temporairement indisponible.
    .detail = Un socket non bloquant n’a pas pu terminer l’opération immédiatement, par exemple un appel à recv alors qu’aucune donnée n’est encore en attente. Il ne s’agit pas d’un véritable échec : attendez que le socket soit prêt (avec select, WSAPoll ou un événement), puis réessayez ; un appel à connect sur un socket SOCK_STREAM non bloquant renvoie normalement ce code tant que la connexion est en cours d’établissement.

WSAEINPROGRESS = Une opération bloquante est déjà en cours.
    .detail = { -winsock } n’autorise qu’un seul appel bloquant à la fois par tâche ou par thread, et un autre appel a été effectué alors qu’un appel était encore en attente. Cela concerne surtout les anciens programmes de style { -winsock } 1.1 ; assurez-vous que l’appel bloquant précédent a rendu la main avant d’en lancer un nouveau.

WSAEALREADY = Opération déjà en cours sur ce socket non bloquant.
    .detail = Une opération a été demandée sur un socket non bloquant encore occupé par une opération du même type, par exemple un second appel à connect alors que le premier est encore en train d’établir la connexion. Cette erreur est également renvoyée lors de l’annulation d’une demande asynchrone (l’une des fonctions WSAAsyncGetXbyY) déjà terminée ou déjà annulée.

WSAENOTSOCK = Opération de socket sur un élément qui n’est pas un socket.
    .detail = Le descripteur passé à la fonction n’est pas un socket valide. Il se peut qu’il n’ait jamais désigné un socket ou qu’il soit déjà fermé, ou encore, dans le cas de select, que l’une des entrées d’un fd_set ne soit pas un socket valide.

WSAEDESTADDRREQ = Adresse de destination requise.
    .detail = L’opération nécessite une adresse de destination, mais aucune n’a été fournie. Par exemple, la fonction sendto a été appelée avec ADDR_ANY comme adresse distante ; indiquez l’adresse réelle de l’homologue.

WSAEMSGSIZE = Message trop long.
    .detail = Un datagramme était plus volumineux que ce que le protocole ou le réseau peut acheminer, ou bien la mémoire tampon de réception était plus petite que le datagramme entrant, auquel cas celui-ci a été tronqué. Envoyez des messages plus courts ou utilisez une mémoire tampon de réception plus grande.

WSAEPROTOTYPE = Protocole de type incorrect pour le socket.
    .detail = Le protocole indiqué à la fonction socket ne correspond pas au type de socket demandé. Par exemple, UDP ne peut pas être utilisé avec un socket SOCK_STREAM ; choisissez un protocole adapté à ce type, ou passez 0 pour laisser le système choisir.

WSAENOPROTOOPT = Option de protocole incorrecte.
    .detail = L’option ou le niveau passé à getsockopt ou à setsockopt est inconnu, non valide ou non pris en charge par ce protocole. Vérifiez que l’option appartient au bon niveau (par exemple SOL_SOCKET ou IPPROTO_TCP) et que le type de socket la prend en charge.

WSAEPROTONOSUPPORT = Protocole non pris en charge.
    .detail = Le protocole demandé n’est pas installé sur ce système ou n’a aucune implémentation. Cette erreur se produit aussi lorsque le protocole est incompatible avec le type de socket, par exemple lorsqu’un socket SOCK_DGRAM est demandé avec un protocole de flux.

WSAESOCKTNOSUPPORT = Type de socket non pris en charge.
    .detail = Cette famille d’adresses ne prend pas en charge le type de socket demandé. Par exemple, l’implémentation peut ne proposer aucun socket SOCK_RAW, ou exiger des droits d’administrateur pour en créer.

WSAEOPNOTSUPP = Opération non prise en charge.
    .detail = L’opération demandée n’est pas prise en charge par ce type de socket ou d’objet. Un cas typique est l’appel à accept ou à listen sur un socket de datagrammes, qui n’a aucune connexion à accepter.

WSAEPFNOSUPPORT = Famille de protocoles non prise en charge.
    .detail = La famille de protocoles demandée n’est pas configurée sur ce système ou n’a aucune implémentation. En pratique, les fonctions { -winsock } signalent généralement WSAEAFNOSUPPORT dans la même situation.

WSAEAFNOSUPPORT = Famille d’adresses non prise en charge par la famille de protocoles.
    .detail = Une adresse appartenant à une famille que le protocole ne prend pas en charge a été utilisée. Cela se produit typiquement lorsqu’un protocole n’appartenant pas à la famille d’adresses est demandé à la fonction socket, ou lorsqu’une adresse IPv6 est passée à un socket AF_INET (ou l’inverse) dans des appels tels que sendto ou connect.

WSAEADDRINUSE = Adresse déjà utilisée.
    .detail = Un autre socket est déjà lié à cette adresse et à ce port ; il peut s’agir d’un socket encore en cours de fermeture ou qui n’a pas été fermé correctement. Arrêtez l’autre programme ou choisissez un autre port ; les serveurs qui ont réellement besoin de partager un port peuvent définir SO_REUSEADDR, et les clients n’ont en général aucun besoin d’appeler bind. Lorsque bind a reçu une adresse générique (ADDR_ANY), l’erreur peut n’apparaître qu’au moment où l’adresse est réellement fixée, lors d’un appel ultérieur à connect, listen, WSAConnect ou WSAJoinLeaf.

WSAEADDRNOTAVAIL = Impossible d’attribuer l’adresse demandée.
    .detail = L’adresse n’est pas valide dans ce contexte. Le plus souvent, bind a reçu une adresse IP qui n’appartient pas à cet ordinateur, ou bien connect ou sendto a reçu une adresse ou un port distants inutilisables, comme le port 0 ou l’adresse 0.0.0.0.

WSAENETDOWN = Réseau hors service.
    .detail = Le sous-système réseau, la carte réseau ou le réseau local est défaillant. Vérifiez la connexion et la carte réseau, puis redémarrez la pile réseau ou l’ordinateur si le problème persiste.

WSAENETUNREACH = Réseau inaccessible.
    .detail = Le système local ne dispose d’aucun itinéraire vers le réseau de destination. Vérifiez la connexion réseau, la passerelle par défaut et la table de routage, ainsi que l’exactitude de l’adresse.

WSAENETRESET = Connexion abandonnée par le réseau lors d’une réinitialisation.
    .detail = La connexion a été abandonnée parce que les sondes keep-alive ont détecté une défaillance de l’autre extrémité ou du chemin qui y mène alors qu’une opération était en cours. La fonction setsockopt peut aussi renvoyer cette erreur lors de l’activation de SO_KEEPALIVE sur une connexion déjà défaillante ; rétablissez la connexion pour continuer.

WSAECONNABORTED = Connexion abandonnée par un logiciel.
    .detail = La connexion a été fermée par un logiciel de cet ordinateur, souvent après un dépassement du délai de transmission des données ou une erreur de protocole. Les pare-feu, les antivirus ou les logiciels VPN qui coupent des connexions peuvent aussi en être la cause ; rétablissez la connexion et, si le problème se répète, vérifiez ces logiciels.

WSAECONNRESET = Connexion réinitialisée par l’homologue.
    .detail = L’hôte distant a fermé la connexion brutalement. Le programme à l’autre extrémité s’est peut-être arrêté de manière inattendue ou a été arrêté, l’hôte distant a peut-être redémarré ou disparu du réseau, ou bien il a fermé le socket par une réinitialisation forcée (SO_LINGER activé avec un délai d’expiration de 0) ; rétablissez la connexion et vérifiez le côté distant.

WSAENOBUFS = Aucun espace de mémoire tampon disponible.
    .detail = Le système ne disposait plus d’espace de mémoire tampon ou une file d’attente était pleine ; l’opération n’a donc pas pu être effectuée. Cela indique souvent un trop grand nombre de connexions ouvertes, l’épuisement de la mémoire ou l’absence de ports éphémères libres ; fermez les sockets inutilisés et réessayez plus tard.

WSAEISCONN = Socket déjà connecté.
    .detail = La fonction connect a été appelée sur un socket qui possède déjà une connexion. Certaines implémentations renvoient aussi cette erreur lorsque sendto est utilisé avec une adresse explicite sur un socket SOCK_DGRAM connecté.

WSAENOTCONN = Socket non connecté.
    .detail = Le socket n’est pas connecté, si bien qu’il est impossible d’envoyer ou de recevoir des données sur ce socket, et aucune adresse de destination n’a été fournie (comme sendto le permettrait sur un socket de datagrammes). D’autres appels, comme l’activation de SO_KEEPALIVE sur une connexion réinitialisée, peuvent aussi renvoyer cette erreur ; appelez d’abord connect.

WSAESHUTDOWN = Envoi impossible après l’arrêt du socket.
    .detail = L’envoi ou la réception a été refusé parce que ce sens de communication du socket avait déjà été fermé par un appel antérieur à shutdown. Une fois qu’un sens a été fermé, il ne peut plus être utilisé sur ce socket.

WSAETIMEDOUT = Délai de connexion dépassé.
    .detail = L’autre extrémité n’a pas répondu à temps, soit pendant l’établissement de la connexion, soit sur une connexion déjà établie. L’hôte distant est peut-être hors ligne ou surchargé, ou un pare-feu abandonne peut-être le trafic silencieusement ; vérifiez l’adresse, le port et les paramètres du pare-feu.

WSAECONNREFUSED = Connexion refusée.
    .detail = L’ordinateur cible a activement refusé la connexion. Le plus souvent, aucun programme n’écoute sur ce port, le service est arrêté ou un pare-feu rejette la connexion ; vérifiez l’adresse et le numéro de port, et assurez-vous que le serveur est en cours d’exécution.

WSAEHOSTDOWN = Hôte hors service.
    .detail = L’opération a échoué parce que l’hôte de destination semble hors service. En général, Windows signale plutôt cette situation par WSAETIMEDOUT ; vérifiez que l’ordinateur distant est allumé et connecté.

WSAEHOSTUNREACH = Aucun itinéraire vers l’hôte.
    .detail = L’hôte de destination est inaccessible depuis cet ordinateur, car aucun itinéraire n’y mène. Vérifiez l’adresse, la connexion réseau et les paramètres de routage ou de passerelle.

WSAEDISCON = Fermeture normale en cours.
    .detail = WSARecv ou WSARecvFrom signale que le côté distant a commencé une fermeture ordonnée de la connexion. Plus aucune donnée n’arrivera ; terminez le traitement et fermez le socket.

## Erreurs de compatibilité Unix (définies pour la portabilité, rarement renvoyées)

WSAEBADF = Descripteur de fichier incorrect.
    .detail = Le descripteur de fichier ou de socket fourni n’est pas valide. Assurez-vous que le descripteur est ouvert et qu’il n’a pas déjà été fermé.

WSAETOOMANYREFS = Trop de références.
    .detail = Il existe trop de références à un objet du noyau. Libérez les objets dont vous n’avez plus besoin, puis réessayez.

WSAELOOP = Impossible de traduire le nom.
    .detail = Un nom n’a pas pu être traduit, par exemple parce que sa résolution a abouti à une boucle. Vérifiez que le nom ne comporte pas d’erreur.

WSAENAMETOOLONG = Nom trop long.
    .detail = Un nom, ou l’une de ses parties, dépasse la longueur autorisée. Utilisez un nom plus court.

WSAENOTEMPTY = Répertoire non vide.
    .detail = Un répertoire n’a pas pu être supprimé, car il contient encore des entrées. Videz-le d’abord.

WSAEUSERS = Quota d’utilisateurs dépassé.
    .detail = Le quota d’utilisateurs ou de ressources utilisateur est épuisé. Libérez des ressources ou demandez à un administrateur d’augmenter la limite.

WSAEDQUOT = Quota de disque dépassé.
    .detail = Le quota d’espace disque est épuisé. Libérez de l’espace ou demandez à un administrateur d’augmenter le quota.

WSAESTALE = Référence de descripteur de fichier obsolète.
    .detail = Le descripteur de fichier fait référence à un élément qui n’est plus disponible. Rouvrez l’élément pour obtenir un nouveau descripteur.

WSAEREMOTE = Élément distant.
    .detail = L’élément n’est pas disponible localement, car il se trouve sur un système distant. Passez plutôt par le système distant pour y avoir accès.

## Démarrage et fournisseurs de services

WSAEPROCLIM = Trop de processus.
    .detail = L’implémentation de { -winsock } limite le nombre d’applications qui peuvent l’utiliser simultanément, et cette limite a été atteinte ; WSAStartup peut donc échouer avec cette erreur. Fermez d’autres programmes qui utilisent le réseau, puis réessayez.

WSASYSNOTREADY = Sous-système réseau indisponible.
    .detail = WSAStartup a échoué, car le système réseau sous-jacent sur lequel repose { -winsock } n’est pas prêt pour le moment. Vérifiez que le bon fichier Ws2_32.dll est en place et qu’aucune autre DLL Winsock n’est trouvée avant lui dans le chemin de recherche, que les composants réseau sont installés et configurés, et que le système a terminé son démarrage.

WSAVERNOTSUPPORTED = Version de Winsock non prise en charge.
    .detail = L’implémentation de { -winsock } installée ne prend pas en charge la version demandée par l’application dans WSAStartup. Assurez-vous que le programme demande une version prise en charge (normalement 2.2) et qu’aucune DLL Winsock obsolète n’est chargée à la place de celle du système.

WSANOTINITIALISED = Aucun appel réussi à WSAStartup.
    .detail = Une fonction de socket a été utilisée avant un appel réussi à WSAStartup, ou après autant d’appels à WSACleanup qu’à WSAStartup. Appelez d’abord WSAStartup et vérifiez son résultat ; assurez-vous également que les sockets ne sont pas partagés avec une tâche qui n’a jamais initialisé { -winsock }.

WSAEINVALIDPROCTABLE = Table de procédures du fournisseur de services non valide.
    .detail = Un fournisseur de services { -winsock } a remis à Ws2_32.dll une table de procédures non valide, généralement parce que certains de ses pointeurs de fonction sont NULL. Réinstallez ou supprimez le fournisseur de services en couches (LSP) ou le logiciel réseau défectueux.

WSAEINVALIDPROVIDER = Numéro de version du fournisseur de services non valide.
    .detail = Un fournisseur de services { -winsock } a indiqué une version autre que 2.0, ce que le système n’accepte pas ; WSCGetProviderInfo et WSCGetProviderInfo32 renvoient aussi cette erreur lorsque l’entrée de protocole sur laquelle elles sont interrogées est introuvable. Mettez à jour ou supprimez le fournisseur installé avec un logiciel réseau tiers.

WSAEPROVIDERFAILEDINIT = Impossible d’initialiser un fournisseur de services.
    .detail = Un fournisseur de services n’a pas pu démarrer : soit le chargement de sa DLL avec LoadLibrary a échoué, soit sa fonction WSPStartup ou NSPStartup a signalé une erreur. La réinstallation du logiciel réseau concerné ou la réinitialisation du catalogue Winsock (netsh winsock reset) permet souvent de résoudre le problème.

WSASYSCALLFAILURE = Échec d’un appel système.
    .detail = Un appel système qui ne devrait jamais échouer a échoué, par exemple une attente d’événements avec WaitForMultipleObjects, ou une opération de registre sur le catalogue des protocoles ou sur celui de l’espace de noms. Cette erreur est aussi renvoyée lorsqu’un fournisseur signale un échec sans code plus précis, ce qui peut révéler un bogue dans ce fournisseur.

## Recherche de services (fournisseurs d’espace de noms)

WSAENOMORE = Aucun autre résultat.
    .detail = WSALookupServiceNext n’a plus de résultats à renvoyer pour cette requête. Cela marque la fin normale de la recherche ; appelez WSALookupServiceEnd pour la terminer.

WSAECANCELLED = Appel de recherche annulé.
    .detail = La fonction WSALookupServiceEnd a été appelée alors qu’un appel à WSALookupServiceNext était encore en cours ; cette recherche a donc été annulée. C’est le comportement attendu lorsqu’une recherche est arrêtée prématurément.

WSASERVICE_NOT_FOUND = Service introuvable.
    .detail = Ce service est inconnu dans l’espace de noms où la recherche a été effectuée. Vérifiez le nom du service et assurez-vous que l’espace de noms interrogé est le bon.

WSATYPE_NOT_FOUND = Type de classe introuvable.
    .detail = Le type de classe de service demandé est introuvable. Vérifiez que la classe est installée et enregistrée ; getaddrinfo renvoie ce même code, sous la forme EAI_SERVICE, lorsque le nom de service ne peut pas être utilisé avec le type de socket demandé.

WSA_E_NO_MORE = Aucun autre résultat.
    .detail = WSALookupServiceNext n’a plus de résultats à renvoyer pour cette requête. Cela marque la fin normale de la recherche ; appelez WSALookupServiceEnd pour la terminer.

WSA_E_CANCELLED = Appel de recherche annulé.
    .detail = La fonction WSALookupServiceEnd a été appelée alors qu’un appel à WSALookupServiceNext était encore en cours ; cette recherche a donc été annulée. C’est le comportement attendu lorsqu’une recherche est arrêtée prématurément.

WSAEREFUSED = Requête de base de données refusée.
    .detail = La base de données de l’espace de noms a activement refusé la requête. Le serveur ou le fournisseur n’autorise peut-être pas cette demande ; vérifiez les autorisations ainsi que la requête elle-même.

## Résolution de noms d’hôtes

WSAHOST_NOT_FOUND = Hôte introuvable.
    .detail = Aucun hôte portant ce nom n’est connu : il ne s’agit ni d’un nom d’hôte officiel ni d’un alias dans les bases de données ou les serveurs DNS interrogés. Vérifiez l’orthographe du nom et vos paramètres DNS ; pour une recherche de protocole ou de service, cela signifie que le nom est absent de la base de données correspondante.

WSATRY_AGAIN = Échec temporaire de la recherche de nom (hôte introuvable, réponse ne faisant pas autorité).
    .detail = La recherche de nom n’a pas abouti pour l’instant, car le serveur DNS local n’a obtenu aucune réponse d’un serveur faisant autorité pour ce nom. Ce problème est généralement temporaire ; réessayez plus tard et, s’il persiste, vérifiez la connexion réseau et le serveur DNS.

WSANO_RECOVERY = Erreur irrécupérable lors de la recherche de nom.
    .detail = Une recherche a échoué avec une erreur qu’une nouvelle tentative ne corrigera pas. Les fichiers de base de données locaux des hôtes, des services et des protocoles (hosts, services, protocols) sont peut-être absents, ou un serveur DNS a répondu par une erreur grave ; vérifiez la configuration DNS.

WSANO_DATA = Nom valide, mais aucune donnée du type demandé.
    .detail = Le nom existe, mais ne possède aucun enregistrement du type demandé. Par exemple, un hôte peut avoir un enregistrement de messagerie (MX) mais aucun enregistrement d’adresse (A ou AAAA) ; il ne peut alors pas être joint directement par ce nom.

WSA_SECURE_HOST_NOT_FOUND = Aucun hôte de ce nom n’est connu de manière sécurisée.
    .detail = Une recherche de nom sécurisée, par exemple une recherche qui exige une validation DNSSEC, n’a pas trouvé l’hôte. Le nom n’existe peut-être pas, ou sa signature n’est peut-être pas correcte ; vérifiez le nom et les paramètres de sécurité DNS.

WSA_IPSEC_NAME_POLICY_ERROR = Impossible d’ajouter la stratégie IPsec fondée sur un nom.
    .detail = Le système n’a pas pu ajouter une stratégie IPsec fondée sur un nom d’hôte. Vérifiez les règles IPsec et les règles de sécurité de connexion, ainsi que leurs paramètres de nom.

## Objets événements et E/S avec chevauchement

WSA_INVALID_HANDLE = Le descripteur d’objet événement spécifié n’est pas valide.
    .detail = Le programme a utilisé un descripteur d’objet événement non valide, par exemple un descripteur déjà fermé. Vérifiez que le descripteur provient de WSACreateEvent et qu’il est toujours ouvert. Ce code a la même valeur que l’erreur Windows ERROR_INVALID_HANDLE (6).

WSA_NOT_ENOUGH_MEMORY = Mémoire disponible insuffisante.
    .detail = Une fonction { -winsock } qui s’appuie sur une fonction Windows sous-jacente a échoué par manque de mémoire. Fermez d’autres programmes ou libérez de la mémoire, puis réessayez. Ce code a la même valeur que l’erreur Windows ERROR_NOT_ENOUGH_MEMORY (8).

WSA_INVALID_PARAMETER = Un ou plusieurs paramètres ne sont pas valides.
    .detail = Une fonction { -winsock } a transmis ses arguments à une fonction Windows sous-jacente, qui en a rejeté un ou plusieurs. Vérifiez tous les paramètres de l’appel. Ce code a la même valeur que l’erreur Windows ERROR_INVALID_PARAMETER (87).

WSA_OPERATION_ABORTED = Opération avec chevauchement abandonnée.
    .detail = Une opération avec chevauchement a été annulée avant la fin, parce que le socket a été fermé ou parce que la commande SIO_FLUSH a été émise au moyen de WSAIoctl. C’est le comportement attendu lorsqu’un programme ferme un socket alors que des E/S sont encore en attente ; ce code a la même valeur que l’erreur Windows ERROR_OPERATION_ABORTED (995).

WSA_IO_INCOMPLETE = Objet événement d’E/S avec chevauchement à l’état non signalé.
    .detail = Le programme a demandé le résultat d’une opération avec chevauchement qui n’est pas encore terminée. Interrogée à intervalles réguliers avec son indicateur fWait défini sur FALSE, la fonction WSAGetOverlappedResult renvoie ce code jusqu’à la fin de l’opération ; attendez, puis redemandez le résultat. Ce code a la même valeur que l’erreur Windows ERROR_IO_INCOMPLETE (996).

WSA_IO_PENDING = L’opération avec chevauchement se terminera plus tard.
    .detail = Une opération avec chevauchement a été lancée et n’a pas pu se terminer immédiatement. Il ne s’agit pas d’un échec : le programme sera averti de la fin de l’opération par son événement, sa routine de terminaison ou son port de terminaison d’E/S (IOCP), et WSAGetOverlappedResult en fournira alors le résultat. Ce code a la même valeur que l’erreur Windows ERROR_IO_PENDING (997).

## Qualité de service (QoS)

WSA_QOS_RECEIVERS = Destinataires QoS.
    .detail = Au moins une demande de réservation QoS (un message RSVP RESV) provenant d’un destinataire est arrivée. Il s’agit d’un rapport d’état et non d’un échec.

WSA_QOS_SENDERS = Expéditeurs QoS.
    .detail = Au moins un message de chemin QoS (un message RSVP PATH) provenant d’un expéditeur est arrivé. Il s’agit d’un rapport d’état et non d’un échec.

WSA_QOS_NO_SENDERS = Aucun expéditeur QoS.
    .detail = Il n’y a plus aucun expéditeur QoS pour ce flux. Il s’agit d’un rapport d’état ; les réservations qui dépendaient de ces expéditeurs ne s’appliquent plus.

WSA_QOS_NO_RECEIVERS = Aucun destinataire QoS.
    .detail = Il n’y a plus aucun destinataire QoS pour ce flux. Il s’agit d’un rapport d’état ; l’expéditeur n’a plus aucune réservation à honorer.

WSA_QOS_REQUEST_CONFIRMED = Demande QoS confirmée.
    .detail = La demande de réservation QoS a été confirmée par le réseau. Il s’agit d’une notification de réussite.

WSA_QOS_ADMISSION_FAILURE = Erreur d’admission QoS.
    .detail = La demande QoS n’a pas pu être admise, faute de ressources suffisantes, comme la bande passante, le long du chemin. Demandez moins de ressources ou réessayez plus tard.

WSA_QOS_POLICY_FAILURE = Échec de stratégie QoS.
    .detail = La demande QoS a été refusée, car le système de gestion des stratégies n’a pas pu accorder les ressources demandées dans le cadre de la stratégie actuelle. Vérifiez la stratégie QoS ou contactez un administrateur.

WSA_QOS_BAD_STYLE = Style QoS incorrect.
    .detail = Un style de réservation QoS inconnu ou incompatible a été détecté. Vérifiez le style de réservation indiqué dans la demande.

WSA_QOS_BAD_OBJECT = Objet QoS incorrect.
    .detail = Un FILTERSPEC, ou la mémoire tampon spécifique au fournisseur dans son ensemble, présente un problème. Vérifiez les structures QoS passées à l’appel.

WSA_QOS_TRAFFIC_CTRL_ERROR = Erreur de contrôle du trafic QoS.
    .detail = L’interface sous-jacente de contrôle du trafic (TC) a échoué lors de l’application locale de la demande QoS générique. Parmi les causes possibles figurent un manque de mémoire ou une erreur interne du fournisseur QoS.

WSA_QOS_GENERIC_ERROR = Erreur QoS générique.
    .detail = Une erreur QoS générale s’est produite sans code plus précis. Vérifiez la demande QoS et l’état du fournisseur.

WSA_QOS_ESERVICETYPE = Erreur de type de service QoS.
    .detail = Le FLOWSPEC contient un type de service non valide ou non reconnu. Utilisez l’un des types de service définis, par exemple SERVICETYPE_GUARANTEED ou SERVICETYPE_CONTROLLEDLOAD.

WSA_QOS_EFLOWSPEC = Erreur de flowspec QoS.
    .detail = Un FLOWSPEC de la structure QOS n’est pas valide ou est incohérent. Vérifiez ses débits, ses tailles et son type de service.

WSA_QOS_EPROVSPECBUF = Mémoire tampon du fournisseur QoS non valide.
    .detail = La mémoire tampon spécifique au fournisseur (ProviderSpecific) passée avec la demande QoS n’est pas valide. Vérifiez sa taille et son contenu.

WSA_QOS_EFILTERSTYLE = Style de filtre QoS non valide.
    .detail = Le style de filtre QoS indiqué n’est pas valide. Utilisez un style de filtre pris en charge.

WSA_QOS_EFILTERTYPE = Type de filtre QoS non valide.
    .detail = Le type de filtre QoS indiqué n’est pas valide. Utilisez un type de filtre pris en charge.

WSA_QOS_EFILTERCOUNT = Nombre de filtres QoS incorrect.
    .detail = Le nombre d’entrées FILTERSPEC indiqué dans un FLOWDESCRIPTOR est incorrect. Faites correspondre ce nombre à celui des filtres réellement fournis.

WSA_QOS_EOBJLENGTH = Longueur d’objet QoS non valide.
    .detail = Un objet de la mémoire tampon spécifique au fournisseur QoS possède un champ ObjectLength non valide. Vérifiez la longueur de chaque objet de la mémoire tampon.

WSA_QOS_EFLOWCOUNT = Nombre de flux QoS incorrect.
    .detail = La structure QOS indique un nombre incorrect de descripteurs de flux. Faites correspondre ce nombre à celui des descripteurs réellement fournis.

WSA_QOS_EUNKOWNPSOBJ = Objet QoS non reconnu.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un objet d’un type que le fournisseur ne reconnaît pas. Supprimez-le ou utilisez un type d’objet pris en charge.

WSA_QOS_EPOLICYOBJ = Objet de stratégie QoS non valide.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un objet de stratégie non valide. Vérifiez les données de stratégie dans la mémoire tampon.

WSA_QOS_EFLOWDESC = Descripteur de flux QoS non valide.
    .detail = L’une des entrées de la liste des descripteurs de flux n’est pas valide. Vérifiez chaque descripteur de flux (FLOWDESCRIPTOR) de la demande.

WSA_QOS_EPSFLOWSPEC = Flowspec spécifique au fournisseur QoS non valide.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un FLOWSPEC non valide ou incohérent. Vérifiez le flowspec contenu dans la mémoire tampon.

WSA_QOS_EPSFILTERSPEC = Filterspec spécifique au fournisseur QoS non valide.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un FILTERSPEC non valide. Vérifiez le filterspec contenu dans la mémoire tampon.

WSA_QOS_ESDMODEOBJ = Objet de mode d’abandon de mise en forme QoS non valide.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un objet de mode d’abandon de mise en forme (QOS_SD_MODE) non valide. Vérifiez la valeur du mode dans cet objet.

WSA_QOS_ESHAPERATEOBJ = Objet de débit de mise en forme QoS non valide.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un objet de débit de mise en forme (QOS_SHAPING_RATE) non valide. Vérifiez le débit indiqué dans cet objet.

WSA_QOS_RESERVED_PETYPE = Type d’élément de stratégie QoS réservé.
    .detail = La mémoire tampon spécifique au fournisseur QoS contient un élément de stratégie d’un type réservé. Supprimez-le ou utilisez un type d’élément de stratégie autorisé.

## Libellés des pages et des listes construites à partir du catalogue : noms des groupes, titre d’une page et textes entourant son filtre.

group-socket = Opérations sur les sockets
group-unix-compat = Compatibilité Unix
group-startup = Démarrage et fournisseurs de services
group-service-lookup = Recherche de services
group-name-resolution = Résolution de noms
group-overlapped = E/S avec chevauchement et événements
group-qos = Qualité de service (QoS)
page-heading = Codes d’erreur Winsock
page-languages = Autres langues
page-filter = Affiner la liste par numéro, par nom ou par mots
page-query-too-long = La requête est trop longue.
table-name = Nom
table-number = Numéro
table-hex = Hexadécimal
table-group = Groupe
table-title = Titre
table-detail = Explication
