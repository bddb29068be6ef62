### Windows ソケット（Winsock）のエラーコードを日本語で説明するメッセージカタログです。
### 各メッセージの ID は Winsock エラーコードのシンボル名（例：WSAETIMEDOUT）です。値は利用者に表示する短いタイトル、
### .detail 属性はその内容を説明する 1 行の文です。
### 関数、定数、オプション、構造体、型、ファイルの名前（WSAStartup、setsockopt、SO_BROADCAST、ADDR_ANY、FLOWSPEC、
### Ws2_32.dll など）と数値・バージョン番号はコード上の識別子なので、翻訳もカタカナ表記もせず、大文字と小文字を含めて
### そのまま書きます。
###
### 表記の方針：
### - Windows のメッセージや Microsoft の日本語ドキュメントと同じ、です・ます調の中立で丁寧な文体で書きます。
### - タイトルは「。」で終わる短い文にします（例：「接続がタイムアウトしました。」）。説明は 1 行で、何が起きたか、
###   主な原因、対処方法を書きます。en-US の限定表現（「多くの場合」「通常は」「可能性があります」など）は省きません。
### - 句読点と括弧は全角（、。「」（）：）を使います。
### - 半角の英字または数字と、かなまたは漢字の間には、半角スペースを一つだけ入れます（例：「WSAStartup を呼び出す前に」
###   「IPv6 アドレス」「Winsock 2 の」）。英数字と全角の句読点・括弧の間（例：「（SO_BROADCAST）」）と、日本語の文字どうしの
###   間にはスペースを入れません。そのため、カタカナの複合語も続けて書きます（例：「サービスプロバイダー」「エラーコード」）。
###   この規則は、{ -winsock } を「Windows ソケット」に置き換えた、読み手に表示される形の文に当てはめます。
### - カタカナ語の表記（長音記号の有無など）は Microsoft の日本語表記に合わせます（例：「バッファー」「アドレスファミリ」）。
###
### 用語集：下の Fluent 用語が用語集です。用語 ID は全ロケール共通で、en-US がすべてを定義しています。各用語の訳語、
### その理由（# why:）、使わない表記（# avoid:）は、用語ごとのコメントに記載します。メッセージでは用語を参照せず、
### 訳語をそのまま書きます。唯一の例外は { -winsock } で、en-US の同じ部分（タイトルまたは説明）が参照している箇所に、
### en-US と同じ回数だけ書きます。

