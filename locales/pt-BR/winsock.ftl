### Catálogo de erros do Windows Sockets (Winsock) para português (Brasil).
### O id de cada mensagem é o nome simbólico de um código de erro do Winsock (por exemplo, WSAETIMEDOUT),
### o valor é o título curto exibido ao usuário e o atributo .detail é uma explicação de uma só linha.
### Nomes de funções, constantes, opções, estruturas e arquivos (WSAStartup, setsockopt, SO_BROADCAST,
### ADDR_ANY, FLOWSPEC, Ws2_32.dll, ...) são identificadores de código: nunca são traduzidos nem transliterados.
###
### Estilo: o das mensagens do próprio Windows em português do Brasil e da documentação da Microsoft,
### neutro e impessoal, sem tratamento por "você"; as instruções usam o imperativo ("Verifique", "Tente
### novamente"). Os títulos são curtos, no estilo dos títulos de erro do Windows, e terminam com ponto final
### quando o título em inglês termina com ponto.
###
### Glossário: os termos Fluent abaixo são o glossário compartilhado, com os mesmos ids em todas as edições;
### cada um traz a palavra que esta edição usa. As mensagens escrevem as palavras do glossário por extenso;
### o único termo que uma mensagem referencia é { -winsock }, e somente nas partes em que a edição en-US o
### referencia.

# en-US: Windows Sockets
# why: product name, kept in English as in Microsoft's pt-BR documentation
-winsock = Windows Sockets

# en-US: socket
# why: Microsoft's term in Windows' own pt-BR text and pt-BR Winsock docs
-socket = soquete

# en-US: host
# why: Microsoft's term in Windows' own pt-BR text ("host remoto")
# avoid: hospedeiro, anfitrião
-host = host

# en-US: peer
# why: Microsoft's term in pt-BR Winsock docs (getpeername: "endereço do par")
# avoid: parceiro
-peer = par

# en-US: port
# why: Microsoft's term in Windows' own pt-BR text
-port = porta

# en-US: handle
# why: Microsoft's term in Windows' own pt-BR text ("O identificador é inválido.")
# avoid: manipulador, alça
-handle = identificador

# en-US: buffer
# why: Microsoft's term in Windows' own pt-BR text (kept as "buffer")
# avoid: memória intermediária
-buffer = buffer

# en-US: stream
# why: Microsoft's term in pt-BR Winsock docs ("soquete de fluxo")
-stream = fluxo

# en-US: blocking
# why: Microsoft's term in pt-BR Winsock docs ("chamada de bloqueio", "modo de bloqueio")
# avoid: bloqueante, blocante
-blocking = bloqueio

# en-US: nonblocking
# why: Microsoft's term in Windows' own pt-BR text ("soquete sem bloqueio")
# avoid: não bloqueante, não-bloqueante, não bloqueador
-nonblocking = sem bloqueio

# en-US: datagram
# why: Microsoft's term in pt-BR Winsock docs
-datagram = datagrama

# en-US: address family
# why: Microsoft's term in pt-BR Winsock docs
-address-family = família de endereços

# en-US: protocol family
# why: Microsoft's term in pt-BR Winsock docs
-protocol-family = família de protocolos

# en-US: keep-alive
# why: Microsoft's term in pt-BR Winsock docs (kept in English, as in "pacotes keep-alive")
-keepalive = keep-alive

# en-US: service provider
# why: Microsoft's term in pt-BR Winsock docs
# avoid: fornecedor de serviços, prestador de serviços
-provider = provedor de serviços

# en-US: layered service provider
# why: Microsoft's term in pt-BR Winsock docs ("provedores de serviços em camadas (LSPs)")
# avoid: provedor de serviço em camadas, provedor em camadas
-layered-provider = provedor de serviços em camadas

# en-US: name space
# why: Microsoft's term in pt-BR Winsock docs ("provedor de namespace")
# avoid: espaço de nomes, espaço de nome
-namespace = namespace

# en-US: name resolution
# why: Microsoft's term in pt-BR Winsock docs
-name-resolution = resolução de nomes

# en-US: event object
# why: Microsoft's term in pt-BR Winsock docs
-event-object = objeto de evento

# en-US: overlapped I/O
# why: Microsoft's term in Windows' own pt-BR text ("E/S sobreposta")
# avoid: E/S superposta, I/O sobreposta
-overlapped = E/S sobreposta

# en-US: completion port
# why: Microsoft's term in pt-BR docs ("porta de conclusão de E/S")
# avoid: porta de finalização, porta de término
-completion-port = porta de conclusão

# en-US: QoS
# why: Microsoft's term in pt-BR docs (abbreviation kept; "qualidade de serviço")
-qos = QoS

# en-US: policy
# why: Microsoft's current pt-BR term ("política de QoS", "política IPsec"); older texts used "diretiva"
# avoid: diretiva
-policy = política

# en-US: reservation
# why: Microsoft's term in pt-BR QoS text
-reservation = reserva

# en-US: admission control
# why: Microsoft's term in pt-BR QoS text
-admission-control = controle de admissão

# en-US: traffic control
# why: Microsoft's term in pt-BR QoS text
-traffic-control = controle de tráfego

