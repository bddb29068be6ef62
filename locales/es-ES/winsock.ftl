### Catálogo de errores de Windows Sockets (Winsock) para español (España).
### El id de cada mensaje es el nombre simbólico de un código de error de Winsock (por ejemplo, WSAETIMEDOUT);
### su valor es el título breve que se muestra al usuario y su atributo .detail, una explicación de una sola línea.
### Los nombres de funciones, constantes, opciones, estructuras y archivos (WSAStartup, setsockopt, SO_BROADCAST,
### ADDR_ANY, FLOWSPEC, Ws2_32.dll, ...) son identificadores de código: nunca se traducen ni se transliteran.
### Estilo: el registro neutro y formal de los mensajes de Windows y de la documentación de Microsoft en español
### de España (tratamiento de usted o construcciones impersonales), con la terminología de Microsoft para es-ES.
###
### Glosario: los términos de Fluent siguientes son los identificadores compartidos del glosario. Cada edición usa
### estos identificadores y ningún otro, y cada término contiene la palabra o expresión que usan los textos de esta
### edición. Los mensajes escriben las palabras del glosario tal cual; el único término al que hace referencia un
### mensaje es { -winsock }, y solo en las partes del mensaje en las que también lo hace en-US.

# en-US: Windows Sockets
# why: product name; Microsoft's Spanish documentation keeps it in English
-winsock = Windows Sockets

# en-US: socket
# why: Microsoft's term in Windows' own Spanish text and docs ("socket", plural "sockets")
# avoid: zócalo, conector
-socket = socket

# en-US: host
# why: Microsoft's term in Spanish Windows messages and docs ("host remoto")
# avoid: anfitrión
-host = host

# en-US: peer
# why: Microsoft's Spanish docs use "par" (and the wordier "del mismo nivel"); "par" is what Spanish network developers say
# avoid: homólogo
-peer = par

# en-US: port
# why: Microsoft's term in Windows' own Spanish text
-port = puerto

# en-US: handle
# why: Microsoft's term in Windows' own Spanish text and docs
# avoid: manejador
-handle = identificador

# en-US: buffer
# why: Microsoft's term in Spanish docs ("búfer", plural "búferes", which contains it)
# avoid: memoria intermedia
-buffer = búfer

# en-US: stream
# why: Microsoft's term for SOCK_STREAM sockets in Spanish docs ("sockets de secuencia"); "flujo" is kept for QoS flows
-stream = secuencia

# en-US: blocking
# why: Microsoft's term in Spanish docs ("llamada de bloqueo", "modo de bloqueo")
# avoid: bloqueante
-blocking = bloqueo

# en-US: nonblocking
# why: Microsoft's term in Spanish Winsock docs ("socket sin bloqueo")
# avoid: no bloqueante
-nonblocking = sin bloqueo

# en-US: datagram
# why: Microsoft's term in Windows' own Spanish text
-datagram = datagrama

# en-US: address family
# why: Microsoft's term in Spanish docs
-address-family = familia de direcciones

# en-US: protocol family
# why: Microsoft's term in Spanish docs
-protocol-family = familia de protocolos

# en-US: keep-alive
# why: Microsoft's Spanish docs keep "keep-alive" (paquetes keep-alive), and Spanish developers use it as is
-keepalive = keep-alive

# en-US: service provider
# why: Microsoft's term in Spanish Winsock docs
-provider = proveedor de servicios

# en-US: layered service provider
# why: Microsoft's term in Spanish Winsock docs ("proveedor de servicios en capas (LSP)")
-layered-provider = proveedor de servicios en capas

# en-US: name space
# why: Microsoft's term in Spanish docs
-namespace = espacio de nombres

# en-US: name resolution
# why: Microsoft's term in Windows' own Spanish text
-name-resolution = resolución de nombres

# en-US: event object
# why: Microsoft's term in Spanish Winsock docs
-event-object = objeto de evento

# en-US: overlapped I/O
# why: Microsoft's term in Spanish Winsock docs ("E/S superpuesta")
# avoid: E/S solapada
-overlapped = E/S superpuesta

# en-US: completion port
# why: Microsoft's term in Spanish docs ("puerto de finalización de E/S")
-completion-port = puerto de finalización

# en-US: QoS
# why: Microsoft's term in Spanish docs (calidad de servicio, abbreviated QoS)
-qos = QoS

# en-US: policy
# why: Microsoft's term in Windows' own Spanish text ("directiva de QoS", "directiva IPsec")
# avoid: política
-policy = directiva

# en-US: reservation
# why: Microsoft's term for RSVP reservations in Spanish docs
# avoid: reservación
-reservation = reserva

# en-US: admission control
# why: Microsoft's term in Spanish QoS docs
-admission-control = control de admisión

# en-US: traffic control
# why: Microsoft's term in Spanish QoS docs ("control de tráfico")
-traffic-control = control de tráfico

# en-US: flowspec
# why: Microsoft's Spanish docs leave the FLOWSPEC structure name as is; the concept is the usual Spanish RSVP term "especificación de flujo"
-flowspec = especificación de flujo

# en-US: filter
# why: Microsoft's term in Spanish docs
-filter = filtro