# en-US: Windows Sockets
# why: Microsoft's term: Microsoft Learn's Japanese Winsock docs write Windows ソケット; the short name Winsock stays as en-US writes it
# avoid: Windows Sockets
-winsock = Windows ソケット
# en-US: socket
# why: Microsoft's term in Windows' own Japanese text
-socket = ソケット
# en-US: host
# why: Microsoft's term in Windows' own Japanese text
-host = ホスト
# en-US: peer
# why: Microsoft's term in Windows' own Japanese text; en-US's "other side" and "remote side" stay 相手側 and リモート側
-peer = ピア
# en-US: port
# why: Microsoft's term in Windows' own Japanese text
-port = ポート
# en-US: handle
# why: Microsoft's term in Windows' own Japanese text
-handle = ハンドル
# en-US: buffer
# why: Microsoft's term; Microsoft's Japanese style writes the final long vowel
-buffer = バッファー
# en-US: stream
# why: Microsoft's term in Windows' own Japanese text
-stream = ストリーム
# en-US: blocking
# why: Microsoft's term in the Japanese Winsock docs (ブロッキング呼び出し)
-blocking = ブロッキング
# en-US: nonblocking
# why: Microsoft's term in the Japanese Winsock docs (非ブロッキング モード); developers also say ノンブロッキング, but not clearly more often, so Microsoft's word is kept
# avoid: ノンブロッキング
-nonblocking = 非ブロッキング
# en-US: datagram
# why: Microsoft's term in Windows' own Japanese text
-datagram = データグラム
# en-US: address family
# why: Microsoft's term in the Japanese Winsock docs (アドレス ファミリ, no final long vowel); the half-width space Microsoft puts between katakana words is dropped under this edition's spacing rule
# avoid: アドレスファミリー, アドレス族
-address-family = アドレスファミリ
# en-US: protocol family
# why: Microsoft's term in the Japanese Winsock docs (プロトコル ファミリ, no final long vowel); the half-width space Microsoft puts between katakana words is dropped under this edition's spacing rule
# avoid: プロトコルファミリー, プロトコル族
-protocol-family = プロトコルファミリ
# en-US: keep-alive
# why: Microsoft's term in the Japanese docs of SO_KEEPALIVE (キープアライブ パケット)
-keepalive = キープアライブ
# en-US: service provider
# why: Microsoft's term in the Japanese Winsock docs (サービス プロバイダー); the half-width space Microsoft puts between katakana words is dropped under this edition's spacing rule
# avoid: サービス提供者
-provider = サービスプロバイダー
# en-US: layered service provider
# why: Microsoft's term in the Japanese Winsock docs (階層化サービス プロバイダー (LSP)); the half-width space Microsoft puts between katakana words is dropped under this edition's spacing rule
# avoid: 階層型サービスプロバイダー, レイヤードサービスプロバイダー
-layered-provider = 階層化サービスプロバイダー
# en-US: name space
# why: Microsoft's term in the Japanese Winsock docs (名前空間プロバイダー)
# avoid: ネームスペース
-namespace = 名前空間
# en-US: name resolution
# why: Microsoft's term in Windows' own Japanese text
# avoid: 名前の解決, 名前解析
-name-resolution = 名前解決
# en-US: event object
# why: Microsoft's term in the Japanese Winsock docs (イベント オブジェクト); the half-width space Microsoft puts between katakana words is dropped under this edition's spacing rule
-event-object = イベントオブジェクト
# en-US: overlapped I/O
# why: Microsoft's term in the Japanese Winsock docs (重複 I/O; an overlapped operation is 重複操作)
# avoid: オーバーラップ
-overlapped = 重複 I/O
# en-US: completion port
# why: Microsoft's term in the Japanese docs (I/O 完了ポート, 完了ポート)
-completion-port = I/O 完了ポート
# en-US: QoS
# why: Microsoft's Japanese docs keep the abbreviation; the group label spells it out as サービス品質（QoS）
-qos = QoS
# en-US: policy
# why: Microsoft's term in Windows' own Japanese text (QoS ポリシー)
-policy = ポリシー
# en-US: reservation
# why: Microsoft's term for RSVP reservations (リソース予約); kept apart from reserved, which is 予約済み
# avoid: リザベーション
-reservation = 予約
# en-US: admission control
# why: Microsoft's rendering of admission control (as in 通話受付制御 for call admission control) and the usual Japanese networking term
# avoid: アドミッション制御
-admission-control = 受付制御
# en-US: traffic control
# why: Microsoft's term in the Japanese QoS docs
-traffic-control = トラフィック制御
# en-US: flowspec
# why: Microsoft's Japanese docs keep the structure name FLOWSPEC untranslated; in prose the concept is フロー仕様, the usual Japanese rendering of flow specification
# avoid: フロースペック
-flowspec = フロー仕様
# en-US: filter
# why: Microsoft's term; Microsoft's Japanese style writes the final long vowel
-filter = フィルター
# en-US: filterspec
# why: the structure name FILTERSPEC stays untranslated; in prose the concept is フィルター仕様, built like フロー仕様
# avoid: フィルタースペック
-filterspec = フィルター仕様
# en-US: flow descriptor
# why: the structure name FLOWDESCRIPTOR stays untranslated; 記述子 is Microsoft's word for descriptor (ソケットを識別する記述子)
# avoid: フローディスクリプター
-flow-descriptor = フロー記述子
# en-US: shaping
# why: Microsoft's term for traffic shaping
# avoid: 整形
-shaping = シェーピング
# en-US: sender
# why: Microsoft's term in the Japanese QoS docs (送信側と受信側の間のデータ パス)
# avoid: 送信者
-sender = 送信側
# en-US: receiver
# why: Microsoft's term in the Japanese QoS docs (送信側と受信側の間のデータ パス)
# avoid: 受信者
-receiver = 受信側
# en-US: program
# why: Microsoft's term for program; en-US counts application as the same concept, so both are written プログラム
# avoid: アプリケーション, アプリ
-program = プログラム
# en-US: resource
# why: Microsoft's term in Windows' own Japanese text
# avoid: 資源
-resource = リソース
# en-US: access
# why: Microsoft's term in Windows' own Japanese text (アクセス権, アクセスが拒否されました)
-access = アクセス

## ソケット操作

WSAEINTR = 関数呼び出しが中断されました。
    .detail = ブロッキング呼び出しが完了する前に中断されました。従来の典型的な原因は WSACancelBlockingCall ですが、これは { -winsock } 1.1 の名残であり、現在の Winsock 2 プログラムでは使用すべきではありません。呼び出しがソケットで待機している間に、別のスレッドが closesocket でそのソケットを閉じた場合も、同じように中断されます。意図しない中断であれば、呼び出しをやり直してください。

WSAEACCES = アクセスが拒否されました。
    .detail = ソケットが、そのアクセス権では許可されない方法で使用されました。よくある原因は、setsockopt で SO_BROADCAST を有効にしないままブロードキャストアドレスを指定して sendto を呼び出すことや、ほかのプログラム、サービス、またはドライバーが SO_EXCLUSIVEADDRUSE で排他的に確保しているアドレスとポートに対して bind を呼び出すことです。ファイアウォールやセキュリティ製品がアクセスをブロックしている場合もあります。

WSAEFAULT = アドレスが無効です。
    .detail = ソケット関数に渡されたポインターが有効なメモリを指していないか、バッファーまたは長さの引数が小さすぎます。すべてのポインター引数を確認し、長さの値が実際のバッファーサイズと一致していることを確かめてください。たとえば、sockaddr 構造体の長さは sizeof(sockaddr) 以上である必要があります。

WSAEINVAL = 引数が無効です。
    .detail = setsockopt に不明なレベルを渡した場合など、引数のいずれかが無効です。listen を呼び出していないソケットで accept を呼び出した場合など、ソケットの現在の状態に合わない呼び出しをしたときにも返されます。

WSAEMFILE = 開いているソケットが多すぎます。
    .detail = このプログラムで使用できるソケットハンドルが残っていません。上限は、システム全体、プロセス、スレッドのいずれかに適用される場合があります。不要になったソケットを閉じ、ハンドルのリークがないか調べてください。

WSAEWOULDBLOCK = リソースが一時的に利用できません。
    .detail = 非ブロッキングソケットで、操作をすぐに完了できませんでした（まだ受信データがないのに recv を呼び出した場合など）。これは本当の意味でのエラーではありません。select、WSAPoll、またはイベントを使ってソケットの準備が整うのを待ってから、再試行してください。非ブロッキングの SOCK_STREAM ソケットで connect を呼び出すと、接続を確立している間は通常このエラーが返されます。