# en-US: flowspec
# why: kept as in Microsoft's pt-BR QoS docs, which name the FLOWSPEC structure in English
-flowspec = flowspec

# en-US: filter
# why: Microsoft's term in Windows' own pt-BR text
-filter = filtro

# en-US: filterspec
# why: kept as in Microsoft's pt-BR QoS docs, which name the FILTERSPEC structure in English
-filterspec = filterspec

# en-US: flow descriptor
# why: Microsoft's term in pt-BR QoS text ("descritor" for descriptor, "fluxo" for flow)
-flow-descriptor = descritor de fluxo

# en-US: shaping
# why: Microsoft's term in pt-BR networking text ("modelagem de tráfego")
# avoid: conformação de tráfego, formatação de tráfego
-shaping = modelagem

# en-US: sender
# why: Microsoft's term in pt-BR text for the sending side
# avoid: emissor, transmissor
-sender = remetente

# en-US: receiver
# why: Microsoft's term in pt-BR text for the receiving side
# avoid: recebedor
-receiver = receptor

# en-US: program
# why: Microsoft's term in Windows' own pt-BR messages ("Feche outros programas"); one word kept for program and application
# avoid: aplicativo, aplicação
-program = programa

# en-US: resource
# why: Microsoft's term in Windows' own pt-BR text
-resource = recurso

# en-US: access
# why: Microsoft's term in Windows' own pt-BR text ("permissões de acesso")
-access = acesso

## Operações de soquete

WSAEINTR = Chamada de função interrompida.
    .detail = Uma chamada de bloqueio foi interrompida antes de terminar, tradicionalmente por WSACancelBlockingCall, um resquício do { -winsock } 1.1 que os programas modernos do Winsock 2 não devem usar. Fechar o soquete com closesocket a partir de outro thread enquanto uma chamada aguarda nele tem o mesmo efeito; repita a chamada se a interrupção não tiver sido intencional.

WSAEACCES = Permissão negada.
    .detail = O soquete foi usado de uma forma que seus direitos de acesso não permitem. Causas comuns são chamar sendto com um endereço de difusão (broadcast) sem antes habilitar SO_BROADCAST com setsockopt, ou chamar bind em um endereço e porta que outro programa, serviço ou driver ocupou com exclusividade por meio de SO_EXCLUSIVEADDRUSE; um firewall ou produto de segurança também pode bloquear o acesso.

WSAEFAULT = Endereço incorreto.
    .detail = Um ponteiro passado a uma função de soquete não aponta para memória válida, ou um argumento de buffer ou de comprimento é pequeno demais. Verifique cada argumento de ponteiro e confirme que os valores de comprimento correspondem ao tamanho real do buffer; o comprimento de uma estrutura sockaddr, por exemplo, deve ser de pelo menos sizeof(sockaddr).

WSAEINVAL = Argumento inválido.
    .detail = Um dos argumentos não é válido, por exemplo, um nível desconhecido passado a setsockopt. Esse erro também é retornado quando a chamada não condiz com o estado atual do soquete, como chamar accept em um soquete sem uma chamada anterior a listen.

WSAEMFILE = Muitos soquetes abertos.
    .detail = Não há mais identificadores de soquete disponíveis para este programa. O limite pode valer para o sistema inteiro, para o processo ou para o thread; feche os soquetes que não são mais necessários e procure vazamentos de identificadores.

WSAEWOULDBLOCK = Recurso temporariamente indisponível.
    .detail = Um soquete sem bloqueio não conseguiu concluir a operação imediatamente, por exemplo, recv quando ainda não há dados à espera. Não se trata de uma falha real: aguarde até que o soquete esteja pronto (com select, WSAPoll ou um evento) e tente novamente; um connect em um soquete SOCK_STREAM sem bloqueio normalmente informa este código enquanto a conexão está sendo estabelecida.

# Diferente de WSAEALREADY: este indica que uma chamada *de bloqueio* já está em execução nesta tarefa ou thread.
WSAEINPROGRESS = Uma operação de bloqueio já está em execução.
    .detail = O { -winsock } permite apenas uma chamada de bloqueio por vez em cada tarefa ou thread, e outra chamada foi feita enquanto uma ainda estava pendente. Isso afeta principalmente programas antigos no estilo do { -winsock } 1.1; confirme que a chamada de bloqueio anterior retornou antes de emitir uma nova.

# Diferente de WSAEINPROGRESS: este se refere a um soquete *sem bloqueio* com uma operação já em andamento.
WSAEALREADY = Operação já em andamento neste soquete sem bloqueio.
    .detail = Foi solicitada uma operação em um soquete sem bloqueio que ainda está ocupado com uma operação do mesmo tipo, como um segundo connect enquanto o primeiro ainda está se conectando. Esse erro também é retornado ao cancelar uma solicitação assíncrona (uma das funções WSAAsyncGetXbyY) que já foi concluída ou cancelada.

WSAENOTSOCK = Operação de soquete em algo que não é um soquete.
    .detail = O identificador passado à função não é um soquete válido. Ele pode nunca ter sido um soquete ou já estar fechado, ou, no caso de select, uma das entradas de um fd_set não é um soquete válido.