# en-US: filterspec
# why: the usual Spanish RSVP term, parallel to "especificación de flujo"; the FILTERSPEC structure name stays as is
-filterspec = especificación de filtro

# en-US: flow descriptor
# why: Microsoft's Spanish rendering of "descriptor" and "flow" (flujo) in QoS docs
-flow-descriptor = descriptor de flujo

# en-US: shaping
# why: the usual Spanish networking term for traffic shaping ("modelado de tráfico")
# avoid: conformación
-shaping = modelado

# en-US: sender
# why: Microsoft's term in Windows' Spanish QoS messages
# avoid: emisor
-sender = remitente

# en-US: receiver
# why: Microsoft's term in Windows' Spanish QoS messages
-receiver = receptor

# en-US: program
# why: Windows' own Spanish messages say "programa" for what the user runs ("Cierre otros programas"); it matches en-US's word and is used for "application" too
# avoid: aplicación, aplicaciones
-program = programa

# en-US: resource
# why: Microsoft's term in Windows' own Spanish text
-resource = recurso

# en-US: access
# why: Microsoft's term in Windows' own Spanish text ("Acceso denegado", "derechos de acceso")
-access = acceso

## Operaciones de socket

WSAEINTR = Llamada de función interrumpida.
    .detail = Una llamada de bloqueo se interrumpió antes de terminar, tradicionalmente por WSACancelBlockingCall, un vestigio de { -winsock } 1.1 que los programas modernos de Winsock 2 no deben usar. Cerrar el socket con closesocket desde otro subproceso mientras una llamada espera en él tiene el mismo efecto; repita la llamada si la interrupción no era intencionada.

WSAEACCES = Permiso denegado.
    .detail = Se usó el socket de una forma que sus derechos de acceso no permiten. Las causas habituales son llamar a sendto con una dirección de difusión sin haber habilitado antes SO_BROADCAST con setsockopt, o llamar a bind con una dirección y un puerto que otro programa, servicio o controlador se ha reservado en exclusiva mediante SO_EXCLUSIVEADDRUSE; un firewall o un producto de seguridad también puede bloquear el acceso.

WSAEFAULT = Dirección incorrecta.
    .detail = Un puntero pasado a una función de socket no apunta a memoria válida, o un argumento de búfer o de longitud es demasiado pequeño. Compruebe todos los argumentos de tipo puntero y asegúrese de que los valores de longitud coincidan con el tamaño real del búfer; por ejemplo, la longitud de una estructura sockaddr debe ser al menos sizeof(sockaddr).

WSAEINVAL = Argumento no válido.
    .detail = Uno de los argumentos no es válido; por ejemplo, un nivel desconocido pasado a setsockopt. También se devuelve cuando la llamada no corresponde al estado actual del socket, como llamar a accept en un socket en el que no se ha llamado a listen.

WSAEMFILE = Demasiados sockets abiertos.
    .detail = Este programa no dispone de más identificadores de socket. El límite puede aplicarse a todo el sistema, al proceso o al subproceso; cierre los sockets que ya no necesite y busque fugas de identificadores.

WSAEWOULDBLOCK = Recurso no disponible temporalmente.
    .detail = Un socket sin bloqueo no pudo completar la operación de inmediato; por ejemplo, recv cuando todavía no hay datos esperando. No se trata de un error real: espere a que el socket esté listo (con select, WSAPoll o un evento) y vuelva a intentarlo; un connect en un socket SOCK_STREAM sin bloqueo suele devolver este código mientras se establece la conexión.

# No es lo mismo que WSAEALREADY: aquí ya hay una llamada *de bloqueo* en curso en esta tarea o subproceso.
WSAEINPROGRESS = Ya hay una operación de bloqueo en curso.
    .detail = { -winsock } solo permite una llamada de bloqueo a la vez por tarea o subproceso, y se hizo otra llamada mientras una seguía pendiente. Esto afecta sobre todo a programas antiguos al estilo de { -winsock } 1.1; asegúrese de que la llamada de bloqueo anterior haya devuelto el control antes de emitir una nueva.

# No es lo mismo que WSAEINPROGRESS: aquí se trata de un socket *sin bloqueo* que ya tiene una operación en marcha.
WSAEALREADY = Ya hay una operación en curso en este socket sin bloqueo.
    .detail = Se solicitó una operación en un socket sin bloqueo que todavía está ocupado con una operación del mismo tipo, como un segundo connect mientras el primero aún está conectando. También se devuelve al cancelar una solicitud asincrónica (una de las funciones WSAAsyncGetXbyY) que ya se había completado o cancelado.

WSAENOTSOCK = Operación de socket en un objeto que no es un socket.
    .detail = El identificador pasado a la función no es un socket válido. Puede que nunca haya sido un socket, que ya esté cerrado o, en el caso de select, que una de las entradas de un fd_set no sea un socket válido.

WSAEDESTADDRREQ = Se requiere una dirección de destino.
    .detail = La operación necesita una dirección de destino, pero no se indicó ninguna. Por ejemplo, se llamó a sendto con ADDR_ANY como dirección remota; indique la dirección real del par.