# WSAEALREADY とは異なります。こちらは、このタスクまたはスレッドで「ブロッキング」呼び出しが既に実行中であることを表します。
WSAEINPROGRESS = ブロッキング操作が既に実行中です。
    .detail = { -winsock }では、タスクまたはスレッドごとに同時に実行できるブロッキング呼び出しは一つだけですが、前の呼び出しがまだ完了していないうちに別の呼び出しが行われました。主に古い { -winsock } 1.1 形式のプログラムで発生します。前のブロッキング呼び出しが戻ってから、新しい呼び出しを発行してください。

# WSAEINPROGRESS とは異なります。こちらは、「非ブロッキング」ソケットで操作が既に進行中であることを表します。
WSAEALREADY = この非ブロッキングソケットでは操作が既に進行中です。
    .detail = 同じ種類の操作をまだ処理している非ブロッキングソケットに対して、操作が要求されました。たとえば、最初の connect による接続が完了していないのに、もう一度 connect を呼び出した場合です。既に完了またはキャンセルされた非同期要求（WSAAsyncGetXbyY 関数のいずれか）をキャンセルしようとした場合にも返されます。

WSAENOTSOCK = ソケットではないものに対してソケット操作が行われました。
    .detail = 関数に渡されたハンドルは有効なソケットではありません。もともとソケットではなかったか、既に閉じられている可能性があります。select の場合は、fd_set のエントリのいずれかが有効なソケットではありません。

WSAEDESTADDRREQ = 宛先アドレスが必要です。
    .detail = この操作には宛先アドレスが必要ですが、指定されていません。たとえば、リモートアドレスとして ADDR_ANY を指定して sendto を呼び出した場合です。ピアの実際のアドレスを指定してください。

WSAEMSGSIZE = メッセージが長すぎます。
    .detail = データグラムが、プロトコルまたはネットワークで伝送できる大きさを超えていました。または、受信バッファーが届いたデータグラムより小さかったため、データグラムが途中で切り捨てられました。メッセージを小さくするか、より大きな受信バッファーを使用してください。

WSAEPROTOTYPE = ソケットの種類に合わないプロトコルです。
    .detail = socket 関数に指定したプロトコルが、要求したソケットの種類に適合しません。たとえば、UDP は SOCK_STREAM ソケットでは使用できません。種類に合ったプロトコルを選ぶか、0 を渡してシステムに選択させてください。

WSAENOPROTOOPT = プロトコルオプションが無効です。
    .detail = getsockopt または setsockopt に指定したオプションまたはレベルが、不明か無効であるか、このプロトコルではサポートされていません。オプションが正しいレベル（SOL_SOCKET や IPPROTO_TCP など）に属していること、およびソケットの種類がそのオプションをサポートしていることを確認してください。

WSAEPROTONOSUPPORT = プロトコルがサポートされていません。
    .detail = 要求したプロトコルがこのシステムにインストールされていないか、その実装がありません。ストリームプロトコルを指定して SOCK_DGRAM ソケットを要求した場合のように、プロトコルとソケットの種類が矛盾しているときにも発生します。

WSAESOCKTNOSUPPORT = ソケットの種類がサポートされていません。
    .detail = このアドレスファミリでは、要求したソケットの種類はサポートされていません。たとえば、実装が SOCK_RAW ソケットをまったく提供していない場合や、その作成に管理者権限を必要とする場合があります。

WSAEOPNOTSUPP = 操作がサポートされていません。
    .detail = 要求した操作は、この種類のソケットまたはオブジェクトではサポートされていません。典型的な例は、受け付ける接続を持たないデータグラムソケットで accept や listen を呼び出した場合です。

# WSAEPFNOSUPPORT はプロトコルファミリ全体に関するもので、WSAEAFNOSUPPORT（次のメッセージ）はソケットで使用するアドレスファミリに関するものです。両者はほぼ同じ意味で使われ、Windows はほとんどの場合 WSAEAFNOSUPPORT を報告します。
WSAEPFNOSUPPORT = プロトコルファミリがサポートされていません。
    .detail = 要求したプロトコルファミリがこのシステムで構成されていないか、その実装がありません。実際には、同じ状況で { -winsock }関数は通常 WSAEAFNOSUPPORT を報告します。

# WSAEPFNOSUPPORT のコメントを参照してください。こちらは、アドレスファミリ（AF_INET など）がプロトコルやソケットと合わないことを表します。
WSAEAFNOSUPPORT = プロトコルファミリでサポートされていないアドレスファミリです。
    .detail = プロトコルがサポートしていないファミリのアドレスが使用されました。典型的な原因は、アドレスファミリに属さないプロトコルを socket 関数に要求することや、sendto や connect などの呼び出しで AF_INET ソケットに IPv6 アドレスを渡すこと（またはその逆）です。

WSAEADDRINUSE = アドレスは既に使用されています。
    .detail = このアドレスとポートには、既に別のソケットがバインドされています。まだ閉じている途中のソケットや、正しく閉じられなかったソケットである可能性もあります。そのソケットを使用しているプログラムを停止するか、別のポートを選択してください。ポートを本当に共有する必要があるサーバーでは SO_REUSEADDR を設定できますが、クライアントでは通常、そもそも bind を呼び出す必要はありません。bind にワイルドカードアドレス（ADDR_ANY）を指定した場合、このエラーは、アドレスが実際に確定する後続の connect、listen、WSAConnect、または WSAJoinLeaf の呼び出しで初めて返されることがあります。