WSAEDESTADDRREQ = Endereço de destino obrigatório.
    .detail = A operação precisa de um endereço de destino, mas nenhum foi informado. Por exemplo, a função sendto foi chamada com ADDR_ANY como endereço remoto; forneça o endereço real do par.

WSAEMSGSIZE = Mensagem muito longa.
    .detail = Um datagrama era maior do que o protocolo ou a rede consegue transportar, ou o buffer de recebimento era menor do que o datagrama recebido e, nesse caso, o datagrama foi truncado. Envie mensagens menores ou use um buffer de recebimento maior.

WSAEPROTOTYPE = Tipo de protocolo incorreto para o soquete.
    .detail = O protocolo informado à função socket não é adequado ao tipo de soquete solicitado. Por exemplo, o UDP não pode ser usado com um soquete SOCK_STREAM; escolha um protocolo que corresponda ao tipo ou passe 0 para que o sistema escolha.

WSAENOPROTOOPT = Opção de protocolo inválida.
    .detail = A opção ou o nível informado a getsockopt ou setsockopt é desconhecido, inválido ou não tem suporte neste protocolo. Verifique se a opção pertence ao nível correto (como SOL_SOCKET ou IPPROTO_TCP) e se o tipo de soquete dá suporte a ela.

WSAEPROTONOSUPPORT = Protocolo sem suporte.
    .detail = O protocolo solicitado não está instalado neste sistema ou não tem implementação. Isso também acontece quando o protocolo entra em conflito com o tipo de soquete, como ao pedir um soquete SOCK_DGRAM com um protocolo de fluxo.

WSAESOCKTNOSUPPORT = Tipo de soquete sem suporte.
    .detail = Esta família de endereços não dá suporte ao tipo de soquete solicitado. Por exemplo, a implementação pode não oferecer soquetes SOCK_RAW de forma alguma ou pode exigir direitos de administrador para criá-los.

WSAEOPNOTSUPP = Operação sem suporte.
    .detail = A operação solicitada não tem suporte neste tipo de soquete ou objeto. Um caso típico é chamar accept ou listen em um soquete de datagrama, que não tem conexões a aceitar.

# WSAEPFNOSUPPORT se refere à família de protocolos como um todo; WSAEAFNOSUPPORT (a próxima mensagem) se refere à família de endereços usada com um soquete. Os dois são quase intercambiáveis, e o Windows informa WSAEAFNOSUPPORT na maioria das vezes.
WSAEPFNOSUPPORT = Família de protocolos sem suporte.
    .detail = A família de protocolos solicitada não está configurada neste sistema ou não tem implementação. Na prática, as funções do { -winsock } costumam informar WSAEAFNOSUPPORT para a mesma situação.

# Veja o comentário de WSAEPFNOSUPPORT: este trata da família de endereços (como AF_INET) que não corresponde ao protocolo ou ao soquete.
WSAEAFNOSUPPORT = Família de endereços sem suporte na família de protocolos.
    .detail = Foi usado um endereço de uma família à qual o protocolo não dá suporte. Causas típicas são pedir à função socket um protocolo que não pertence à família de endereços, ou passar um endereço IPv6 a um soquete AF_INET (ou o contrário) em chamadas como sendto ou connect.

WSAEADDRINUSE = Endereço já em uso.
    .detail = Outro soquete já está vinculado a este endereço e porta, possivelmente um que ainda está sendo fechado ou que não foi fechado corretamente. Encerre o outro programa ou escolha outra porta; servidores que realmente precisam compartilhar uma porta podem definir SO_REUSEADDR, e os clientes geralmente nem precisam chamar bind. Quando bind recebe um endereço curinga (ADDR_ANY), o erro pode aparecer só quando o endereço é de fato fixado, em uma chamada posterior a connect, listen, WSAConnect ou WSAJoinLeaf.

WSAEADDRNOTAVAIL = Não é possível atribuir o endereço solicitado.
    .detail = O endereço não é válido neste contexto. Normalmente, foi passado a bind um endereço IP que não pertence a este computador, ou foi passado a connect ou a sendto um endereço ou porta remotos que não podem ser usados, como a porta 0 ou o endereço 0.0.0.0.

WSAENETDOWN = A rede está inativa.
    .detail = O subsistema de rede, o adaptador de rede ou a rede local falhou. Verifique a conexão de rede e o adaptador e, se o problema persistir, reinicie a pilha de rede ou o computador.

WSAENETUNREACH = A rede está inacessível.
    .detail = O sistema local não tem rota para a rede de destino. Verifique a conexão de rede, o gateway padrão e a tabela de roteamento, e se o endereço está correto.

WSAENETRESET = A rede descartou a conexão devido a uma redefinição.
    .detail = A conexão foi descartada porque as verificações de keep-alive detectaram que o outro lado, ou o caminho até ele, havia falhado enquanto uma operação estava em andamento. A função setsockopt também pode retornar esse erro ao habilitar SO_KEEPALIVE em uma conexão que já falhou; conecte-se novamente para continuar.