WSAEMSGSIZE = Mensaje demasiado largo.
    .detail = Un datagrama era más grande de lo que el protocolo o la red pueden transportar, o el búfer de recepción era más pequeño que el datagrama entrante, en cuyo caso el datagrama se truncó. Envíe mensajes más pequeños o use un búfer de recepción mayor.

WSAEPROTOTYPE = Tipo de protocolo incorrecto para el socket.
    .detail = El protocolo pasado a la función socket no es adecuado para el tipo de socket solicitado. Por ejemplo, UDP no se puede usar con un socket SOCK_STREAM; elija un protocolo que corresponda al tipo o pase 0 para que lo elija el sistema.

WSAENOPROTOOPT = Opción de protocolo incorrecta.
    .detail = La opción o el nivel pasados a getsockopt o setsockopt son desconocidos, no son válidos o este protocolo no los admite. Compruebe que la opción pertenezca al nivel correcto (como SOL_SOCKET o IPPROTO_TCP) y que el tipo de socket la admita.

WSAEPROTONOSUPPORT = Protocolo no admitido.
    .detail = El protocolo solicitado no está instalado en este sistema o no tiene implementación. También ocurre cuando el protocolo no es compatible con el tipo de socket, como al pedir un socket SOCK_DGRAM con un protocolo de secuencia.

WSAESOCKTNOSUPPORT = Tipo de socket no admitido.
    .detail = Esta familia de direcciones no admite el tipo de socket solicitado. Por ejemplo, puede que la implementación no ofrezca sockets SOCK_RAW en absoluto, o que exija derechos de administrador para crearlos.

WSAEOPNOTSUPP = Operación no admitida.
    .detail = Este tipo de socket u objeto no admite la operación solicitada. Un caso típico es llamar a accept o listen en un socket de datagramas, que no tiene conexiones que aceptar.

# WSAEPFNOSUPPORT se refiere a la familia de protocolos en su conjunto; WSAEAFNOSUPPORT (el mensaje siguiente), a la familia de direcciones que usa un socket. Son casi intercambiables y Windows suele notificar WSAEAFNOSUPPORT.
WSAEPFNOSUPPORT = Familia de protocolos no admitida.
    .detail = La familia de protocolos solicitada no está configurada en este sistema o no tiene implementación. En la práctica, las funciones de { -winsock } suelen notificar WSAEAFNOSUPPORT en la misma situación.

# Véase el comentario de WSAEPFNOSUPPORT: este se refiere a una familia de direcciones (como AF_INET) que no corresponde al protocolo o al socket.
WSAEAFNOSUPPORT = La familia de protocolos no admite la familia de direcciones.
    .detail = Se usó una dirección de una familia que el protocolo no admite. Las causas típicas son pedir a la función socket un protocolo que no pertenece a la familia de direcciones, o pasar una dirección IPv6 a un socket AF_INET (o al revés) en llamadas como sendto o connect.

WSAEADDRINUSE = La dirección ya está en uso.
    .detail = Otro socket ya está enlazado a esta dirección y este puerto, posiblemente uno que todavía se está cerrando o que no se cerró correctamente. Detenga el otro programa o elija otro puerto; los servidores que de verdad necesiten compartir un puerto pueden establecer SO_REUSEADDR, y los clientes normalmente ni siquiera necesitan llamar a bind. Si se pasó a bind una dirección comodín (ADDR_ANY), puede que el error no aparezca hasta que la dirección se fije realmente, en una llamada posterior a connect, listen, WSAConnect o WSAJoinLeaf.

WSAEADDRNOTAVAIL = No se puede asignar la dirección solicitada.
    .detail = La dirección no es válida en este contexto. Normalmente se pasó a bind una dirección IP que no pertenece a este equipo, o se pasó a connect o sendto una dirección o un puerto remotos que no se pueden usar, como el puerto 0 o la dirección 0.0.0.0.

WSAENETDOWN = La red no funciona.
    .detail = Se ha producido un error en el subsistema de red, en el adaptador de red o en la red local. Compruebe la conexión de red y el adaptador, y reinicie la pila de red o el equipo si el problema continúa.

WSAENETUNREACH = Red inaccesible.
    .detail = El sistema local no tiene ninguna ruta hacia la red de destino. Compruebe la conexión de red, la puerta de enlace predeterminada y la tabla de enrutamiento, así como que la dirección sea correcta.

WSAENETRESET = La red ha interrumpido la conexión por un restablecimiento.
    .detail = La conexión se interrumpió porque los sondeos de keep-alive detectaron que el otro extremo, o la ruta hasta él, había fallado mientras había una operación en curso. setsockopt también puede devolver este código al habilitar SO_KEEPALIVE en una conexión que ya ha fallado; vuelva a conectarse para continuar.

WSAECONNABORTED = Conexión anulada por el software.
    .detail = El software de este equipo cerró la conexión, a menudo tras agotarse el tiempo de espera de una transmisión de datos o por un error de protocolo. Los firewalls, los productos antivirus o el software de VPN que cortan conexiones también pueden provocarlo; vuelva a conectarse y revise ese software si el problema se repite.