WSAEADDRNOTAVAIL = 要求したアドレスを割り当てられません。
    .detail = このコンテキストではアドレスが無効です。通常は、このコンピューターに属さない IP アドレスを bind に指定したか、ポート 0 やアドレス 0.0.0.0 のように使用できないリモートアドレスまたはポートを connect や sendto に指定したことが原因です。

WSAENETDOWN = ネットワークがダウンしています。
    .detail = ネットワークサブシステム、ネットワークアダプター、またはローカルネットワークで障害が発生しました。ネットワーク接続とアダプターを確認し、問題が解決しない場合はネットワークスタックまたはコンピューターを再起動してください。

WSAENETUNREACH = ネットワークに到達できません。
    .detail = ローカルシステムには宛先ネットワークへのルートがありません。ネットワーク接続、既定のゲートウェイ、ルーティングテーブルを確認し、アドレスが正しいことも確かめてください。

WSAENETRESET = ネットワークのリセットにより接続が切断されました。
    .detail = 操作の実行中に、キープアライブのプローブによって相手側またはそこまでの経路の障害が検出されたため、接続が切断されました。既に障害が発生している接続で SO_KEEPALIVE を有効にしようとしたときにも、setsockopt がこのエラーを返すことがあります。続行するには再接続してください。

WSAECONNABORTED = ソフトウェアによって接続が中止されました。
    .detail = このコンピューター上のソフトウェアによって接続が閉じられました。多くの場合、データ送信のタイムアウトやプロトコルエラーの後に発生します。接続を切断するファイアウォール、ウイルス対策製品、VPN ソフトウェアが原因になることもあります。再接続し、繰り返し発生する場合はそのようなソフトウェアを確認してください。

WSAECONNRESET = ピアによって接続がリセットされました。
    .detail = リモートホストが接続を突然閉じました。相手側のプログラムがクラッシュしたか停止された、リモートホストが再起動したかネットワークから切断された、あるいはリモートホストがハードリセット（SO_LINGER を有効にし、タイムアウトを 0 に設定）でソケットを閉じた、といった可能性があります。再接続し、リモート側を確認してください。

WSAENOBUFS = バッファー領域が不足しています。
    .detail = システムのバッファー領域が不足したか、キューがいっぱいになったため、操作を実行できませんでした。多くの場合、開いている接続が多すぎる、メモリが枯渇している、または空いているエフェメラルポートがないことを示しています。使用していないソケットを閉じ、しばらくしてから再試行してください。

WSAEISCONN = ソケットは既に接続されています。
    .detail = 既に接続されているソケットに対して connect が呼び出されました。実装によっては、接続済みの SOCK_DGRAM ソケットで、アドレスを明示的に指定して sendto を使用した場合にもこのエラーが返されます。

WSAENOTCONN = ソケットが接続されていません。
    .detail = ソケットが接続されておらず、宛先アドレスも指定されていないため、このソケットではデータを送受信できません（データグラムソケットでは、sendto で宛先アドレスを指定できます）。リセットされた接続で SO_KEEPALIVE を設定するなど、ほかの呼び出しでも返されることがあります。先に connect を呼び出してください。

WSAESHUTDOWN = ソケットのシャットダウン後は送信できません。
    .detail = ソケットの該当する方向（送信または受信）が以前の shutdown 呼び出しで既に閉じられているため、その操作は拒否されました。一度シャットダウンした方向は、このソケットでは再び使用できません。

WSAETIMEDOUT = 接続がタイムアウトしました。
    .detail = 接続の確立中、または確立済みの接続で、相手側が時間内に応答しませんでした。リモートホストがオフラインか過負荷の状態にあるか、ファイアウォールが通信を通知なしに破棄している可能性があります。アドレス、ポート、ファイアウォールの設定を確認してください。

WSAECONNREFUSED = 接続が拒否されました。
    .detail = 接続先のコンピューターが接続を明示的に拒否しました。通常は、そのポートで待ち受けているプログラムがない、サービスが停止している、またはファイアウォールが接続を拒否していることが原因です。アドレスとポート番号を確認し、サーバーが実行されていることを確かめてください。

WSAEHOSTDOWN = ホストがダウンしています。
    .detail = 宛先ホストがダウンしていると考えられるため、操作に失敗しました。Windows では通常、この状況は代わりに WSAETIMEDOUT として報告されます。リモートコンピューターの電源が入っていて、ネットワークに接続されていることを確認してください。

WSAEHOSTUNREACH = ホストへのルートがありません。
    .detail = 宛先ホストへのルートがないため、このコンピューターからは到達できません。アドレス、ネットワーク接続、ルーティングやゲートウェイの設定を確認してください。

WSAEDISCON = 正常なシャットダウンが進行中です。
    .detail = リモート側が接続の正常な切断処理を開始したことが、WSARecv または WSARecvFrom によって報告されました。これ以上データは届かないため、処理を終えてソケットを閉じてください。

## Unix 互換のエラー（移植性のために定義されており、返されることはまれです）

# Unix 互換のコードです。EBADF に対応させるためにヘッダーで定義されていますが、Winsock 自体が返すことはまれです。
WSAEBADF = ファイルハンドルが無効です。
    .detail = 指定されたファイルまたはソケットのハンドルが無効です。ハンドルが開かれていて、まだ閉じられていないことを確認してください。