WSAECONNABORTED = O software causou a anulação da conexão.
    .detail = A conexão foi encerrada pelo software deste computador, muitas vezes após um tempo limite de transmissão de dados ou um erro de protocolo. Firewalls, produtos antivírus ou software de VPN que cortam conexões também podem causar esse erro; conecte-se novamente e, se o problema se repetir, verifique esse tipo de software.

WSAECONNRESET = Conexão redefinida pelo par.
    .detail = O host remoto fechou a conexão de forma abrupta. O programa na outra extremidade pode ter travado ou sido encerrado, o host remoto pode ter sido reiniciado ou saído da rede, ou então ele fechou o soquete com uma redefinição forçada (SO_LINGER habilitado com tempo limite 0); conecte-se novamente e verifique o lado remoto.

WSAENOBUFS = Não há espaço de buffer disponível.
    .detail = O sistema ficou sem espaço de buffer ou uma fila estava cheia e, por isso, não foi possível executar a operação. Isso costuma indicar conexões abertas em excesso, memória esgotada ou falta de portas efêmeras livres; feche os soquetes não utilizados e tente novamente mais tarde.

WSAEISCONN = O soquete já está conectado.
    .detail = A função connect foi chamada em um soquete que já tem uma conexão. Algumas implementações também retornam esse erro quando sendto é usada com um endereço explícito em um soquete SOCK_DGRAM conectado.

WSAENOTCONN = O soquete não está conectado.
    .detail = O soquete não está conectado, portanto não é possível enviar nem receber dados por ele, e nenhum endereço de destino foi informado (como sendto permitiria em um soquete de datagrama). Outras chamadas, como definir SO_KEEPALIVE em uma conexão que foi redefinida, também podem retornar esse erro; estabeleça a conexão primeiro.

WSAESHUTDOWN = Não é possível enviar após o desligamento do soquete.
    .detail = O envio ou o recebimento foi recusado porque esse sentido do soquete já havia sido fechado por uma chamada anterior a shutdown. Depois que um sentido é desligado, ele não pode mais ser usado neste soquete.

WSAETIMEDOUT = O tempo limite da conexão se esgotou.
    .detail = O outro lado não respondeu a tempo, seja durante o estabelecimento da conexão, seja em uma conexão já estabelecida. O host remoto pode estar offline ou sobrecarregado, ou um firewall pode estar descartando o tráfego silenciosamente; verifique o endereço, a porta e as configurações do firewall.

WSAECONNREFUSED = Conexão recusada.
    .detail = O computador de destino rejeitou ativamente a conexão. Normalmente, nenhum programa está escutando nessa porta, o serviço está parado ou um firewall rejeita a conexão; verifique o endereço, o número da porta e se o servidor está em execução.

WSAEHOSTDOWN = O host está inativo.
    .detail = A operação falhou porque o host de destino parece estar inativo. Em vez deste código, o Windows costuma informar essa situação como WSAETIMEDOUT; verifique se o computador remoto está ligado e conectado.

WSAEHOSTUNREACH = Sem rota para o host.
    .detail = O host de destino não pode ser alcançado a partir deste computador, pois nenhuma rota leva até ele. Verifique o endereço, a conexão de rede e as configurações de roteamento ou de gateway.

WSAEDISCON = Desligamento normal em andamento.
    .detail = A função WSARecv ou WSARecvFrom informa que o lado remoto iniciou o encerramento ordenado da conexão. Não chegarão mais dados; conclua o processamento e feche o soquete.

## Erros de compatibilidade com Unix (definidos para portabilidade, raramente retornados)

# Código de compatibilidade com Unix: definido nos cabeçalhos como equivalente de EBADF, raramente retornado pelo próprio Winsock.
WSAEBADF = Identificador de arquivo inválido.
    .detail = O identificador de arquivo ou de soquete informado não é válido. Verifique se o identificador está aberto e se não foi fechado antes.

# Código de compatibilidade com Unix equivalente a ETOOMANYREFS; raramente retornado pelo Winsock.
WSAETOOMANYREFS = Muitas referências.
    .detail = Há referências demais a algum objeto do kernel. Libere os objetos que não são mais necessários e tente novamente.

# Código de compatibilidade com Unix equivalente a ELOOP; raramente retornado pelo Winsock.
WSAELOOP = Não é possível traduzir o nome.
    .detail = Não foi possível traduzir um nome, por exemplo, porque sua resolução entrou em um loop. Verifique se há erros no nome.

# Código de compatibilidade com Unix equivalente a ENAMETOOLONG; raramente retornado pelo Winsock.
WSAENAMETOOLONG = Nome muito longo.
    .detail = Um nome, ou uma de suas partes, é mais longo do que o permitido. Use um nome mais curto.

# Código de compatibilidade com Unix equivalente a ENOTEMPTY; raramente retornado pelo Winsock.
WSAENOTEMPTY = O diretório não está vazio.
    .detail = Não foi possível remover um diretório porque ele ainda contém entradas. Esvazie-o primeiro.

# Código de compatibilidade com Unix equivalente a EUSERS; raramente retornado pelo Winsock.
WSAEUSERS = Cota de usuários excedida.
    .detail = A cota de usuários ou de recursos de usuário se esgotou. Libere alguns recursos ou peça a um administrador que aumente o limite.