WSAECONNRESET = El par ha forzado el cierre de la conexión.
    .detail = El host remoto cerró la conexión de forma abrupta. Puede que el programa del otro extremo haya dejado de funcionar o se haya detenido, que el host remoto se haya reiniciado o desconectado de la red, o que haya cerrado el socket con un restablecimiento forzado (SO_LINGER habilitado con un tiempo de espera de 0); vuelva a conectarse y revise el lado remoto.

WSAENOBUFS = No hay espacio de búfer disponible.
    .detail = El sistema se quedó sin espacio de búfer o una cola estaba llena, por lo que no se pudo realizar la operación. Esto suele indicar demasiadas conexiones abiertas, memoria agotada o falta de puertos efímeros libres; cierre los sockets que no use y vuelva a intentarlo más tarde.

WSAEISCONN = El socket ya está conectado.
    .detail = Se llamó a connect en un socket que ya tiene una conexión. Algunas implementaciones también devuelven este código cuando se usa sendto con una dirección explícita en un socket SOCK_DGRAM conectado.

WSAENOTCONN = El socket no está conectado.
    .detail = El socket no está conectado, por lo que no se pueden enviar ni recibir datos a través de él, y no se indicó ninguna dirección de destino (como permitiría sendto en un socket de datagramas). Otras llamadas, como establecer SO_KEEPALIVE en una conexión interrumpida por un restablecimiento, también pueden devolver este código; establezca primero la conexión.

WSAESHUTDOWN = No se puede enviar después de cerrar el socket.
    .detail = Se rechazó el envío o la recepción porque ese sentido del socket ya se había cerrado con una llamada anterior a shutdown. Una vez cerrado un sentido, no se puede volver a usar en este socket.

WSAETIMEDOUT = Se agotó el tiempo de espera de la conexión.
    .detail = El otro extremo no respondió a tiempo, ya fuera mientras se establecía la conexión o en una conexión ya establecida. Puede que el host remoto esté desconectado o sobrecargado, o que un firewall esté descartando el tráfico sin avisar; compruebe la dirección, el puerto y la configuración del firewall.

WSAECONNREFUSED = Conexión rechazada.
    .detail = El equipo de destino rechazó activamente la conexión. Normalmente no hay ningún programa escuchando en ese puerto, el servicio está detenido o un firewall rechaza la conexión; compruebe la dirección, el número de puerto y que el servidor esté en ejecución.

WSAEHOSTDOWN = El host está inactivo.
    .detail = La operación no se pudo completar porque el host de destino parece estar inactivo. Windows suele notificar esta situación con WSAETIMEDOUT en su lugar; compruebe que el equipo remoto esté encendido y conectado.

WSAEHOSTUNREACH = No hay ruta al host.
    .detail = No se puede llegar al host de destino desde este equipo, porque no hay ninguna ruta que lleve hasta él. Compruebe la dirección, la conexión de red y la configuración de enrutamiento o de la puerta de enlace.

WSAEDISCON = Cierre ordenado en curso.
    .detail = WSARecv o WSARecvFrom indica que el lado remoto ha iniciado un cierre ordenado de la conexión. No llegarán más datos; termine de procesar y cierre el socket.

## Errores de compatibilidad con Unix (definidos por portabilidad; rara vez se devuelven)

# Código de compatibilidad con Unix: se define en los encabezados como equivalente de EBADF; Winsock rara vez lo devuelve.
WSAEBADF = Identificador de archivo incorrecto.
    .detail = El identificador de archivo o de socket indicado no es válido. Asegúrese de que el identificador esté abierto y de que no se haya cerrado ya.

# Código de compatibilidad con Unix equivalente a ETOOMANYREFS; Winsock rara vez lo devuelve.
WSAETOOMANYREFS = Demasiadas referencias.
    .detail = Hay demasiadas referencias a algún objeto del kernel. Libere los objetos que ya no necesite y vuelva a intentarlo.

# Código de compatibilidad con Unix equivalente a ELOOP; Winsock rara vez lo devuelve.
WSAELOOP = No se puede traducir el nombre.
    .detail = No se pudo traducir un nombre; por ejemplo, porque al resolverlo se entró en un bucle. Compruebe si el nombre contiene errores.

# Código de compatibilidad con Unix equivalente a ENAMETOOLONG; Winsock rara vez lo devuelve.
WSAENAMETOOLONG = Nombre demasiado largo.
    .detail = Un nombre, o una de sus partes, supera la longitud permitida. Use un nombre más corto.

# Código de compatibilidad con Unix equivalente a ENOTEMPTY; Winsock rara vez lo devuelve.
WSAENOTEMPTY = El directorio no está vacío.
    .detail = No se pudo eliminar un directorio porque todavía contiene entradas. Vacíelo primero.

# Código de compatibilidad con Unix equivalente a EUSERS; Winsock rara vez lo devuelve.
WSAEUSERS = Cuota de usuarios superada.
    .detail = Se ha agotado la cuota de usuarios o de recursos de usuario. Libere algunos recursos o pida a un administrador que aumente el límite.