# ETOOMANYREFS に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAETOOMANYREFS = 参照が多すぎます。
    .detail = 何らかのカーネルオブジェクトへの参照が多すぎます。不要になったオブジェクトを解放してから、再試行してください。

# ELOOP に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAELOOP = 名前を変換できません。
    .detail = 名前解決の途中でループが発生したなどの理由で、名前を変換できませんでした。名前に誤りがないか確認してください。

# ENAMETOOLONG に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAENAMETOOLONG = 名前が長すぎます。
    .detail = 名前、またはその一部が、許容される長さを超えています。より短い名前を使用してください。

# ENOTEMPTY に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAENOTEMPTY = ディレクトリが空ではありません。
    .detail = ディレクトリにまだエントリが残っているため、削除できませんでした。先にディレクトリを空にしてください。

# EUSERS に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAEUSERS = ユーザーのクォータを超えました。
    .detail = ユーザー数またはユーザーリソースのクォータを使い切りました。リソースを解放するか、管理者に上限の引き上げを依頼してください。

# EDQUOT に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAEDQUOT = ディスククォータを超えました。
    .detail = ディスク領域のクォータを使い切りました。ディスク領域を解放するか、管理者にクォータの引き上げを依頼してください。

# ESTALE（ネットワークファイルシステムで起こるような、古くなったハンドル）に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAESTALE = ファイルハンドルの参照が古くなっています。
    .detail = ファイルハンドルが、既に利用できなくなった対象を参照しています。対象を開き直して、新しいハンドルを取得してください。

# EREMOTE に対応する Unix 互換のコードです。Winsock が返すことはまれです。
WSAEREMOTE = 項目はリモートにあります。
    .detail = 項目はリモートシステム上にあるため、ローカルでは利用できません。代わりに、リモートシステムを経由してアクセスしてください。

## 起動とサービスプロバイダー

WSAEPROCLIM = プロセスが多すぎます。
    .detail = { -winsock }の実装には同時に使用できるプログラムの数に上限があり、その上限に達しているため、WSAStartup がこのエラーで失敗することがあります。ネットワークを使用しているほかのプログラムを閉じてから、再試行してください。

WSASYSNOTREADY = ネットワークサブシステムを利用できません。
    .detail = { -winsock }が依存している基盤のネットワークシステムの準備が現在できていないため、WSAStartup が失敗しました。正しい Ws2_32.dll が所定の場所にあり、検索パス上でそれより先にほかの Winsock DLL が見つからないこと、ネットワークコンポーネントがインストールされて構成されていること、システムがまだ起動処理中でないことを確認してください。

WSAVERNOTSUPPORTED = Winsock のバージョンがサポートされていません。
    .detail = インストールされている { -winsock }の実装は、プログラムが WSAStartup で要求したバージョンをサポートしていません。プログラムがサポートされているバージョン（通常は 2.2）を要求していること、およびシステムの DLL の代わりに古い Winsock DLL が読み込まれていないことを確認してください。

WSANOTINITIALISED = WSAStartup が正常に呼び出されていません。
    .detail = WSAStartup が成功する前、または WSACleanup が WSAStartup と同じ回数だけ呼び出された後に、ソケット関数が使用されました。最初に WSAStartup を呼び出してその結果を確認し、{ -winsock }を初期化していないタスクとソケットを共有していないことも確かめてください。

WSAEINVALIDPROCTABLE = サービスプロバイダーから無効なプロシージャテーブルが渡されました。
    .detail = { -winsock }のサービスプロバイダーが、Ws2_32.dll に無効なプロシージャテーブルを渡しました。通常は、テーブル内の一部の関数ポインターが NULL であることが原因です。問題のある階層化サービスプロバイダー（LSP）やネットワークソフトウェアを再インストールするか、削除してください。

WSAEINVALIDPROVIDER = サービスプロバイダーのバージョン番号が無効です。
    .detail = { -winsock }のサービスプロバイダーが 2.0 以外のバージョンを報告しましたが、システムはそのバージョンを受け付けません。WSCGetProviderInfo と WSCGetProviderInfo32 も、問い合わせたプロトコルエントリが見つからない場合にこのエラーを返します。サードパーティ製のネットワークソフトウェアに付属していたプロバイダーを更新するか、削除してください。

WSAEPROVIDERFAILEDINIT = サービスプロバイダーを初期化できません。
    .detail = サービスプロバイダーを開始できませんでした。LoadLibrary による DLL の読み込みに失敗したか、その WSPStartup 関数または NSPStartup 関数がエラーを報告しました。該当するネットワークソフトウェアを再インストールするか、Winsock カタログをリセットする（netsh winsock reset）と、解決することがよくあります。

WSASYSCALLFAILURE = システムコールに失敗しました。
    .detail = 本来失敗するはずのないシステムコールが失敗しました。たとえば、WaitForMultipleObjects によるイベントの待機や、プロトコルカタログまたは名前空間カタログに対するレジストリ操作です。プロバイダーがより具体的なコードを示さずに失敗を報告した場合にも返され、そのプロバイダーのバグを示している可能性があります。

## サービスの検索（名前空間プロバイダー）