# Código de compatibilidade com Unix equivalente a EDQUOT; raramente retornado pelo Winsock.
WSAEDQUOT = Cota de disco excedida.
    .detail = A cota de espaço em disco foi totalmente usada. Libere algum espaço ou peça a um administrador que aumente a cota.

# Código de compatibilidade com Unix equivalente a ESTALE (um identificador obsoleto, como em sistemas de arquivos de rede); raramente retornado pelo Winsock.
WSAESTALE = Referência obsoleta a identificador de arquivo.
    .detail = O identificador de arquivo se refere a algo que não está mais disponível. Abra o item novamente para obter um novo identificador.

# Código de compatibilidade com Unix equivalente a EREMOTE; raramente retornado pelo Winsock.
WSAEREMOTE = O item é remoto.
    .detail = O item não está disponível localmente porque fica em um sistema remoto. Em vez disso, obtenha acesso a ele pelo sistema remoto.

## Inicialização e provedores de serviços

WSAEPROCLIM = Muitos processos.
    .detail = A implementação do { -winsock } limita quantos programas podem usá-la ao mesmo tempo, e esse limite foi atingido; por isso, WSAStartup pode falhar com este erro. Feche outros programas que usam a rede e tente novamente.

WSASYSNOTREADY = O subsistema de rede não está disponível.
    .detail = A função WSAStartup falhou porque o sistema de rede subjacente do qual o { -winsock } depende não está pronto no momento. Verifique se o Ws2_32.dll correto está presente e se nenhuma outra DLL do Winsock é encontrada antes dele no caminho de pesquisa, se os componentes de rede estão instalados e configurados e se a inicialização do sistema já foi concluída.

WSAVERNOTSUPPORTED = Versão do Winsock sem suporte.
    .detail = A implementação do { -winsock } instalada não dá suporte à versão que o programa solicitou em WSAStartup. Verifique se o programa solicita uma versão com suporte (normalmente 2.2) e se nenhuma DLL do Winsock desatualizada está sendo carregada no lugar da DLL do sistema.

WSANOTINITIALISED = Não houve uma chamada bem-sucedida a WSAStartup.
    .detail = Uma função de soquete foi usada antes de uma chamada bem-sucedida a WSAStartup, ou depois que WSACleanup foi chamada tantas vezes quanto WSAStartup. Chame WSAStartup primeiro e verifique o resultado; confirme também que os soquetes não são compartilhados com uma tarefa que nunca inicializou o { -winsock }.

WSAEINVALIDPROCTABLE = Tabela de procedimentos inválida do provedor de serviços.
    .detail = Um provedor de serviços do { -winsock } entregou ao Ws2_32.dll uma tabela de procedimentos que não é válida, geralmente porque alguns dos ponteiros de função da tabela são NULL. Reinstale ou remova o provedor de serviços em camadas (LSP) ou o software de rede com defeito.

WSAEINVALIDPROVIDER = Número de versão do provedor de serviços inválido.
    .detail = Um provedor de serviços do { -winsock } informou uma versão diferente de 2.0, que o sistema não aceita; WSCGetProviderInfo e WSCGetProviderInfo32 também retornam esse erro quando a entrada de protocolo consultada não é encontrada. Atualize ou remova o provedor instalado com um software de rede de terceiros.

WSAEPROVIDERFAILEDINIT = Não é possível inicializar um provedor de serviços.
    .detail = Não foi possível iniciar um provedor de serviços: o carregamento da sua DLL com LoadLibrary falhou, ou sua função WSPStartup ou NSPStartup informou um erro. Reinstalar o software de rede afetado ou redefinir o catálogo do Winsock (netsh winsock reset) costuma ajudar.

WSASYSCALLFAILURE = Falha em chamada do sistema.
    .detail = Falhou uma chamada do sistema que nunca deveria falhar, por exemplo, a espera por eventos com WaitForMultipleObjects ou uma operação do Registro nos catálogos de protocolos ou de namespaces. Esse erro também é retornado quando um provedor informa uma falha sem um código mais específico, o que pode indicar um bug nesse provedor.

## Pesquisa de serviços (provedores de namespace)

# Mesma condição que WSA_E_NO_MORE (10110), com outro número. O Windows Sockets 2 acabou definindo dois códigos conflitantes para "não há mais resultados"; WSAENOMORE é o mais antigo e obsoleto, e WSA_E_NO_MORE é o mais novo, que WSALookupServiceNext retorna, por isso os programas devem aceitar os dois. Mantenha as duas traduções idênticas.
WSAENOMORE = Não há mais resultados.
    .detail = A função WSALookupServiceNext não tem mais resultados a retornar para esta consulta. Isso marca o fim normal da pesquisa; chame WSALookupServiceEnd para concluí-la.

# Mesma condição que WSA_E_CANCELLED (10111), com outro número, definido em paralelo ao par WSAENOMORE / WSA_E_NO_MORE. WSAECANCELLED é a forma mais antiga; WSA_E_CANCELLED é a mais nova, informada quando WSALookupServiceEnd cancela uma chamada pendente a WSALookupServiceNext. Mantenha as duas traduções idênticas.
WSAECANCELLED = Chamada de pesquisa cancelada.
    .detail = A função WSALookupServiceEnd foi chamada enquanto uma chamada a WSALookupServiceNext ainda estava em execução; por isso, essa pesquisa foi cancelada. Isso é esperado quando uma pesquisa é encerrada antes do fim.