# Código de compatibilidad con Unix equivalente a EDQUOT; Winsock rara vez lo devuelve.
WSAEDQUOT = Cuota de disco superada.
    .detail = Se ha agotado la cuota de espacio en disco. Libere espacio o pida a un administrador que aumente la cuota.

# Código de compatibilidad con Unix equivalente a ESTALE (un identificador obsoleto, como en los sistemas de archivos de red); Winsock rara vez lo devuelve.
WSAESTALE = Referencia de identificador de archivo obsoleta.
    .detail = El identificador de archivo hace referencia a algo que ya no está disponible. Vuelva a abrir el elemento para obtener un identificador nuevo.

# Código de compatibilidad con Unix equivalente a EREMOTE; Winsock rara vez lo devuelve.
WSAEREMOTE = El elemento es remoto.
    .detail = El elemento no está disponible localmente porque se encuentra en un sistema remoto. En su lugar, obtenga acceso a él a través del sistema remoto.

## Inicio y proveedores de servicios

WSAEPROCLIM = Demasiados procesos.
    .detail = La implementación de { -winsock } limita cuántos programas pueden usarla a la vez y se ha alcanzado ese límite, por lo que WSAStartup puede devolver este error. Cierre otros programas que usen la red y vuelva a intentarlo.

WSASYSNOTREADY = El subsistema de red no está disponible.
    .detail = Se produjo un error en WSAStartup porque el sistema de red subyacente del que depende { -winsock } no está listo en este momento. Compruebe que esté presente el archivo Ws2_32.dll correcto y que no haya ningún otro archivo DLL de Winsock antes que él en la ruta de búsqueda, que los componentes de red estén instalados y configurados, y que el sistema no se esté iniciando todavía.

WSAVERNOTSUPPORTED = Versión de Winsock no admitida.
    .detail = La implementación de { -winsock } instalada no admite la versión que el programa solicitó en WSAStartup. Asegúrese de que el programa solicite una versión admitida (normalmente la 2.2) y de que no se esté cargando un archivo DLL de Winsock obsoleto en lugar del archivo del sistema.

WSANOTINITIALISED = No se ha llamado correctamente a WSAStartup.
    .detail = Se usó una función de socket antes de una llamada correcta a WSAStartup, o después de llamar a WSACleanup tantas veces como a WSAStartup. Llame primero a WSAStartup y compruebe su resultado; asegúrese también de que no se compartan sockets con una tarea que nunca haya inicializado { -winsock }.

WSAEINVALIDPROCTABLE = Tabla de procedimientos del proveedor de servicios no válida.
    .detail = Un proveedor de servicios de { -winsock } entregó a Ws2_32.dll una tabla de procedimientos que no es válida, normalmente porque algunos de sus punteros de función son NULL. Reinstale o quite el proveedor de servicios en capas (LSP) o el software de red defectuosos.

WSAEINVALIDPROVIDER = Número de versión del proveedor de servicios no válido.
    .detail = Un proveedor de servicios de { -winsock } notificó una versión distinta de la 2.0, que el sistema no acepta; WSCGetProviderInfo y WSCGetProviderInfo32 también devuelven este código cuando no se encuentra la entrada de protocolo por la que se les pregunta. Actualice o quite el proveedor que se instaló con software de red de terceros.

WSAEPROVIDERFAILEDINIT = No se puede inicializar un proveedor de servicios.
    .detail = No se pudo iniciar un proveedor de servicios: o bien no se pudo cargar su DLL con LoadLibrary, o bien su función WSPStartup o NSPStartup notificó un error. Suele ayudar reinstalar el software de red afectado o restablecer el catálogo de Winsock (netsh winsock reset).

WSASYSCALLFAILURE = Error en una llamada al sistema.
    .detail = Falló una llamada al sistema que nunca debería fallar; por ejemplo, la espera de eventos con WaitForMultipleObjects o una operación del Registro en los catálogos de protocolos o de espacio de nombres. También se devuelve cuando un proveedor notifica un error sin un código más específico, lo que puede indicar un defecto en ese proveedor.

## Búsqueda de servicios (proveedores de espacio de nombres)

# Misma situación que WSA_E_NO_MORE (10110), con otro número. Windows Sockets 2 acabó definiendo dos códigos en conflicto para «no hay más resultados»: WSAENOMORE es el antiguo, en desuso, y WSA_E_NO_MORE el nuevo, que es el que devuelve WSALookupServiceNext, así que los programas deben aceptar ambos. Mantenga idénticas las dos traducciones.
WSAENOMORE = No hay más resultados.
    .detail = WSALookupServiceNext no tiene más resultados que devolver para esta consulta. Esto marca el final normal de la búsqueda; llame a WSALookupServiceEnd para finalizarla.

# Misma situación que WSA_E_CANCELLED (10111), con otro número, definido en paralelo al par WSAENOMORE / WSA_E_NO_MORE. WSAECANCELLED es la forma antigua; WSA_E_CANCELLED, la nueva, que se notifica cuando WSALookupServiceEnd cancela un WSALookupServiceNext pendiente. Mantenga idénticas las dos traducciones.
WSAECANCELLED = Llamada de búsqueda cancelada.
    .detail = Se llamó a WSALookupServiceEnd mientras todavía se estaba ejecutando una llamada a WSALookupServiceNext, por lo que esa búsqueda se canceló. Es lo esperado cuando una búsqueda se finaliza antes de tiempo.