# WSA_E_NO_MORE（10110）と同じ状態を別の番号で表します。Windows Sockets 2 では「これ以上結果がない」ことを表すコードが競合する形で二つ定義されました。WSAENOMORE は古く、使用が推奨されないコードで、WSA_E_NO_MORE が WSALookupServiceNext の返す新しいコードです。プログラムはどちらも受け付ける必要があります。二つの訳は同一にしてください。
WSAENOMORE = これ以上結果はありません。
    .detail = このクエリについて、WSALookupServiceNext が返す結果はもうありません。これは検索が正常に終わったことを示します。検索を終了するには、WSALookupServiceEnd を呼び出してください。

# WSA_E_CANCELLED（10111）と同じ状態を別の番号で表し、WSAENOMORE / WSA_E_NO_MORE の組と並行して定義されました。WSAECANCELLED が古い形で、WSALookupServiceEnd が実行中の WSALookupServiceNext をキャンセルしたときに報告されるのは新しい WSA_E_CANCELLED です。二つの訳は同一にしてください。
WSAECANCELLED = 検索の呼び出しがキャンセルされました。
    .detail = WSALookupServiceNext の呼び出しがまだ実行中のときに WSALookupServiceEnd が呼び出されたため、その検索はキャンセルされました。検索を途中で終了した場合は、想定どおりの動作です。

WSASERVICE_NOT_FOUND = サービスが見つかりません。
    .detail = 検索した名前空間には、そのようなサービスは登録されていません。サービス名と、照会した名前空間が正しいかどうかを確認してください。

WSATYPE_NOT_FOUND = クラスの種類が見つかりません。
    .detail = 要求されたサービスクラスの種類が見つかりませんでした。そのクラスがインストールされ、登録されていることを確認してください。getaddrinfo も、要求されたソケットの種類でサービス名を使用できない場合に、同じコードを EAI_SERVICE として報告します。

# WSAENOMORE（10102）と同じ状態です。こちらが新しい番号で、WSALookupServiceNext が返し、名前空間プロバイダーが使用することになっているものです。Windows Sockets 2 で同じ状態に対して競合するコードが定義されたため番号が二つあり、古い方は段階的に廃止されつつあります。二つの訳は同一にしてください。
WSA_E_NO_MORE = これ以上結果はありません。
    .detail = このクエリについて、WSALookupServiceNext が返す結果はもうありません。これは検索が正常に終わったことを示します。検索を終了するには、WSALookupServiceEnd を呼び出してください。

# WSAECANCELLED（10103）と同じ状態です。こちらが新しい番号で、WSALookupServiceEnd が実行中の WSALookupServiceNext をキャンセルしたときに報告されます。古い番号は互換性のためだけに残されています。二つの訳は同一にしてください。
WSA_E_CANCELLED = 検索の呼び出しがキャンセルされました。
    .detail = WSALookupServiceNext の呼び出しがまだ実行中のときに WSALookupServiceEnd が呼び出されたため、その検索はキャンセルされました。検索を途中で終了した場合は、想定どおりの動作です。

WSAEREFUSED = データベースのクエリが拒否されました。
    .detail = 名前空間のデータベースがクエリを明示的に拒否しました。サーバーまたはプロバイダーがこの要求を許可していない可能性があります。アクセス許可とクエリの内容を確認してください。

## ホスト名の解決

WSAHOST_NOT_FOUND = ホストが見つかりません。
    .detail = その名前のホストは不明です。問い合わせたデータベースや DNS サーバーに、正式なホスト名としても別名としても登録されていません。名前のつづりと DNS の設定を確認してください。プロトコルやサービスの検索で返された場合は、そのデータベースに名前が見つからなかったことを意味します。

WSATRY_AGAIN = 名前検索に一時的に失敗しました（権限のないホストが見つかりません）。
    .detail = ローカルの DNS サーバーが、その名前について権限を持つサーバーから応答を得られなかったため、現時点では名前検索に失敗しました。通常は一時的な問題です。しばらくしてから再試行し、解決しない場合はネットワーク接続と DNS サーバーを確認してください。

# wsaerr-allow: glossary (en-US の hosts はここでは hosts ファイルのことで、ホストの意味ではありません)
WSANO_RECOVERY = 回復不能な名前検索エラーです。
    .detail = 検索に失敗しました。このエラーは再試行しても解決しません。ローカルのデータベースファイル（hosts、services、protocols）が存在しないか、DNS サーバーが重大なエラーを返した可能性があります。DNS の構成を確認してください。

WSANO_DATA = 名前は有効ですが、要求された種類のデータがありません。
    .detail = 名前は存在しますが、要求された種類のレコードがありません。たとえば、ホストにメール（MX）レコードはあってもアドレス（A または AAAA）レコードがない場合、その名前で直接到達することはできません。

WSA_SECURE_HOST_NOT_FOUND = 安全な名前検索でホストが見つかりません。
    .detail = DNSSEC による検証を必要とする検索など、安全な名前検索でホストが見つかりませんでした。名前が存在しないか、正しく署名されていない可能性があります。名前と DNS のセキュリティ設定を確認してください。

WSA_IPSEC_NAME_POLICY_ERROR = 名前ベースの IPsec ポリシーを追加できませんでした。
    .detail = ホスト名に基づく IPsec ポリシーを、システムが追加できませんでした。IPsec と接続セキュリティの規則、およびそれらの名前の設定を確認してください。

## イベントオブジェクトと重複 I/O

WSA_INVALID_HANDLE = 指定されたイベントオブジェクトのハンドルが無効です。
    .detail = プログラムが、既に閉じられたものなど、無効なイベントオブジェクトのハンドルを使用しました。そのハンドルが WSACreateEvent で作成されたもので、まだ閉じられていないことを確認してください。このコードは、Windows のエラーコード ERROR_INVALID_HANDLE（6）と同じ値です。