WSASERVICE_NOT_FOUND = Serviço não encontrado.
    .detail = Nenhum serviço com esse nome é conhecido no namespace pesquisado. Verifique o nome do serviço e se o namespace consultado é o correto.

WSATYPE_NOT_FOUND = Tipo de classe não encontrado.
    .detail = O tipo de classe de serviço solicitado não foi encontrado. Verifique se a classe está instalada e registrada; getaddrinfo informa esse mesmo código como EAI_SERVICE quando o nome do serviço não pode ser usado com o tipo de soquete solicitado.

# Mesma condição que WSAENOMORE (10102); este é o número mais novo, o que WSALookupServiceNext retorna e que os provedores de namespace devem usar. Existem dois números porque o Windows Sockets 2 definiu códigos conflitantes para a mesma condição, e o mais antigo está sendo abandonado. Mantenha as duas traduções idênticas.
WSA_E_NO_MORE = Não há mais resultados.
    .detail = A função WSALookupServiceNext não tem mais resultados a retornar para esta consulta. Isso marca o fim normal da pesquisa; chame WSALookupServiceEnd para concluí-la.

# Mesma condição que WSAECANCELLED (10103); este é o número mais novo, informado quando WSALookupServiceEnd cancela uma chamada pendente a WSALookupServiceNext. O número mais antigo é mantido apenas por compatibilidade. Mantenha as duas traduções idênticas.
WSA_E_CANCELLED = Chamada de pesquisa cancelada.
    .detail = A função WSALookupServiceEnd foi chamada enquanto uma chamada a WSALookupServiceNext ainda estava em execução; por isso, essa pesquisa foi cancelada. Isso é esperado quando uma pesquisa é encerrada antes do fim.

WSAEREFUSED = Consulta ao banco de dados recusada.
    .detail = O banco de dados do namespace recusou ativamente a consulta. O servidor ou o provedor pode não permitir essa solicitação; verifique as permissões e a própria consulta.

## Resolução de nomes de host

WSAHOST_NOT_FOUND = Host não encontrado.
    .detail = Nenhum host com esse nome é conhecido: não se trata de um nome de host oficial nem de um alias nos bancos de dados ou servidores DNS consultados. Verifique a grafia do nome e as configurações de DNS; em pesquisas de protocolo ou de serviço, significa que o nome não foi encontrado nesse banco de dados.

WSATRY_AGAIN = Falha temporária na pesquisa de nome (host não encontrado; resposta não autoritativa).
    .detail = A pesquisa de nome falhou por enquanto porque o servidor DNS local não obteve resposta de um servidor com autoridade sobre o nome. Isso costuma ser temporário; tente novamente mais tarde e, se persistir, verifique a conexão de rede e o servidor DNS.

WSANO_RECOVERY = Erro não recuperável na pesquisa de nome.
    .detail = Uma pesquisa falhou com um erro que novas tentativas não vão corrigir. Os arquivos de banco de dados locais (hosts, services, protocols) podem estar ausentes, ou um servidor DNS respondeu com um erro grave; verifique a configuração de DNS.

WSANO_DATA = Nome válido, mas sem dados do tipo solicitado.
    .detail = O nome existe, mas não tem nenhum registro do tipo solicitado. Por exemplo, um host pode ter um registro de email (MX), mas nenhum registro de endereço (A ou AAAA) e, por isso, não pode ser alcançado diretamente por esse nome.

WSA_SECURE_HOST_NOT_FOUND = Nenhum host com esse nome é conhecido de forma segura.
    .detail = Uma pesquisa de nome segura, como uma que exige validação DNSSEC, não encontrou o host. O nome pode não existir ou pode não estar assinado corretamente; verifique o nome e as configurações de segurança do DNS.

WSA_IPSEC_NAME_POLICY_ERROR = Não foi possível adicionar a política IPsec baseada em nome.
    .detail = O sistema não conseguiu adicionar uma política IPsec baseada em um nome de host. Verifique as regras de IPsec e de segurança de conexão e suas configurações de nome.

## Objetos de evento e E/S sobreposta

WSA_INVALID_HANDLE = O identificador de objeto de evento especificado é inválido.
    .detail = O programa usou um identificador de objeto de evento que não é válido, por exemplo, um que já foi fechado. Verifique se o identificador foi obtido de WSACreateEvent e se ainda está aberto. Este código tem o mesmo valor que o erro do Windows ERROR_INVALID_HANDLE (6).

WSA_NOT_ENOUGH_MEMORY = Memória disponível insuficiente.
    .detail = Uma função do { -winsock } que depende de uma função subjacente do Windows falhou porque não havia memória suficiente. Feche outros programas ou libere memória e tente novamente. Este código tem o mesmo valor que o erro do Windows ERROR_NOT_ENOUGH_MEMORY (8).