WSASERVICE_NOT_FOUND = No se encontró el servicio.
    .detail = El espacio de nombres en el que se buscó no conoce ningún servicio con ese nombre. Compruebe el nombre del servicio y que se haya consultado el espacio de nombres correcto.

WSATYPE_NOT_FOUND = No se encontró el tipo de clase.
    .detail = No se pudo encontrar el tipo de clase de servicio solicitado. Compruebe que la clase esté instalada y registrada; getaddrinfo notifica el mismo código como EAI_SERVICE cuando el nombre de servicio no se puede usar con el tipo de socket solicitado.

# Misma situación que WSAENOMORE (10102); este es el número nuevo, el que devuelve WSALookupServiceNext y el que deben usar los proveedores de espacio de nombres. Existen dos números porque Windows Sockets 2 definió códigos en conflicto para la misma situación y el antiguo se está retirando. Mantenga idénticas las dos traducciones.
WSA_E_NO_MORE = No hay más resultados.
    .detail = WSALookupServiceNext no tiene más resultados que devolver para esta consulta. Esto marca el final normal de la búsqueda; llame a WSALookupServiceEnd para finalizarla.

# Misma situación que WSAECANCELLED (10103); este es el número nuevo, que se notifica cuando WSALookupServiceEnd cancela un WSALookupServiceNext pendiente. El número antiguo solo se conserva por compatibilidad. Mantenga idénticas las dos traducciones.
WSA_E_CANCELLED = Llamada de búsqueda cancelada.
    .detail = Se llamó a WSALookupServiceEnd mientras todavía se estaba ejecutando una llamada a WSALookupServiceNext, por lo que esa búsqueda se canceló. Es lo esperado cuando una búsqueda se finaliza antes de tiempo.

WSAEREFUSED = Consulta de base de datos rechazada.
    .detail = La base de datos del espacio de nombres rechazó activamente la consulta. Puede que el servidor o el proveedor no permitan esta solicitud; compruebe los permisos y la propia consulta.

## Resolución de nombres de host

WSAHOST_NOT_FOUND = No se encontró el host.
    .detail = No se conoce ningún host con ese nombre: no es un nombre de host oficial ni un alias en las bases de datos o los servidores DNS consultados. Compruebe la ortografía del nombre y la configuración de DNS; en las búsquedas de protocolos o servicios, significa que el nombre no se encontró en esa base de datos.

WSATRY_AGAIN = Error temporal en la búsqueda del nombre (host no encontrado, respuesta no autoritativa).
    .detail = De momento no se ha podido completar la búsqueda del nombre porque el servidor DNS local no obtuvo respuesta de un servidor con autoridad sobre ese nombre. Suele ser algo temporal; vuelva a intentarlo más tarde y, si el problema persiste, compruebe la conexión de red y el servidor DNS.

WSANO_RECOVERY = Error irrecuperable en la búsqueda del nombre.
    .detail = Una búsqueda falló con un error que no se solucionará volviendo a intentarlo. Puede que falten los archivos de base de datos locales (hosts, services, protocols) o que un servidor DNS haya respondido con un error grave; compruebe la configuración de DNS.

WSANO_DATA = Nombre válido, pero sin datos del tipo solicitado.
    .detail = El nombre existe, pero no tiene ningún registro del tipo solicitado. Por ejemplo, un host puede tener un registro de correo (MX) pero ningún registro de dirección (A o AAAA), por lo que no se puede llegar a él directamente con ese nombre.

WSA_SECURE_HOST_NOT_FOUND = No se conoce de forma segura ningún host con ese nombre.
    .detail = Una búsqueda de nombre segura, como una que requiera validación DNSSEC, no encontró el host. Puede que el nombre no exista o que no esté firmado correctamente; compruebe el nombre y la configuración de seguridad de DNS.

WSA_IPSEC_NAME_POLICY_ERROR = No se pudo agregar la directiva IPsec basada en nombres.
    .detail = El sistema no pudo agregar una directiva IPsec basada en un nombre de host. Compruebe las reglas de IPsec y de seguridad de conexión, así como su configuración de nombres.

## Objetos de evento y E/S superpuesta

WSA_INVALID_HANDLE = Identificador de objeto de evento no válido.
    .detail = El programa usó un identificador de objeto de evento que no es válido; por ejemplo, uno que ya se había cerrado. Compruebe que el identificador proceda de WSACreateEvent y siga abierto. Este código tiene el mismo valor que el error de Windows ERROR_INVALID_HANDLE (6).

WSA_NOT_ENOUGH_MEMORY = No hay suficiente memoria disponible.
    .detail = Una función de { -winsock } que depende de una función subyacente de Windows falló porque no había memoria suficiente. Cierre otros programas o libere memoria y vuelva a intentarlo. Este código tiene el mismo valor que el error de Windows ERROR_NOT_ENOUGH_MEMORY (8).