WSA_NOT_ENOUGH_MEMORY = メモリが不足しています。
    .detail = 基盤となる Windows 関数に依存している { -winsock }関数が、メモリ不足のために失敗しました。ほかのプログラムを閉じるかメモリを解放してから、再試行してください。このコードは、Windows のエラーコード ERROR_NOT_ENOUGH_MEMORY（8）と同じ値です。

WSA_INVALID_PARAMETER = 一つ以上のパラメーターが無効です。
    .detail = { -winsock }関数が引数を基盤となる Windows 関数に渡したところ、その関数が一つ以上の引数を受け付けませんでした。呼び出しのすべてのパラメーターを確認してください。このコードは、Windows のエラーコード ERROR_INVALID_PARAMETER（87）と同じ値です。

WSA_OPERATION_ABORTED = 重複操作が中止されました。
    .detail = ソケットが閉じられたか、WSAIoctl で SIO_FLUSH コマンドが発行されたため、重複操作が完了前にキャンセルされました。I/O が保留中のままプログラムがソケットを閉じた場合は、想定どおりの動作です。このコードは、Windows のエラーコード ERROR_OPERATION_ABORTED（995）と同じ値です。

WSA_IO_INCOMPLETE = 重複 I/O のイベントオブジェクトがシグナル状態ではありません。
    .detail = まだ完了していない重複操作の結果を、プログラムが要求しました。fWait フラグを FALSE にして WSAGetOverlappedResult でポーリングすると、操作が完了するまでこのコードが返されます。しばらく待ってから、もう一度結果を要求してください。このコードは、Windows のエラーコード ERROR_IO_INCOMPLETE（996）と同じ値です。

WSA_IO_PENDING = 重複操作は後で完了します。
    .detail = 重複操作が開始されましたが、すぐには完了できませんでした。これはエラーではありません。操作が完了すると、イベント、完了ルーチン、または I/O 完了ポート（IOCP）を通じてプログラムに通知され、その後 WSAGetOverlappedResult で結果を取得できます。このコードは、Windows のエラーコード ERROR_IO_PENDING（997）と同じ値です。

## サービス品質（QoS）

# QoS の状態コードです。RSVP の予約（RESV）メッセージが到着したことを表し、少なくとも一つの受信側が予約を求めています。RSVP は Resource Reservation Protocol（リソース予約プロトコル）です。
WSA_QOS_RECEIVERS = QoS の受信側が存在します。
    .detail = 受信側からの QoS 予約要求（RSVP の RESV メッセージ）が、少なくとも一つ到着しました。これはエラーではなく、状態の通知です。

# QoS の状態コードです。RSVP のパス（PATH）メッセージが到着したことを表し、少なくとも一つの送信側がトラフィックを通知しています。
WSA_QOS_SENDERS = QoS の送信側が存在します。
    .detail = 送信側からの QoS パスメッセージ（RSVP の PATH メッセージ）が、少なくとも一つ到着しました。これはエラーではなく、状態の通知です。

WSA_QOS_NO_SENDERS = QoS の送信側が存在しません。
    .detail = このフローの QoS 送信側はもう存在しません。これは状態の通知であり、それらの送信側に依存していた予約は適用されなくなります。

WSA_QOS_NO_RECEIVERS = QoS の受信側が存在しません。
    .detail = このフローの QoS 受信側はもう存在しません。これは状態の通知であり、送信側が維持すべき予約はなくなりました。

WSA_QOS_REQUEST_CONFIRMED = QoS 要求が確認されました。
    .detail = QoS 予約要求がネットワークによって確認されました。これは成功を知らせる通知です。

WSA_QOS_ADMISSION_FAILURE = QoS の受付制御エラーです。
    .detail = 経路上の帯域幅などのリソースが足りないため、QoS 要求を受け付けることができませんでした。要求する量を減らすか、しばらくしてから再試行してください。

WSA_QOS_POLICY_FAILURE = QoS ポリシーエラーです。
    .detail = 現在のポリシーでは要求されたリソースを許可できないとポリシーシステムが判断したため、QoS 要求は拒否されました。QoS ポリシーを確認するか、管理者に問い合わせてください。

# ここでいう「スタイル」は RSVP の予約スタイル（フィルターを送信側どうしでどのように共有するか）です。
WSA_QOS_BAD_STYLE = QoS のスタイルが正しくありません。
    .detail = 不明または競合する QoS 予約スタイルが見つかりました。要求で指定した予約スタイルを確認してください。

# 「filterspec」は、予約の対象となるパケットを選択する RSVP のフィルター仕様です。
WSA_QOS_BAD_OBJECT = QoS オブジェクトが正しくありません。
    .detail = FILTERSPEC、またはプロバイダー固有バッファー全般に問題があります。呼び出しに渡した QoS 構造体を確認してください。

WSA_QOS_TRAFFIC_CTRL_ERROR = QoS のトラフィック制御エラーです。
    .detail = 汎用の QoS 要求をローカルに適用している間に、基盤となるトラフィック制御（TC）インターフェイスが失敗しました。原因には、メモリ不足や QoS プロバイダー内部のエラーなどがあります。

WSA_QOS_GENERIC_ERROR = QoS の一般エラーです。
    .detail = より具体的なコードのない、一般的な QoS エラーが発生しました。QoS 要求とプロバイダーの状態を確認してください。