WSA_INVALID_PARAMETER = Um ou mais parâmetros são inválidos.
    .detail = Uma função do { -winsock } repassou os argumentos recebidos a uma função subjacente do Windows, que rejeitou um ou mais deles. Verifique todos os parâmetros da chamada. Este código tem o mesmo valor que o erro do Windows ERROR_INVALID_PARAMETER (87).

WSA_OPERATION_ABORTED = Operação sobreposta anulada.
    .detail = Uma operação sobreposta foi cancelada antes de terminar, porque o soquete foi fechado ou porque o comando SIO_FLUSH foi emitido por meio de WSAIoctl. Isso é esperado quando um programa fecha um soquete com E/S ainda pendente; o código tem o mesmo valor que o erro do Windows ERROR_OPERATION_ABORTED (995).

WSA_IO_INCOMPLETE = O objeto de evento de E/S sobreposta não está no estado sinalizado.
    .detail = O programa solicitou o resultado de uma operação sobreposta que ainda não terminou. Consultar periodicamente com WSAGetOverlappedResult, com o sinalizador fWait definido como FALSE, retorna este código até que a operação seja concluída; aguarde e consulte novamente. Este código tem o mesmo valor que o erro do Windows ERROR_IO_INCOMPLETE (996).

WSA_IO_PENDING = A operação sobreposta será concluída mais tarde.
    .detail = Uma operação sobreposta foi iniciada e não pôde terminar imediatamente. Isso não é uma falha: quando a operação terminar, o programa será notificado por meio do evento, da rotina de conclusão ou da porta de conclusão de E/S (IOCP) que ele usa, e WSAGetOverlappedResult fornecerá então o resultado. Este código tem o mesmo valor que o erro do Windows ERROR_IO_PENDING (997).

## Qualidade de serviço (QoS)

# Código de status de QoS: chegaram mensagens de reserva (RESV) do RSVP, ou seja, pelo menos um receptor deseja uma reserva. RSVP é o protocolo de reserva de recursos (Resource Reservation Protocol).
WSA_QOS_RECEIVERS = Receptores de QoS.
    .detail = Chegou pelo menos uma solicitação de reserva de QoS (uma mensagem RSVP RESV) de um receptor. Trata-se de um relatório de status, e não de uma falha.

# Código de status de QoS: chegaram mensagens de caminho (PATH) do RSVP, ou seja, pelo menos um remetente está anunciando tráfego.
WSA_QOS_SENDERS = Remetentes de QoS.
    .detail = Chegou pelo menos uma mensagem de caminho de QoS (uma mensagem RSVP PATH) de um remetente. Trata-se de um relatório de status, e não de uma falha.

WSA_QOS_NO_SENDERS = Nenhum remetente de QoS.
    .detail = Não há mais nenhum remetente de QoS para este fluxo. Trata-se de um relatório de status; as reservas que dependiam dos remetentes deixaram de valer.

WSA_QOS_NO_RECEIVERS = Nenhum receptor de QoS.
    .detail = Não há mais nenhum receptor de QoS para este fluxo. Trata-se de um relatório de status; o remetente não tem reservas a cumprir.

WSA_QOS_REQUEST_CONFIRMED = Solicitação de QoS confirmada.
    .detail = A solicitação de reserva de QoS foi confirmada pela rede. Trata-se de uma notificação de êxito.

WSA_QOS_ADMISSION_FAILURE = Erro de admissão de QoS.
    .detail = A solicitação de QoS não pôde ser admitida porque não havia recursos suficientes, como largura de banda, ao longo do caminho. Solicite menos ou tente novamente mais tarde.

WSA_QOS_POLICY_FAILURE = Falha de política de QoS.
    .detail = A solicitação de QoS foi recusada porque o sistema de políticas não pôde conceder os recursos solicitados segundo a política atual. Verifique a política de QoS ou consulte um administrador.

# Aqui, "estilo" é o estilo de reserva do RSVP (a forma como os filtros são compartilhados entre os remetentes).
WSA_QOS_BAD_STYLE = Estilo de QoS incorreto.
    .detail = Foi encontrado um estilo de reserva de QoS desconhecido ou conflitante. Verifique o estilo de reserva especificado na solicitação.

# "filterspec" é a especificação de filtro do RSVP, que seleciona os pacotes aos quais uma reserva se aplica.
WSA_QOS_BAD_OBJECT = Objeto de QoS incorreto.
    .detail = Há um problema em uma estrutura FILTERSPEC ou no buffer específico do provedor em geral. Verifique as estruturas de QoS passadas na chamada.

WSA_QOS_TRAFFIC_CTRL_ERROR = Erro de controle de tráfego de QoS.
    .detail = A interface subjacente de controle de tráfego (TC) falhou ao aplicar localmente a solicitação genérica de QoS. Entre as causas estão pouca memória ou um erro interno no provedor de QoS.

WSA_QOS_GENERIC_ERROR = Erro genérico de QoS.
    .detail = Ocorreu um erro geral de QoS sem um código mais específico. Verifique a solicitação de QoS e o estado do provedor.