WSA_INVALID_PARAMETER = Uno o varios parámetros no son válidos.
    .detail = Una función de { -winsock } pasó sus argumentos a una función subyacente de Windows, que rechazó uno o varios de ellos. Compruebe todos los parámetros de la llamada. Este código tiene el mismo valor que el error de Windows ERROR_INVALID_PARAMETER (87).

WSA_OPERATION_ABORTED = Operación superpuesta anulada.
    .detail = Se canceló una operación superpuesta antes de que terminara, porque se cerró el socket o porque se emitió el comando SIO_FLUSH mediante WSAIoctl. Es lo esperado cuando un programa cierra un socket con E/S todavía pendiente; el código tiene el mismo valor que el error de Windows ERROR_OPERATION_ABORTED (995).

WSA_IO_INCOMPLETE = El objeto de evento de E/S superpuesta no está en estado señalado.
    .detail = El programa pidió el resultado de una operación superpuesta que todavía no ha terminado. Si se sondea con WSAGetOverlappedResult con su marca fWait establecida en FALSE, se obtiene este código hasta que la operación se complete; espere y vuelva a consultar. Este código tiene el mismo valor que el error de Windows ERROR_IO_INCOMPLETE (996).

WSA_IO_PENDING = La operación superpuesta se completará más tarde.
    .detail = Se inició una operación superpuesta que no pudo terminar de inmediato. No se trata de un error: cuando termine, el programa recibirá una notificación a través de su evento, su rutina de finalización o su puerto de finalización de E/S (IOCP), y entonces WSAGetOverlappedResult proporcionará el resultado. Este código tiene el mismo valor que el error de Windows ERROR_IO_PENDING (997).

## Calidad de servicio (QoS)

# Código de estado de QoS: han llegado mensajes de reserva RSVP (RESV), es decir, al menos un receptor quiere una reserva. RSVP es el protocolo de reserva de recursos (Resource Reservation Protocol).
WSA_QOS_RECEIVERS = Receptores de QoS.
    .detail = Ha llegado al menos una solicitud de reserva de QoS (un mensaje RSVP RESV) de un receptor. Se trata de un informe de estado, no de un error.

# Código de estado de QoS: han llegado mensajes de ruta RSVP (PATH), es decir, al menos un remitente está anunciando tráfico.
WSA_QOS_SENDERS = Remitentes de QoS.
    .detail = Ha llegado al menos un mensaje de ruta de QoS (un mensaje RSVP PATH) de un remitente. Se trata de un informe de estado, no de un error.

WSA_QOS_NO_SENDERS = No hay remitentes de QoS.
    .detail = Ya no queda ningún remitente de QoS para este flujo. Se trata de un informe de estado; las reservas que dependían de los remitentes ya no se aplican.

WSA_QOS_NO_RECEIVERS = No hay receptores de QoS.
    .detail = Ya no queda ningún receptor de QoS para este flujo. Se trata de un informe de estado; el remitente no tiene reservas que atender.

WSA_QOS_REQUEST_CONFIRMED = Solicitud de QoS confirmada.
    .detail = La red ha confirmado la solicitud de reserva de QoS. Se trata de una notificación de éxito.

WSA_QOS_ADMISSION_FAILURE = Error de admisión de QoS.
    .detail = No se pudo admitir la solicitud de QoS porque no había recursos suficientes, como ancho de banda, a lo largo de la ruta. Solicite menos recursos o vuelva a intentarlo más tarde.

WSA_QOS_POLICY_FAILURE = Error de directiva de QoS.
    .detail = Se rechazó la solicitud de QoS porque el sistema de directivas no pudo conceder los recursos solicitados con la directiva actual. Revise la directiva de QoS o consulte a un administrador.

# Aquí, «estilo» es el estilo de reserva de RSVP (cómo se comparten los filtros entre los remitentes).
WSA_QOS_BAD_STYLE = Estilo de QoS incorrecto.
    .detail = Se encontró un estilo de reserva de QoS desconocido o en conflicto. Compruebe el estilo de reserva especificado en la solicitud.

# La especificación de filtro (filterspec) de RSVP selecciona los paquetes a los que se aplica una reserva.
WSA_QOS_BAD_OBJECT = Objeto de QoS incorrecto.
    .detail = Hay algún problema con una FILTERSPEC o, en general, con el búfer específico del proveedor. Compruebe las estructuras de QoS pasadas a la llamada.

WSA_QOS_TRAFFIC_CTRL_ERROR = Error de control de tráfico de QoS.
    .detail = La interfaz subyacente de control de tráfico (TC) produjo un error al aplicar localmente la solicitud genérica de QoS. Entre las posibles causas están la falta de memoria o un error interno del proveedor de QoS.

WSA_QOS_GENERIC_ERROR = Error genérico de QoS.
    .detail = Se produjo un error general de QoS sin un código más específico. Compruebe la solicitud de QoS y el estado del proveedor.

# La especificación de flujo (estructura FLOWSPEC) describe el tráfico de un flujo y el tipo de servicio que solicita.
WSA_QOS_ESERVICETYPE = Error de tipo de servicio de QoS.
    .detail = La estructura FLOWSPEC contiene un tipo de servicio que no es válido o no se reconoce. Use uno de los tipos de servicio definidos, como SERVICETYPE_GUARANTEED o SERVICETYPE_CONTROLLEDLOAD.