# 「flowspec」（FLOWSPEC）は、フローのトラフィックと、そのフローが要求するサービスの種類を記述する構造体です。
WSA_QOS_ESERVICETYPE = QoS のサービスの種類が正しくありません。
    .detail = FLOWSPEC に、無効または認識されないサービスの種類が含まれています。SERVICETYPE_GUARANTEED や SERVICETYPE_CONTROLLEDLOAD など、定義済みのサービスの種類のいずれかを使用してください。

WSA_QOS_EFLOWSPEC = QoS のフロー仕様エラーです。
    .detail = QOS 構造体内の FLOWSPEC が無効であるか、矛盾しています。そのレート、サイズ、サービスの種類を確認してください。

WSA_QOS_EPROVSPECBUF = QoS プロバイダーのバッファーが無効です。
    .detail = QoS 要求とともに渡されたプロバイダー固有バッファー（ProviderSpecific）が無効です。そのサイズと内容を確認してください。

WSA_QOS_EFILTERSTYLE = QoS のフィルタースタイルが無効です。
    .detail = 指定された QoS フィルタースタイルは無効です。サポートされているフィルタースタイルを使用してください。

WSA_QOS_EFILTERTYPE = QoS のフィルターの種類が無効です。
    .detail = 指定された QoS フィルターの種類は無効です。サポートされているフィルターの種類を使用してください。

WSA_QOS_EFILTERCOUNT = QoS のフィルター数が正しくありません。
    .detail = FLOWDESCRIPTOR に指定された FILTERSPEC エントリの数が正しくありません。実際に渡したフィルターの数と一致させてください。

WSA_QOS_EOBJLENGTH = QoS オブジェクトの長さが無効です。
    .detail = QoS のプロバイダー固有バッファー内にあるオブジェクトの ObjectLength フィールドが無効です。バッファー内の各オブジェクトの長さを確認してください。

WSA_QOS_EFLOWCOUNT = QoS のフロー数が正しくありません。
    .detail = QOS 構造体に指定されたフロー記述子の数が正しくありません。実際に渡した記述子の数と一致させてください。

WSA_QOS_EUNKOWNPSOBJ = 認識できない QoS オブジェクトです。
    .detail = QoS のプロバイダー固有バッファーに、プロバイダーが認識できない種類のオブジェクトが含まれています。そのオブジェクトを削除するか、サポートされている種類のオブジェクトを使用してください。

WSA_QOS_EPOLICYOBJ = QoS ポリシーオブジェクトが無効です。
    .detail = QoS のプロバイダー固有バッファーに、無効なポリシーオブジェクトが含まれています。バッファー内のポリシーデータを確認してください。

WSA_QOS_EFLOWDESC = QoS フロー記述子が無効です。
    .detail = フロー記述子の一覧にあるエントリのいずれかが無効です。要求内の各フロー記述子（FLOWDESCRIPTOR）を確認してください。

WSA_QOS_EPSFLOWSPEC = QoS のプロバイダー固有のフロー仕様が無効です。
    .detail = QoS のプロバイダー固有バッファーに、無効または矛盾した FLOWSPEC が含まれています。バッファー内のフロー仕様を確認してください。

WSA_QOS_EPSFILTERSPEC = QoS のプロバイダー固有のフィルター仕様が無効です。
    .detail = QoS のプロバイダー固有バッファーに、無効な FILTERSPEC が含まれています。バッファー内のフィルター仕様を確認してください。

# 「シェープ破棄モード」は、フローの制限を超えたパケットをトラフィックシェーパーがどう扱うか（遅延させる、破棄するなど）を指定します。
WSA_QOS_ESDMODEOBJ = QoS のシェープ破棄モードオブジェクトが無効です。
    .detail = QoS のプロバイダー固有バッファーに、無効なシェープ破棄モードオブジェクト（QOS_SD_MODE）が含まれています。そのオブジェクトのモード値を確認してください。

# 「シェーピングレート」は、トラフィックシェーパーがフローのパケットを送り出す速度です。
WSA_QOS_ESHAPERATEOBJ = QoS のシェーピングレートオブジェクトが無効です。
    .detail = QoS のプロバイダー固有バッファーに、無効なシェーピングレートオブジェクト（QOS_SHAPING_RATE）が含まれています。そのオブジェクトに指定されたレートを確認してください。

# 予約済み、つまりプログラムが使用することを想定していないポリシー要素の種類です。
WSA_QOS_RESERVED_PETYPE = 予約済みの QoS ポリシー要素の種類です。
    .detail = QoS のプロバイダー固有バッファーに、予約済みの種類のポリシー要素が含まれています。その要素を削除するか、使用が許可されているポリシー要素の種類を使用してください。

## ページや一覧で使うラベル：コードのグループ名、ページの見出し、フィルターまわりの文言

group-socket = ソケット操作
group-unix-compat = Unix 互換
group-startup = 起動とサービスプロバイダー
group-service-lookup = サービスの検索
group-name-resolution = 名前解決
group-overlapped = 重複 I/O とイベント
group-qos = サービス品質（QoS）
page-heading = Winsock エラーコード
page-languages = ほかの言語
page-filter = 番号、名前、語句で絞り込む
page-query-too-long = 検索語が長すぎます。
table-name = 名前
table-number = 番号
# wsaerr-allow: identifier-added (the 16 of "hexadecimal", as the language writes it)
table-hex = 16 進数
table-group = グループ
table-title = タイトル
table-detail = 説明