# "flowspec" (FLOWSPEC) é a estrutura que descreve o tráfego de um fluxo e o tipo de serviço que ele solicita.
WSA_QOS_ESERVICETYPE = Erro de tipo de serviço de QoS.
    .detail = A estrutura FLOWSPEC contém um tipo de serviço inválido ou não reconhecido. Use um dos tipos de serviço definidos, como SERVICETYPE_GUARANTEED ou SERVICETYPE_CONTROLLEDLOAD.

WSA_QOS_EFLOWSPEC = Erro de flowspec de QoS.
    .detail = Uma estrutura FLOWSPEC dentro da estrutura QOS é inválida ou inconsistente. Verifique suas taxas, seus tamanhos e seu tipo de serviço.

WSA_QOS_EPROVSPECBUF = Buffer de provedor de QoS inválido.
    .detail = O buffer específico do provedor (ProviderSpecific) passado com a solicitação de QoS não é válido. Verifique seu tamanho e seu conteúdo.

WSA_QOS_EFILTERSTYLE = Estilo de filtro de QoS inválido.
    .detail = O estilo de filtro de QoS informado não é válido. Use um estilo de filtro com suporte.

WSA_QOS_EFILTERTYPE = Tipo de filtro de QoS inválido.
    .detail = O tipo de filtro de QoS informado não é válido. Use um tipo de filtro com suporte.

WSA_QOS_EFILTERCOUNT = Contagem de filtros de QoS incorreta.
    .detail = O número de entradas FILTERSPEC informado em uma estrutura FLOWDESCRIPTOR está errado. Faça a contagem corresponder aos filtros realmente fornecidos.

WSA_QOS_EOBJLENGTH = Comprimento de objeto de QoS inválido.
    .detail = Um objeto no buffer específico do provedor de QoS tem um campo ObjectLength que não é válido. Verifique o comprimento de cada objeto no buffer.

WSA_QOS_EFLOWCOUNT = Contagem de fluxos de QoS incorreta.
    .detail = A estrutura QOS especifica um número errado de descritores de fluxo. Faça a contagem corresponder aos descritores realmente fornecidos.

WSA_QOS_EUNKOWNPSOBJ = Objeto de QoS não reconhecido.
    .detail = O buffer específico do provedor de QoS contém um objeto de um tipo que o provedor não reconhece. Remova-o ou use um tipo de objeto com suporte.

WSA_QOS_EPOLICYOBJ = Objeto de política de QoS inválido.
    .detail = O buffer específico do provedor de QoS contém um objeto de política que não é válido. Verifique os dados de política no buffer.

WSA_QOS_EFLOWDESC = Descritor de fluxo de QoS inválido.
    .detail = Uma das entradas da lista de descritores de fluxo não é válida. Verifique cada descritor de fluxo (FLOWDESCRIPTOR) da solicitação.

WSA_QOS_EPSFLOWSPEC = Flowspec de QoS específica do provedor inválida.
    .detail = O buffer específico do provedor de QoS contém uma estrutura FLOWSPEC inválida ou inconsistente. Verifique a flowspec dentro do buffer.

WSA_QOS_EPSFILTERSPEC = Filterspec de QoS específica do provedor inválida.
    .detail = O buffer específico do provedor de QoS contém uma estrutura FILTERSPEC que não é válida. Verifique a filterspec dentro do buffer.

# O "modo de descarte de modelagem" indica ao modelador de tráfego o que fazer com os pacotes que excedem os limites do fluxo (atrasá-los, descartá-los etc.).
WSA_QOS_ESDMODEOBJ = Objeto de modo de descarte de modelagem de QoS inválido.
    .detail = O buffer específico do provedor de QoS contém um objeto de modo de descarte de modelagem (QOS_SD_MODE) que não é válido. Verifique o valor do modo nesse objeto.

# A "taxa de modelagem" é a taxa com que o modelador de tráfego deixa sair os pacotes do fluxo.
WSA_QOS_ESHAPERATEOBJ = Objeto de taxa de modelagem de QoS inválido.
    .detail = O buffer específico do provedor de QoS contém um objeto de taxa de modelagem (QOS_SHAPING_RATE) que não é válido. Verifique a taxa informada nesse objeto.

# Um tipo de elemento de política reservado, ou seja, que não deve ser usado por programas.
WSA_QOS_RESERVED_PETYPE = Tipo de elemento de política de QoS reservado.
    .detail = O buffer específico do provedor de QoS contém um elemento de política de um tipo reservado. Remova-o ou use um tipo de elemento de política permitido.

## Rótulos das páginas e listas criadas a partir do catálogo: nomes de grupos, o título de uma página e as palavras em torno do filtro.

group-socket = Operações de soquete
group-unix-compat = Compatibilidade com Unix
group-startup = Inicialização e provedores de serviços
group-service-lookup = Pesquisa de serviços
group-name-resolution = Resolução de nomes
group-overlapped = E/S sobreposta e eventos
group-qos = Qualidade de serviço (QoS)
page-heading = Códigos de erro do Winsock
page-languages = Outros idiomas
page-filter = Filtrar a lista por número, nome ou palavras
page-query-too-long = A consulta é muito longa.
table-name = Nome
table-number = Número
table-hex = Hexadecimal
table-group = Grupo
table-title = Título
table-detail = Explicação