WSA_QOS_EFLOWSPEC = Error de especificación de flujo de QoS.
    .detail = Una FLOWSPEC de la estructura QOS no es válida o es incoherente. Compruebe sus velocidades, sus tamaños y su tipo de servicio.

WSA_QOS_EPROVSPECBUF = Búfer de proveedor de QoS no válido.
    .detail = El búfer específico del proveedor (ProviderSpecific) pasado con la solicitud de QoS no es válido. Compruebe su tamaño y su contenido.

WSA_QOS_EFILTERSTYLE = Estilo de filtro de QoS no válido.
    .detail = El estilo de filtro de QoS indicado no es válido. Use un estilo de filtro admitido.

WSA_QOS_EFILTERTYPE = Tipo de filtro de QoS no válido.
    .detail = El tipo de filtro de QoS indicado no es válido. Use un tipo de filtro admitido.

WSA_QOS_EFILTERCOUNT = Número de filtros de QoS incorrecto.
    .detail = El número de entradas FILTERSPEC indicado en un FLOWDESCRIPTOR es incorrecto. Haga que ese número coincida con los filtros realmente proporcionados.

WSA_QOS_EOBJLENGTH = Longitud de objeto de QoS no válida.
    .detail = Un objeto del búfer específico del proveedor de QoS tiene un campo ObjectLength que no es válido. Compruebe la longitud de cada objeto del búfer.

WSA_QOS_EFLOWCOUNT = Número de flujos de QoS incorrecto.
    .detail = La estructura QOS especifica un número incorrecto de entradas de descriptor de flujo. Haga que ese número coincida con los descriptores realmente proporcionados.

WSA_QOS_EUNKOWNPSOBJ = Objeto de QoS no reconocido.
    .detail = El búfer específico del proveedor de QoS contiene un objeto de un tipo que el proveedor no reconoce. Quítelo o use un tipo de objeto admitido.

WSA_QOS_EPOLICYOBJ = Objeto de directiva de QoS no válido.
    .detail = El búfer específico del proveedor de QoS contiene un objeto de directiva que no es válido. Compruebe los datos de directiva del búfer.

WSA_QOS_EFLOWDESC = Descriptor de flujo de QoS no válido.
    .detail = Una de las entradas de la lista de descriptores de flujo no es válida. Compruebe cada descriptor de flujo (FLOWDESCRIPTOR) de la solicitud.

WSA_QOS_EPSFLOWSPEC = Especificación de flujo de QoS específica del proveedor no válida.
    .detail = El búfer específico del proveedor de QoS contiene una FLOWSPEC que no es válida o es incoherente. Compruebe la especificación de flujo incluida en el búfer.

WSA_QOS_EPSFILTERSPEC = Especificación de filtro de QoS específica del proveedor no válida.
    .detail = El búfer específico del proveedor de QoS contiene una FILTERSPEC que no es válida. Compruebe la especificación de filtro incluida en el búfer.

# El «modo de modelado y descarte» indica al modelador de tráfico qué hacer con los paquetes que superan los límites del flujo (retrasarlos, descartarlos, etc.).
WSA_QOS_ESDMODEOBJ = Objeto de modo de modelado y descarte de QoS no válido.
    .detail = El búfer específico del proveedor de QoS contiene un objeto de modo de modelado y descarte (QOS_SD_MODE) que no es válido. Compruebe el valor del modo en ese objeto.

# La «velocidad de modelado» es la velocidad a la que el modelador de tráfico deja salir los paquetes del flujo.
WSA_QOS_ESHAPERATEOBJ = Objeto de velocidad de modelado de QoS no válido.
    .detail = El búfer específico del proveedor de QoS contiene un objeto de velocidad de modelado (QOS_SHAPING_RATE) que no es válido. Compruebe la velocidad indicada en ese objeto.

# Un tipo de elemento de directiva reservado, es decir, que los programas no deben usar.
WSA_QOS_RESERVED_PETYPE = Tipo de elemento de directiva de QoS reservado.
    .detail = El búfer específico del proveedor de QoS contiene un elemento de directiva de un tipo reservado. Quítelo o use un tipo de elemento de directiva permitido.

## Etiquetas de las páginas y listas generadas a partir del catálogo: nombres de grupo, el encabezado de una página y los textos en torno a su filtro.

group-socket = Operaciones de socket
group-unix-compat = Compatibilidad con Unix
group-startup = Inicio y proveedores de servicios
group-service-lookup = Búsqueda de servicios
group-name-resolution = Resolución de nombres
group-overlapped = E/S superpuesta y eventos
group-qos = Calidad de servicio (QoS)
page-heading = Códigos de error de Winsock
page-languages = Otros idiomas
page-filter = Acote la lista por número, nombre o palabras
page-query-too-long = La consulta es demasiado larga.
table-name = Nombre
table-number = Número
table-hex = Hexadecimal
table-group = Grupo
table-title = Título
table-detail = Explicación
