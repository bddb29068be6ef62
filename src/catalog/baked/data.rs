//! Generated from `locales/` by `cargo run -p wsaerr-tools --example bake`: do not edit.
//! Each locale's texts as readers see them, by `Code::ALL` and
//! `Label::ALL`; `own` marks text that is the locale's own.

use super::{label, own, BakedEntry, BakedLabel, BakedLocale};

pub(crate) static LOCALES: &[BakedLocale] = &[
    BakedLocale { tag: "ar-SA", entries: AR_SA, labels: AR_SA_LABELS },
    BakedLocale { tag: "de-DE", entries: DE_DE, labels: DE_DE_LABELS },
    BakedLocale { tag: "en-US", entries: EN_US, labels: EN_US_LABELS },
    BakedLocale { tag: "es-ES", entries: ES_ES, labels: ES_ES_LABELS },
    BakedLocale { tag: "fr-FR", entries: FR_FR, labels: FR_FR_LABELS },
    BakedLocale { tag: "ja-JP", entries: JA_JP, labels: JA_JP_LABELS },
    BakedLocale { tag: "ko-KR", entries: KO_KR, labels: KO_KR_LABELS },
    BakedLocale { tag: "pt-BR", entries: PT_BR, labels: PT_BR_LABELS },
    BakedLocale { tag: "ru-RU", entries: RU_RU, labels: RU_RU_LABELS },
    BakedLocale { tag: "tr-TR", entries: TR_TR, labels: TR_TR_LABELS },
    BakedLocale { tag: "zh-CN", entries: ZH_CN, labels: ZH_CN_LABELS },
    BakedLocale { tag: "zh-TW", entries: ZH_TW, labels: ZH_TW_LABELS },
];

static AR_SA: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("مؤشر كائن الحدث المحدد غير صالح.", "استخدم البرنامج مؤشرًا غير صالح لكائن الحدث، كمؤشر أُغلق بالفعل. تحقق من أن المؤشر صادر عن WSACreateEvent وأنه لا يزال مفتوحًا. ويحمل هذا الرمز القيمة نفسها التي يحملها الخطأ ERROR_INVALID_HANDLE (6) في Windows."),
    // WSA_NOT_ENOUGH_MEMORY
    own("الذاكرة المتاحة غير كافية.", "فشلت إحدى دوال Windows Sockets التي تعتمد على دالة Windows أساسية بسبب عدم توفر ذاكرة كافية. أغلق البرامج الأخرى أو حرر بعض الذاكرة، ثم أعد المحاولة. ويحمل هذا الرمز القيمة نفسها التي يحملها الخطأ ERROR_NOT_ENOUGH_MEMORY (8) في Windows."),
    // WSA_INVALID_PARAMETER
    own("معلمة واحدة أو أكثر غير صالحة.", "مررت إحدى دوال Windows Sockets وسيطاتها إلى دالة Windows أساسية، فرفضت تلك الدالة واحدة منها أو أكثر. تحقق من جميع معلمات الاستدعاء. ويحمل هذا الرمز القيمة نفسها التي يحملها الخطأ ERROR_INVALID_PARAMETER (87) في Windows."),
    // WSA_OPERATION_ABORTED
    own("تم إلغاء العملية المتداخلة.", "تم إلغاء عملية متداخلة قبل اكتمالها، لأن مأخذ التوصيل أُغلق أو لأن الأمر SIO_FLUSH صدر عبر WSAIoctl. وهذا متوقع عندما يغلق برنامج مأخذ توصيل لا تزال عليه عمليات إدخال/إخراج معلقة؛ ويحمل هذا الرمز القيمة نفسها التي يحملها الخطأ ERROR_OPERATION_ABORTED (995) في Windows."),
    // WSA_IO_INCOMPLETE
    own("كائن الحدث للإدخال/الإخراج المتداخل ليس في حالة الإشارة.", "طلب البرنامج نتيجة عملية متداخلة لم تكتمل بعد. ويُرجع الاستقصاء باستخدام WSAGetOverlappedResult مع تعيين العلامة fWait إلى FALSE هذا الخطأ إلى أن تكتمل العملية؛ انتظر ثم اطلب النتيجة مرة أخرى. ويحمل هذا الرمز القيمة نفسها التي يحملها الخطأ ERROR_IO_INCOMPLETE (996) في Windows."),
    // WSA_IO_PENDING
    own("ستكتمل العملية المتداخلة لاحقًا.", "بدأت عملية متداخلة ولم يكن بالإمكان إكمالها على الفور. وهذا ليس فشلًا: سيتم إعلام البرنامج عند انتهائها عبر الحدث أو روتين الإكمال أو منفذ إكمال الإدخال/الإخراج (IOCP) الخاص به، ثم تُعطي WSAGetOverlappedResult النتيجة. ويحمل هذا الرمز القيمة نفسها التي يحملها الخطأ ERROR_IO_PENDING (997) في Windows."),
    // WSAEINTR
    own("تمت مقاطعة استدعاء الدالة.", "تمت مقاطعة استدعاء حاجب قبل اكتماله، والسبب التقليدي لذلك هو WSACancelBlockingCall، وهي من بقايا Windows Sockets 1.1 ولا ينبغي لأي برنامج حديث يعتمد على Winsock 2 أن يستخدمها. ويؤدي إغلاق مأخذ التوصيل باستخدام closesocket من مؤشر ترابط آخر أثناء انتظار استدعاء عليه إلى النتيجة نفسها؛ أعد محاولة الاستدعاء إذا لم تكن المقاطعة مقصودة."),
    // WSAEBADF
    own("مؤشر ملف غير صالح.", "مؤشر الملف أو مأخذ التوصيل المحدد غير صالح. تأكد من أن المؤشر مفتوح ولم يُغلق من قبل."),
    // WSAEACCES
    own("تم رفض الإذن.", "استُخدم مأخذ التوصيل بطريقة لا تسمح بها حقوق الوصول الخاصة به. ومن الأسباب الشائعة استدعاء sendto مع عنوان بث دون تمكين SO_BROADCAST أولًا باستخدام setsockopt، أو استدعاء bind على عنوان ومنفذ استحوذ عليهما برنامج أو خدمة أو برنامج تشغيل آخر بشكل حصري باستخدام SO_EXCLUSIVEADDRUSE؛ وقد يحظر جدار حماية أو أحد منتجات الأمان الوصول أيضًا."),
    // WSAEFAULT
    own("عنوان غير صالح.", "إما أن أحد المؤشرات التي تم تمريرها إلى دالة مأخذ توصيل لا يشير إلى ذاكرة صالحة، وإما أن وسيطة مخزن مؤقت أو وسيطة طول أصغر من اللازم. تحقق من كل وسيطة مؤشر، وتأكد من أن قيم الطول تطابق الحجم الفعلي للمخزن المؤقت؛ فعلى سبيل المثال، يجب ألا يقل طول بنية sockaddr عن sizeof(sockaddr)."),
    // WSAEINVAL
    own("وسيطة غير صالحة.", "إحدى الوسيطات غير صالحة، مثل تمرير مستوى غير معروف إلى setsockopt. ويُرجَع هذا الخطأ أيضًا عندما لا يتوافق الاستدعاء مع الحالة الراهنة لمأخذ التوصيل، كاستدعاء accept على مأخذ توصيل لم يُستدعَ عليه listen."),
    // WSAEMFILE
    own("يوجد عدد كبير جدًا من مآخذ التوصيل المفتوحة.", "لم تعد هناك مؤشرات مآخذ توصيل متاحة لهذا البرنامج. وقد ينطبق الحد على النظام بأكمله أو على العملية أو على مؤشر الترابط؛ أغلق مآخذ التوصيل التي لم تعد بحاجة إليها، وابحث عن أي تسرب في المؤشرات."),
    // WSAEWOULDBLOCK
    own("المورد غير متاح مؤقتًا.", "تعذر على مأخذ توصيل غير حاجب إنهاء العملية على الفور، كاستدعاء recv دون وجود بيانات في الانتظار بعد. وهذا ليس فشلًا حقيقيًا: انتظر حتى يصبح مأخذ التوصيل جاهزًا (باستخدام select أو WSAPoll أو حدث) ثم أعد المحاولة؛ ومن المعتاد أن يُبلغ استدعاء connect على مأخذ توصيل SOCK_STREAM غير حاجب عن هذا الخطأ أثناء إعداد الاتصال."),
    // WSAEINPROGRESS
    own("توجد عملية حاجبة قيد التشغيل بالفعل.", "لا يسمح Windows Sockets إلا باستدعاء حاجب واحد في كل مرة لكل مهمة أو مؤشر ترابط، وقد أُجري استدعاء آخر بينما كان استدعاء سابق لا يزال معلقًا. ويحدث هذا في الغالب مع البرامج القديمة المكتوبة على نمط Windows Sockets 1.1؛ تأكد من عودة الاستدعاء الحاجب السابق قبل إجراء استدعاء جديد."),
    // WSAEALREADY
    own("توجد عملية قيد التنفيذ بالفعل على مأخذ التوصيل غير الحاجب هذا.", "طُلبت عملية على مأخذ توصيل غير حاجب لا يزال منشغلًا بعملية من النوع نفسه، مثل استدعاء connect ثانٍ بينما لا يزال الأول قيد الاتصال. ويُرجَع هذا الخطأ أيضًا عند إلغاء طلب غير متزامن (إحدى دوال WSAAsyncGetXbyY) سبق أن اكتمل أو أُلغي."),
    // WSAENOTSOCK
    own("عملية مأخذ توصيل على عنصر ليس مأخذ توصيل.", "المؤشر الذي تم تمريره إلى الدالة ليس مأخذ توصيل صالحًا. فربما لم يكن مأخذ توصيل قط، أو ربما أُغلق بالفعل، أو، في حالة select، فإن أحد الإدخالات في fd_set ليس مأخذ توصيل صالحًا."),
    // WSAEDESTADDRREQ
    own("يلزم عنوان الوجهة.", "تتطلب العملية عنوان وجهة، ولكن لم يتم تحديد أي عنوان. على سبيل المثال، تم استدعاء sendto مع ADDR_ANY بوصفه العنوان البعيد؛ حدد العنوان الفعلي للنظير."),
    // WSAEMSGSIZE
    own("الرسالة طويلة جدًا.", "تجاوز حجم مخطط بيانات ما يستطيع البروتوكول أو الشبكة نقله، أو كان المخزن المؤقت للاستلام أصغر من مخطط البيانات الوارد، وفي هذه الحالة تم اقتطاع مخطط البيانات. أرسل رسائل أصغر أو استخدم مخزنًا مؤقتًا أكبر للاستلام."),
    // WSAEPROTOTYPE
    own("نوع البروتوكول غير صحيح لمأخذ التوصيل.", "البروتوكول المحدد للدالة socket لا يتوافق مع نوع مأخذ التوصيل المطلوب. على سبيل المثال، لا يمكن استخدام UDP مع مأخذ توصيل من النوع SOCK_STREAM؛ اختر بروتوكولًا يطابق النوع، أو مرر القيمة 0 ليختار النظام."),
    // WSAENOPROTOOPT
    own("خيار بروتوكول غير صالح.", "الخيار أو المستوى المحدد في استدعاء getsockopt أو setsockopt غير معروف أو غير صالح أو غير مدعوم في هذا البروتوكول. تحقق من أن الخيار ينتمي إلى المستوى الصحيح (مثل SOL_SOCKET أو IPPROTO_TCP) ومن أن نوع مأخذ التوصيل يدعمه."),
    // WSAEPROTONOSUPPORT
    own("البروتوكول غير مدعوم.", "البروتوكول المطلوب غير مثبت على هذا النظام أو ليس له تنفيذ. ويحدث ذلك أيضًا عندما يتعارض البروتوكول مع نوع مأخذ التوصيل، كطلب مأخذ توصيل من النوع SOCK_DGRAM مع بروتوكول دفق."),
    // WSAESOCKTNOSUPPORT
    own("نوع مأخذ التوصيل غير مدعوم.", "لا تدعم عائلة العناوين هذه نوع مأخذ التوصيل المطلوب. على سبيل المثال، قد لا يوفر التنفيذ مآخذ توصيل من النوع SOCK_RAW على الإطلاق، أو قد يتطلب حقوق المسؤول لإنشائها."),
    // WSAEOPNOTSUPP
    own("العملية غير مدعومة.", "العملية المطلوبة غير مدعومة في هذا النوع من مآخذ التوصيل أو الكائنات. ومن الحالات النموذجية استدعاء accept أو listen على مأخذ توصيل مخطط بيانات، إذ لا توجد فيه اتصالات لقبولها."),
    // WSAEPFNOSUPPORT
    own("عائلة البروتوكولات غير مدعومة.", "عائلة البروتوكولات المطلوبة غير مكوّنة على هذا النظام أو ليس لها تنفيذ. وفي الواقع العملي، تُبلغ دوال Windows Sockets عادةً عن WSAEAFNOSUPPORT في الحالة نفسها."),
    // WSAEAFNOSUPPORT
    own("عائلة العناوين غير مدعومة من عائلة البروتوكولات.", "تم استخدام عنوان من عائلة لا يدعمها البروتوكول. ومن الأسباب النموذجية أن يُطلب من الدالة socket بروتوكول لا ينتمي إلى عائلة العناوين، أو أن يُمرَّر عنوان IPv6 إلى مأخذ توصيل AF_INET (أو العكس) في استدعاءات مثل sendto أو connect."),
    // WSAEADDRINUSE
    own("العنوان قيد الاستخدام بالفعل.", "يوجد مأخذ توصيل آخر مرتبط بالفعل بهذا العنوان والمنفذ، وربما لا يزال قيد الإغلاق أو لم يُغلق بشكل صحيح. أوقف البرنامج الآخر أو اختر منفذًا آخر؛ ويمكن للخوادم التي تحتاج فعلًا إلى مشاركة منفذ أن تعيّن SO_REUSEADDR، أما العملاء فلا يحتاجون عادةً إلى استدعاء bind على الإطلاق. وعند تمرير عنوان بدل (ADDR_ANY) إلى bind، قد لا يظهر الخطأ إلا عند تثبيت العنوان فعليًا، أي عند استدعاء connect أو listen أو WSAConnect أو WSAJoinLeaf لاحقًا."),
    // WSAEADDRNOTAVAIL
    own("تعذر تعيين العنوان المطلوب.", "العنوان غير صالح في هذا السياق. وفي الغالب، تم تمرير عنوان IP لا ينتمي إلى هذا الكمبيوتر إلى bind، أو تم تمرير عنوان بعيد أو منفذ لا يمكن استخدامه إلى connect أو sendto، مثل المنفذ 0 أو العنوان 0.0.0.0."),
    // WSAENETDOWN
    own("الشبكة معطلة.", "تعطل النظام الفرعي للشبكة أو محول الشبكة أو الشبكة المحلية. تحقق من اتصال الشبكة ومن المحول، وأعد تشغيل مكدس الشبكة أو الكمبيوتر إذا استمرت المشكلة."),
    // WSAENETUNREACH
    own("يتعذر الوصول إلى الشبكة.", "لا يملك النظام المحلي مسارًا إلى شبكة الوجهة. تحقق من اتصال الشبكة والبوابة الافتراضية وجدول التوجيه، ومن صحة العنوان."),
    // WSAENETRESET
    own("قطعت الشبكة الاتصال عند إعادة التعيين.", "تم قطع الاتصال لأن رسائل فحص إبقاء الاتصال نشطًا اكتشفت أن الطرف الآخر أو المسار إليه قد تعطل أثناء تنفيذ عملية. وقد تُرجع setsockopt هذا الخطأ أيضًا عند تمكين SO_KEEPALIVE على اتصال فشل بالفعل؛ أعد الاتصال للمتابعة."),
    // WSAECONNABORTED
    own("تسببت البرامج في قطع الاتصال.", "أغلقت البرامج الموجودة على هذا الكمبيوتر الاتصال، وغالبًا ما يحدث ذلك بعد انتهاء مهلة نقل البيانات أو وقوع خطأ في البروتوكول. وقد تتسبب في ذلك أيضًا جدران الحماية أو منتجات مكافحة الفيروسات أو برامج VPN التي تقطع الاتصالات؛ أعد الاتصال، وتحقق من هذه البرامج إذا تكرر حدوث ذلك."),
    // WSAECONNRESET
    own("أعاد النظير تعيين الاتصال.", "أغلق المضيف البعيد الاتصال فجأة. فربما تعطل البرنامج على الطرف الآخر أو تم إيقافه، أو ربما أُعيد تشغيل المضيف البعيد أو انقطع عن الشبكة، أو ربما أغلق مأخذ التوصيل بإعادة تعيين قسرية (تمكين SO_LINGER مع مهلة 0)؛ أعد الاتصال وتحقق من الطرف البعيد."),
    // WSAENOBUFS
    own("لا تتوفر مساحة في المخزن المؤقت.", "نفدت مساحة المخزن المؤقت في النظام أو امتلأت إحدى قوائم الانتظار، لذا تعذر تنفيذ العملية. ويشير ذلك غالبًا إلى كثرة الاتصالات المفتوحة أو نفاد الذاكرة أو عدم توفر أي منفذ مؤقت حر؛ أغلق مآخذ التوصيل غير المستخدمة وأعد المحاولة لاحقًا."),
    // WSAEISCONN
    own("مأخذ التوصيل متصل بالفعل.", "تم استدعاء connect على مأخذ توصيل لديه اتصال بالفعل. وتُرجع بعض عمليات التنفيذ هذا الخطأ أيضًا عند استخدام sendto مع عنوان صريح على مأخذ توصيل SOCK_DGRAM متصل."),
    // WSAENOTCONN
    own("مأخذ التوصيل غير متصل.", "مأخذ التوصيل غير متصل، لذا لا يمكن إرسال البيانات أو استلامها عليه، ولم يتم تحديد عنوان وجهة (كما تسمح بذلك الدالة sendto على مأخذ توصيل مخطط بيانات). وقد تُرجع استدعاءات أخرى هذا الخطأ أيضًا، مثل تعيين SO_KEEPALIVE على اتصال تمت إعادة تعيينه؛ أنشئ الاتصال أولًا."),
    // WSAESHUTDOWN
    own("لا يمكن الإرسال بعد إيقاف تشغيل مأخذ التوصيل.", "تم رفض الإرسال أو الاستلام لأن هذا الاتجاه من مأخذ التوصيل أُغلق بالفعل باستدعاء shutdown سابق. وبمجرد إيقاف اتجاه ما، لا يمكن استخدامه مرة أخرى على مأخذ التوصيل هذا."),
    // WSAETOOMANYREFS
    own("عدد كبير جدًا من المراجع.", "يوجد عدد كبير جدًا من المراجع إلى أحد كائنات النواة. حرر الكائنات التي لم تعد بحاجة إليها وأعد المحاولة."),
    // WSAETIMEDOUT
    own("انتهت مهلة الاتصال.", "لم يستجب الطرف الآخر في الوقت المحدد، سواء أثناء إعداد الاتصال أو على اتصال قائم. فربما يكون المضيف البعيد غير متصل بالشبكة أو محملًا فوق طاقته، أو ربما يتجاهل جدار حماية حركة المرور دون أي إشعار؛ تحقق من العنوان والمنفذ وإعدادات جدار الحماية."),
    // WSAECONNREFUSED
    own("تم رفض الاتصال.", "رفض الكمبيوتر الهدف الاتصال بشكل صريح. وعادةً لا يكون هناك أي برنامج يستمع على ذلك المنفذ، أو تكون الخدمة متوقفة، أو يرفض جدار حماية الاتصال؛ تحقق من العنوان ورقم المنفذ ومن أن الخادم قيد التشغيل."),
    // WSAELOOP
    own("تعذرت ترجمة الاسم.", "تعذرت ترجمة اسم ما، على سبيل المثال لأن تحليله دخل في حلقة. تحقق من عدم وجود أخطاء في الاسم."),
    // WSAENAMETOOLONG
    own("الاسم طويل جدًا.", "يتجاوز اسم ما، أو أحد أجزائه، الطول المسموح به. استخدم اسمًا أقصر."),
    // WSAEHOSTDOWN
    own("المضيف معطل.", "فشلت العملية لأن مضيف الوجهة يبدو معطلًا. وعادةً ما يُبلغ Windows عن هذه الحالة بالخطأ WSAETIMEDOUT بدلًا من ذلك؛ تحقق من أن الكمبيوتر البعيد قيد التشغيل ومتصل بالشبكة."),
    // WSAEHOSTUNREACH
    own("لا يوجد مسار إلى المضيف.", "يتعذر الوصول إلى مضيف الوجهة من هذا الكمبيوتر، لأنه لا يوجد مسار يؤدي إليه. تحقق من العنوان واتصال الشبكة وإعدادات التوجيه أو البوابة."),
    // WSAENOTEMPTY
    own("الدليل ليس فارغًا.", "تعذرت إزالة دليل لأنه لا يزال يحتوي على إدخالات. أفرغه أولًا."),
    // WSAEPROCLIM
    own("عدد كبير جدًا من العمليات.", "يفرض تنفيذ Windows Sockets حدًا على عدد البرامج التي يمكنها استخدامه في الوقت نفسه، وقد تم بلوغ هذا الحد، لذا قد تفشل الدالة WSAStartup بهذا الخطأ. أغلق البرامج الأخرى التي تستخدم الشبكة وأعد المحاولة."),
    // WSAEUSERS
    own("تم تجاوز الحصة النسبية للمستخدمين.", "نفدت الحصة النسبية للمستخدمين أو لموارد المستخدمين. حرر بعض الموارد أو اطلب من المسؤول رفع الحد."),
    // WSAEDQUOT
    own("تم تجاوز الحصة النسبية للقرص.", "تم استنفاد الحصة النسبية لمساحة القرص. حرر بعض المساحة أو اطلب من المسؤول زيادة الحصة النسبية."),
    // WSAESTALE
    own("مرجع قديم لمؤشر ملف.", "يشير مؤشر الملف إلى شيء لم يعد متاحًا. افتح العنصر مرة أخرى للحصول على مؤشر جديد."),
    // WSAEREMOTE
    own("العنصر بعيد.", "العنصر غير متاح محليًا لأنه موجود على نظام بعيد. قم بالوصول إليه من خلال النظام البعيد بدلًا من ذلك."),
    // WSASYSNOTREADY
    own("النظام الفرعي للشبكة غير متاح.", "فشلت الدالة WSAStartup لأن نظام الشبكة الأساسي الذي يعتمد عليه Windows Sockets ليس جاهزًا حاليًا. تحقق من وجود ملف Ws2_32.dll الصحيح في مكانه ومن عدم العثور على ملف Winsock DLL آخر قبله في مسار البحث، ومن أن مكونات الشبكة مثبتة ومكوّنة، ومن أن النظام لم يعد في مرحلة بدء التشغيل."),
    // WSAVERNOTSUPPORTED
    own("إصدار Winsock غير مدعوم.", "لا يدعم تنفيذ Windows Sockets المثبت الإصدار الذي طلبه البرنامج في WSAStartup. تأكد من أن البرنامج يطلب إصدارًا مدعومًا (2.2 عادةً) ومن أنه لا يتم تحميل ملف Winsock DLL قديم بدلًا من ملف النظام."),
    // WSANOTINITIALISED
    own("لم يتم استدعاء WSAStartup بنجاح.", "تم استخدام دالة مأخذ توصيل قبل استدعاء WSAStartup بنجاح، أو بعد استدعاء WSACleanup بعدد مرات مساوٍ لاستدعاءات WSAStartup. استدعِ WSAStartup أولًا وتحقق من نتيجته؛ وتأكد أيضًا من عدم مشاركة مآخذ التوصيل مع مهمة لم تقم بتهيئة Windows Sockets مطلقًا."),
    // WSAEDISCON
    own("جارٍ إغلاق الاتصال بشكل منظم.", "تُبلغ الدالة WSARecv أو WSARecvFrom بأن الطرف البعيد بدأ إغلاقًا منظمًا للاتصال. لن تصل أي بيانات أخرى؛ أكمل المعالجة ثم أغلق مأخذ التوصيل."),
    // WSAENOMORE
    own("لا توجد نتائج أخرى.", "لم يعد لدى WSALookupServiceNext نتائج أخرى تُرجعها لهذا الاستعلام. ويمثل ذلك النهاية العادية للبحث؛ استدعِ WSALookupServiceEnd لإنهائه."),
    // WSAECANCELLED
    own("تم إلغاء استدعاء البحث.", "تم استدعاء WSALookupServiceEnd بينما كان استدعاء WSALookupServiceNext لا يزال قيد التشغيل، لذا تم إلغاء عملية البحث تلك. وهذا متوقع عند إنهاء البحث مبكرًا."),
    // WSAEINVALIDPROCTABLE
    own("جدول إجراءات غير صالح من موفر الخدمة.", "سلّم أحد موفري خدمة Windows Sockets إلى Ws2_32.dll جدول إجراءات غير صالح، ويرجع ذلك عادةً إلى أن بعض مؤشرات الدوال فيه تساوي NULL. أعد تثبيت موفر الخدمة الطبقي (LSP) المعيب أو برنامج الشبكة المعيب، أو قم بإزالته."),
    // WSAEINVALIDPROVIDER
    own("رقم إصدار موفر الخدمة غير صالح.", "أبلغ أحد موفري خدمة Windows Sockets عن إصدار غير الإصدار 2.0، وهو ما لا يقبله النظام؛ وتُرجع الدالتان WSCGetProviderInfo و WSCGetProviderInfo32 هذا الخطأ أيضًا عندما يتعذر العثور على إدخال البروتوكول المطلوب الاستعلام عنه. حدّث الموفر المرفق ببرنامج شبكة تابع لجهة خارجية أو قم بإزالته."),
    // WSAEPROVIDERFAILEDINIT
    own("تعذرت تهيئة موفر الخدمة.", "تعذر بدء تشغيل موفر خدمة: فإما أن تحميل ملف DLL الخاص به باستخدام LoadLibrary قد فشل، وإما أن الدالة WSPStartup أو NSPStartup الخاصة به أبلغت عن خطأ. وغالبًا ما تفيد إعادة تثبيت برنامج الشبكة المتأثر أو إعادة تعيين كتالوج Winsock (netsh winsock reset)."),
    // WSASYSCALLFAILURE
    own("فشل استدعاء النظام.", "فشل استدعاء نظام لا يُفترض أن يفشل أبدًا، مثل انتظار الأحداث باستخدام WaitForMultipleObjects، أو عملية في السجل تخص كتالوج البروتوكولات أو كتالوج مساحة الاسم. ويُرجَع هذا الخطأ أيضًا عندما يُبلغ موفر عن فشل دون رمز أكثر تحديدًا، وهو ما قد يشير إلى وجود خلل في ذلك الموفر."),
    // WSASERVICE_NOT_FOUND
    own("لم يتم العثور على الخدمة.", "هذه الخدمة غير معروفة في مساحة الاسم التي جرى البحث فيها. تحقق من اسم الخدمة ومن أن الاستعلام أُجري في مساحة الاسم الصحيحة."),
    // WSATYPE_NOT_FOUND
    own("لم يتم العثور على نوع الفئة.", "تعذر العثور على نوع فئة الخدمة المطلوب. تحقق من أن الفئة مثبتة ومسجلة؛ وتُبلغ الدالة getaddrinfo عن الرمز نفسه باسم EAI_SERVICE عندما يتعذر استخدام اسم الخدمة مع نوع مأخذ التوصيل المطلوب."),
    // WSA_E_NO_MORE
    own("لا توجد نتائج أخرى.", "لم يعد لدى WSALookupServiceNext نتائج أخرى تُرجعها لهذا الاستعلام. ويمثل ذلك النهاية العادية للبحث؛ استدعِ WSALookupServiceEnd لإنهائه."),
    // WSA_E_CANCELLED
    own("تم إلغاء استدعاء البحث.", "تم استدعاء WSALookupServiceEnd بينما كان استدعاء WSALookupServiceNext لا يزال قيد التشغيل، لذا تم إلغاء عملية البحث تلك. وهذا متوقع عند إنهاء البحث مبكرًا."),
    // WSAEREFUSED
    own("تم رفض استعلام قاعدة البيانات.", "رفضت قاعدة بيانات مساحة الاسم الاستعلام بشكل صريح. فربما لا يسمح الخادم أو الموفر بهذا الطلب؛ تحقق من الأذونات ومن الاستعلام نفسه."),
    // WSAHOST_NOT_FOUND
    own("لم يتم العثور على المضيف.", "لا يوجد مضيف معروف بهذا الاسم: فهو ليس اسم مضيف رسميًا ولا اسمًا مستعارًا في قواعد البيانات أو خوادم DNS التي تم الاستعلام منها. تحقق من كتابة الاسم بشكل صحيح ومن إعدادات DNS لديك؛ وفي عمليات البحث عن البروتوكولات أو الخدمات، يعني ذلك أن الاسم لم يُعثر عليه في قاعدة البيانات تلك."),
    // WSATRY_AGAIN
    own("فشل مؤقت في البحث عن الاسم (لم يتم العثور على المضيف وفق إجابة غير مخوّلة).", "فشل البحث عن الاسم في الوقت الحالي لأن خادم DNS المحلي لم يتلق إجابة من خادم مخوّل لهذا الاسم. وعادةً ما يكون ذلك مؤقتًا؛ أعد المحاولة لاحقًا، وتحقق من اتصال الشبكة ومن خادم DNS إذا استمرت المشكلة."),
    // WSANO_RECOVERY
    own("خطأ غير قابل للاسترداد في البحث عن الاسم.", "فشل البحث بخطأ لن تصلحه إعادة المحاولة. فربما تكون ملفات قاعدة البيانات المحلية (hosts، services، protocols) مفقودة، أو ربما أجاب خادم DNS بخطأ خطير؛ تحقق من تكوين DNS."),
    // WSANO_DATA
    own("الاسم صالح، ولكن لا توجد بيانات من النوع المطلوب.", "الاسم موجود ولكن ليس له سجل من النوع المطلوب. على سبيل المثال، قد يكون لمضيف سجل بريد (MX) دون سجل عنوان (A أو AAAA)، لذا لا يمكن الوصول إليه مباشرةً بذلك الاسم."),
    // WSA_QOS_RECEIVERS
    own("مستقبلو QoS.", "وصل طلب حجز QoS واحد على الأقل (رسالة RSVP RESV) من أحد المستقبلين. وهذا تقرير عن الحالة وليس فشلًا."),
    // WSA_QOS_SENDERS
    own("مرسلو QoS.", "وصلت رسالة مسار QoS واحدة على الأقل (رسالة RSVP PATH) من أحد المرسلين. وهذا تقرير عن الحالة وليس فشلًا."),
    // WSA_QOS_NO_SENDERS
    own("لا يوجد مرسلون لـ QoS.", "لم يعد هناك مرسلون لـ QoS على هذا التدفق. وهذا تقرير عن الحالة؛ ولم يعد أي حجز كان يعتمد عليهم ساريًا."),
    // WSA_QOS_NO_RECEIVERS
    own("لا يوجد مستقبلون لـ QoS.", "لم يعد هناك مستقبلون لـ QoS على هذا التدفق. وهذا تقرير عن الحالة؛ فلا يوجد لدى المرسل أي حجز عليه الوفاء به."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("تم تأكيد طلب QoS.", "أكدت الشبكة طلب حجز QoS. وهذا إشعار بالنجاح."),
    // WSA_QOS_ADMISSION_FAILURE
    own("خطأ في قبول QoS.", "تعذر قبول طلب QoS لعدم توفر موارد كافية، مثل عرض النطاق الترددي، على طول المسار. اطلب قدرًا أقل أو أعد المحاولة لاحقًا."),
    // WSA_QOS_POLICY_FAILURE
    own("فشل نهج QoS.", "تم رفض طلب QoS لأن نظام النهج لم يتمكن من منح الموارد المطلوبة بموجب النهج الحالي. تحقق من نهج QoS أو استشر المسؤول."),
    // WSA_QOS_BAD_STYLE
    own("نمط QoS غير صالح.", "تم العثور على نمط حجز QoS غير معروف أو متعارض. تحقق من نمط الحجز المحدد في الطلب."),
    // WSA_QOS_BAD_OBJECT
    own("كائن QoS غير صالح.", "توجد مشكلة في FILTERSPEC أو في المخزن المؤقت الخاص بالموفر بشكل عام. تحقق من بنى QoS التي تم تمريرها إلى الاستدعاء."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("خطأ في التحكم في حركة المرور لـ QoS.", "فشلت واجهة التحكم في حركة المرور (TC) الأساسية أثناء تطبيق طلب QoS العام محليًا. ومن الأسباب انخفاض الذاكرة أو حدوث خطأ داخلي في موفر QoS."),
    // WSA_QOS_GENERIC_ERROR
    own("خطأ عام في QoS.", "حدث خطأ عام في QoS دون رمز أكثر تحديدًا. تحقق من طلب QoS ومن حالة الموفر."),
    // WSA_QOS_ESERVICETYPE
    own("خطأ في نوع خدمة QoS.", "تحتوي البنية FLOWSPEC على نوع خدمة غير صالح أو غير معروف. استخدم أحد أنواع الخدمة المعرّفة، مثل SERVICETYPE_GUARANTEED أو SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("خطأ في مواصفات التدفق لـ QoS.", "إحدى بنى FLOWSPEC في البنية QOS غير صالحة أو غير متسقة. تحقق من معدلاتها وأحجامها ونوع خدمتها."),
    // WSA_QOS_EPROVSPECBUF
    own("المخزن المؤقت لموفر QoS غير صالح.", "المخزن المؤقت الخاص بالموفر (ProviderSpecific) الذي تم تمريره مع طلب QoS غير صالح. تحقق من حجمه ومحتوياته."),
    // WSA_QOS_EFILTERSTYLE
    own("نمط عامل تصفية QoS غير صالح.", "نمط عامل تصفية QoS المحدد غير صالح. استخدم نمط عامل تصفية مدعومًا."),
    // WSA_QOS_EFILTERTYPE
    own("نوع عامل تصفية QoS غير صالح.", "نوع عامل تصفية QoS المحدد غير صالح. استخدم نوع عامل تصفية مدعومًا."),
    // WSA_QOS_EFILTERCOUNT
    own("عدد عوامل تصفية QoS غير صحيح.", "عدد إدخالات FILTERSPEC المحددة في FLOWDESCRIPTOR غير صحيح. اجعل العدد مطابقًا لعوامل التصفية المتوفرة فعليًا."),
    // WSA_QOS_EOBJLENGTH
    own("طول كائن QoS غير صالح.", "يحتوي أحد الكائنات في المخزن المؤقت الخاص بموفر QoS على حقل ObjectLength غير صالح. تحقق من طول كل كائن في المخزن المؤقت."),
    // WSA_QOS_EFLOWCOUNT
    own("عدد تدفقات QoS غير صحيح.", "تحدد البنية QOS عددًا غير صحيح من واصفات التدفق. اجعل العدد مطابقًا للواصفات المتوفرة فعليًا."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("لم يتم التعرف على كائن QoS.", "يحتوي المخزن المؤقت الخاص بموفر QoS على كائن من نوع لا يتعرف عليه الموفر. أزله أو استخدم نوع كائن مدعومًا."),
    // WSA_QOS_EPOLICYOBJ
    own("كائن نهج QoS غير صالح.", "يحتوي المخزن المؤقت الخاص بموفر QoS على كائن نهج غير صالح. تحقق من بيانات النهج في المخزن المؤقت."),
    // WSA_QOS_EFLOWDESC
    own("واصف تدفق QoS غير صالح.", "أحد الإدخالات في قائمة واصفات التدفق غير صالح. تحقق من كل واصف تدفق (FLOWDESCRIPTOR) في الطلب."),
    // WSA_QOS_EPSFLOWSPEC
    own("مواصفات التدفق الخاصة بموفر QoS غير صالحة.", "يحتوي المخزن المؤقت الخاص بموفر QoS على بنية FLOWSPEC غير صالحة أو غير متسقة. تحقق من مواصفات التدفق داخل المخزن المؤقت."),
    // WSA_QOS_EPSFILTERSPEC
    own("مواصفات عامل التصفية الخاصة بموفر QoS غير صالحة.", "يحتوي المخزن المؤقت الخاص بموفر QoS على بنية FILTERSPEC غير صالحة. تحقق من مواصفات عامل التصفية داخل المخزن المؤقت."),
    // WSA_QOS_ESDMODEOBJ
    own("كائن وضع التشكيل والتجاهل لـ QoS غير صالح.", "يحتوي المخزن المؤقت الخاص بموفر QoS على كائن وضع التشكيل والتجاهل (QOS_SD_MODE) غير صالح. تحقق من قيمة الوضع في ذلك الكائن."),
    // WSA_QOS_ESHAPERATEOBJ
    own("كائن معدل التشكيل لـ QoS غير صالح.", "يحتوي المخزن المؤقت الخاص بموفر QoS على كائن معدل التشكيل (QOS_SHAPING_RATE) غير صالح. تحقق من المعدل المحدد في ذلك الكائن."),
    // WSA_QOS_RESERVED_PETYPE
    own("نوع عنصر نهج QoS محجوز.", "يحتوي المخزن المؤقت الخاص بموفر QoS على عنصر نهج من نوع محجوز. أزله أو استخدم نوع عنصر نهج مسموحًا به."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("لا يوجد مضيف معروف بهذا الاسم بشكل آمن.", "لم يعثر بحث آمن عن الاسم، كالبحث الذي يتطلب التحقق من صحة DNSSEC، على المضيف. فربما لا يكون الاسم موجودًا أو ربما لم يُوقَّع بشكل صحيح؛ تحقق من الاسم ومن إعدادات أمان DNS."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("تعذرت إضافة نهج IPsec المستند إلى الاسم.", "فشل النظام في إضافة نهج IPsec مستند إلى اسم مضيف. تحقق من قواعد IPsec وقواعد أمان الاتصال وإعدادات الأسماء الخاصة بها."),
];

static AR_SA_LABELS: &[BakedLabel] = &[
    label("عمليات مآخذ التوصيل"),
    label("التوافق مع Unix"),
    label("بدء التشغيل وموفرو الخدمة"),
    label("البحث عن الخدمات"),
    label("تحليل الأسماء"),
    label("الإدخال/الإخراج المتداخل والأحداث"),
    label("جودة الخدمة (QoS)"),
    label("رموز أخطاء Winsock"),
    label("لغات أخرى"),
    label("تضييق نطاق القائمة حسب الرقم أو الاسم أو الكلمات"),
    label("الاستعلام طويل جدًا."),
    label("الاسم"),
    label("الرقم"),
    label("سداسي عشري"),
    label("المجموعة"),
    label("عنوان الخطأ"),
    label("الشرح"),
];

static DE_DE: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("Angegebenes Handle des Ereignisobjekts ist ungültig.", "Das Programm hat ein ungültiges Handle für ein Ereignisobjekt verwendet, z. B. eines, das bereits geschlossen wurde. Überprüfen Sie, ob das Handle von WSACreateEvent stammt und noch geöffnet ist. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_INVALID_HANDLE (6)."),
    // WSA_NOT_ENOUGH_MEMORY
    own("Nicht genügend Arbeitsspeicher verfügbar.", "Eine Funktion von Windows Sockets, die auf einer zugrunde liegenden Windows-Funktion aufbaut, ist fehlgeschlagen, weil nicht genügend Arbeitsspeicher verfügbar war. Schließen Sie andere Programme, oder geben Sie Arbeitsspeicher frei, und versuchen Sie es erneut. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_NOT_ENOUGH_MEMORY (8)."),
    // WSA_INVALID_PARAMETER
    own("Mindestens ein Parameter ist ungültig.", "Eine Funktion von Windows Sockets hat ihre Argumente an eine zugrunde liegende Windows-Funktion übergeben, die eines oder mehrere davon abgelehnt hat. Überprüfen Sie alle Parameter des Aufrufs. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_INVALID_PARAMETER (87)."),
    // WSA_OPERATION_ABORTED
    own("Überlappender Vorgang abgebrochen.", "Ein überlappender Vorgang wurde abgebrochen, bevor er abgeschlossen war, weil der Socket geschlossen oder über WSAIoctl der Befehl SIO_FLUSH ausgegeben wurde. Das ist zu erwarten, wenn ein Programm einen Socket schließt, während noch E/A-Vorgänge ausstehen; der Code hat denselben Wert wie der Windows-Fehler ERROR_OPERATION_ABORTED (995)."),
    // WSA_IO_INCOMPLETE
    own("Ereignisobjekt für überlappende E/A nicht im signalisierten Zustand.", "Das Programm hat das Ergebnis eines überlappenden Vorgangs abgefragt, der noch nicht abgeschlossen ist. Wird WSAGetOverlappedResult wiederholt mit auf FALSE gesetztem fWait-Flag aufgerufen (Polling), gibt die Funktion diesen Code zurück, bis der Vorgang abgeschlossen ist; warten Sie, und fragen Sie das Ergebnis erneut ab. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_IO_INCOMPLETE (996)."),
    // WSA_IO_PENDING
    own("Überlappender Vorgang wird später abgeschlossen.", "Ein überlappender Vorgang wurde gestartet und konnte nicht sofort abgeschlossen werden. Dies ist kein Fehler: Das Programm wird über sein Ereignis, seine Abschlussroutine oder seinen E/A-Abschlussport (IOCP) benachrichtigt, sobald der Vorgang beendet ist, und WSAGetOverlappedResult liefert dann das Ergebnis. Dieser Code hat denselben Wert wie der Windows-Fehler ERROR_IO_PENDING (997)."),
    // WSAEINTR
    own("Funktionsaufruf unterbrochen.", "Ein blockierender Aufruf wurde unterbrochen, bevor er abgeschlossen war, klassischerweise durch WSACancelBlockingCall, ein Relikt aus Windows Sockets 1.1, das moderne Winsock-2-Programme nicht verwenden sollten. Wird der Socket von einem anderen Thread aus mit closesocket geschlossen, während ein Aufruf auf ihn wartet, hat dies dieselbe Wirkung; wiederholen Sie den Aufruf, wenn die Unterbrechung nicht beabsichtigt war."),
    // WSAEBADF
    own("Ungültiges Dateihandle.", "Das angegebene Datei- oder Sockethandle ist ungültig. Stellen Sie sicher, dass das Handle geöffnet ist und nicht bereits geschlossen wurde."),
    // WSAEACCES
    own("Berechtigung verweigert.", "Der Socket wurde auf eine Weise verwendet, die seine Zugriffsrechte nicht zulassen. Häufige Ursachen sind ein Aufruf von sendto mit einer Broadcastadresse, ohne dass zuvor SO_BROADCAST mit setsockopt aktiviert wurde, oder ein Aufruf von bind für eine Adresse und einen Port, die ein anderes Programm, ein Dienst oder ein Treiber mit SO_EXCLUSIVEADDRUSE exklusiv belegt hat; auch eine Firewall oder ein Sicherheitsprodukt kann den Zugriff blockieren."),
    // WSAEFAULT
    own("Ungültige Adresse.", "Ein an eine Socketfunktion übergebener Zeiger verweist nicht auf gültigen Speicher, oder ein Puffer- oder Längenargument ist zu klein. Überprüfen Sie alle Zeigerargumente, und stellen Sie sicher, dass die Längenangaben der tatsächlichen Puffergröße entsprechen; so muss z. B. die Länge einer sockaddr-Struktur mindestens sizeof(sockaddr) betragen."),
    // WSAEINVAL
    own("Ungültiges Argument.", "Eines der Argumente ist ungültig, z. B. eine unbekannte Ebene, die an setsockopt übergeben wurde. Der Fehler wird auch zurückgegeben, wenn der Aufruf nicht zum aktuellen Zustand des Sockets passt, etwa wenn accept für einen Socket aufgerufen wird, für den listen nicht aufgerufen wurde."),
    // WSAEMFILE
    own("Zu viele offene Sockets.", "Für dieses Programm sind keine weiteren Sockethandles verfügbar. Die Grenze kann für das gesamte System, für den Prozess oder für den Thread gelten; schließen Sie nicht mehr benötigte Sockets, und suchen Sie nach Handles, die nie freigegeben werden."),
    // WSAEWOULDBLOCK
    own("Ressource vorübergehend nicht verfügbar.", "Ein nicht blockierender Socket konnte den Vorgang nicht sofort abschließen, z. B. bei recv, wenn noch keine Daten vorliegen. Dies ist kein echter Fehler: Warten Sie, bis der Socket bereit ist (mit select, WSAPoll oder einem Ereignis), und versuchen Sie es erneut; ein connect-Aufruf für einen nicht blockierenden SOCK_STREAM-Socket meldet diesen Code normalerweise, während die Verbindung aufgebaut wird."),
    // WSAEINPROGRESS
    own("Ein blockierender Vorgang wird bereits ausgeführt.", "Windows Sockets lässt pro Task oder Thread jeweils nur einen blockierenden Aufruf zu, es wurde jedoch ein weiterer Aufruf gestartet, während noch einer ausstand. Dies betrifft vor allem ältere Programme im Stil von Windows Sockets 1.1; stellen Sie sicher, dass der vorherige blockierende Aufruf zurückgekehrt ist, bevor Sie einen neuen absetzen."),
    // WSAEALREADY
    own("Für diesen nicht blockierenden Socket wird bereits ein Vorgang ausgeführt.", "Für einen nicht blockierenden Socket wurde ein Vorgang angefordert, während der Socket noch mit einem Vorgang derselben Art beschäftigt ist, z. B. ein zweiter connect-Aufruf, während der erste noch die Verbindung herstellt. Der Fehler wird auch zurückgegeben, wenn eine asynchrone Anforderung (eine der WSAAsyncGetXbyY-Funktionen) abgebrochen werden soll, die bereits abgeschlossen oder abgebrochen wurde."),
    // WSAENOTSOCK
    own("Socketvorgang für ein Objekt, das kein Socket ist.", "Das an die Funktion übergebene Handle ist kein gültiger Socket. Möglicherweise war es nie ein Socket oder ist bereits geschlossen, oder bei select ist einer der Einträge in einem fd_set kein gültiger Socket."),
    // WSAEDESTADDRREQ
    own("Zieladresse erforderlich.", "Für den Vorgang ist eine Zieladresse erforderlich, es wurde jedoch keine angegeben. Beispielsweise wurde sendto mit ADDR_ANY als Remoteadresse aufgerufen; geben Sie die tatsächliche Adresse der Gegenstelle an."),
    // WSAEMSGSIZE
    own("Nachricht zu lang.", "Ein Datagramm war größer, als das Protokoll oder das Netzwerk übertragen kann, oder der Empfangspuffer war kleiner als das eingehende Datagramm; in diesem Fall wurde das Datagramm abgeschnitten. Senden Sie kürzere Nachrichten, oder verwenden Sie einen größeren Puffer für den Empfang."),
    // WSAEPROTOTYPE
    own("Falscher Protokolltyp für den Socket.", "Das an die socket-Funktion übergebene Protokoll passt nicht zum angeforderten Sockettyp. So kann UDP z. B. nicht mit einem SOCK_STREAM-Socket verwendet werden; wählen Sie ein Protokoll, das zum Typ passt, oder übergeben Sie 0, damit das System ein Protokoll auswählt."),
    // WSAENOPROTOOPT
    own("Ungültige Protokolloption.", "Die an getsockopt oder setsockopt übergebene Option oder Ebene ist unbekannt, ungültig oder wird von diesem Protokoll nicht unterstützt. Überprüfen Sie, ob die Option zur richtigen Ebene gehört (z. B. SOL_SOCKET oder IPPROTO_TCP) und ob der Sockettyp sie unterstützt."),
    // WSAEPROTONOSUPPORT
    own("Protokoll wird nicht unterstützt.", "Das angeforderte Protokoll ist auf diesem System nicht installiert, oder es gibt keine Implementierung dafür. Der Fehler tritt auch auf, wenn das Protokoll im Widerspruch zum Sockettyp steht, z. B. wenn ein SOCK_DGRAM-Socket mit einem Streamprotokoll angefordert wird."),
    // WSAESOCKTNOSUPPORT
    own("Sockettyp wird nicht unterstützt.", "Diese Adressfamilie unterstützt den angeforderten Sockettyp nicht. Möglicherweise bietet die Implementierung z. B. überhaupt keine SOCK_RAW-Sockets an, oder sie setzt zum Erstellen solcher Sockets Administratorrechte voraus."),
    // WSAEOPNOTSUPP
    own("Vorgang wird nicht unterstützt.", "Der angeforderte Vorgang wird von dieser Art von Socket oder Objekt nicht unterstützt. Ein typischer Fall ist der Aufruf von accept oder listen für einen Datagrammsocket, der keine Verbindungen hat, die angenommen werden könnten."),
    // WSAEPFNOSUPPORT
    own("Protokollfamilie wird nicht unterstützt.", "Die angeforderte Protokollfamilie ist auf diesem System nicht konfiguriert, oder es gibt keine Implementierung dafür. In der Praxis melden die Funktionen von Windows Sockets in derselben Situation meist WSAEAFNOSUPPORT."),
    // WSAEAFNOSUPPORT
    own("Adressfamilie wird von der Protokollfamilie nicht unterstützt.", "Es wurde eine Adresse aus einer Familie verwendet, die das Protokoll nicht unterstützt. Typische Ursachen sind, dass von der socket-Funktion ein Protokoll angefordert wird, das nicht zur Adressfamilie gehört, oder dass bei Aufrufen wie sendto oder connect eine IPv6-Adresse an einen AF_INET-Socket übergeben wird (oder umgekehrt)."),
    // WSAEADDRINUSE
    own("Adresse wird bereits verwendet.", "Ein anderer Socket ist bereits an diese Adresse und diesen Port gebunden, möglicherweise einer, der gerade geschlossen wird oder nicht ordnungsgemäß geschlossen wurde. Beenden Sie das andere Programm, oder wählen Sie einen anderen Port; Server, die sich tatsächlich einen Port teilen müssen, können SO_REUSEADDR festlegen, und Clients müssen bind in der Regel gar nicht aufrufen. Wurde bind eine Platzhalteradresse (ADDR_ANY) übergeben, tritt der Fehler möglicherweise erst auf, wenn die Adresse tatsächlich festgelegt wird, also bei einem späteren Aufruf von connect, listen, WSAConnect oder WSAJoinLeaf."),
    // WSAEADDRNOTAVAIL
    own("Angeforderte Adresse kann nicht zugewiesen werden.", "Die Adresse ist in diesem Kontext ungültig. Meist wurde bind eine IP-Adresse übergeben, die nicht zu diesem Computer gehört, oder connect bzw. sendto wurde eine nicht verwendbare Remoteadresse oder ein nicht verwendbarer Port übergeben, z. B. Port 0 oder die Adresse 0.0.0.0."),
    // WSAENETDOWN
    own("Netzwerk ist ausgefallen.", "Das Netzwerksubsystem, der Netzwerkadapter oder das lokale Netzwerk ist ausgefallen. Überprüfen Sie die Netzwerkverbindung und den Adapter, und starten Sie den Netzwerkstapel oder den Computer neu, wenn das Problem weiterhin besteht."),
    // WSAENETUNREACH
    own("Netzwerk ist nicht erreichbar.", "Das lokale System hat keine Route zum Zielnetzwerk. Überprüfen Sie die Netzwerkverbindung, das Standardgateway und die Routingtabelle sowie die Richtigkeit der Adresse."),
    // WSAENETRESET
    own("Netzwerk hat die Verbindung beim Zurücksetzen getrennt.", "Die Verbindung wurde getrennt, weil über Keep-Alive-Pakete festgestellt wurde, dass die Gegenstelle oder der Weg dorthin während eines laufenden Vorgangs ausgefallen war. setsockopt kann den Fehler auch zurückgeben, wenn SO_KEEPALIVE für eine bereits ausgefallene Verbindung aktiviert wird; stellen Sie die Verbindung erneut her, um fortzufahren."),
    // WSAECONNABORTED
    own("Verbindungsabbruch durch Software verursacht.", "Die Verbindung wurde von der Software auf diesem Computer geschlossen, häufig nach einem Timeout bei der Datenübertragung oder einem Protokollfehler. Auch Firewalls, Antivirenprodukte oder VPN-Software, die Verbindungen trennen, können die Ursache sein; stellen Sie die Verbindung erneut her, und überprüfen Sie solche Software, wenn der Fehler wiederholt auftritt."),
    // WSAECONNRESET
    own("Verbindung durch Gegenstelle zurückgesetzt.", "Der Remotehost hat die Verbindung abrupt getrennt. Möglicherweise ist das Programm am anderen Ende abgestürzt oder wurde beendet, der Host wurde neu gestartet oder ist nicht mehr mit dem Netzwerk verbunden, oder er hat den Socket mit einem harten Reset geschlossen (SO_LINGER mit einem Timeout von 0 aktiviert); stellen Sie die Verbindung erneut her, und überprüfen Sie die Gegenstelle."),
    // WSAENOBUFS
    own("Kein Pufferspeicher verfügbar.", "Dem System ist der Pufferspeicher ausgegangen, oder eine Warteschlange war voll, sodass der Vorgang nicht ausgeführt werden konnte. Dies deutet häufig auf zu viele offene Verbindungen, erschöpften Arbeitsspeicher oder fehlende freie ephemere Ports hin; schließen Sie nicht verwendete Sockets, und versuchen Sie es später erneut."),
    // WSAEISCONN
    own("Socket ist bereits verbunden.", "connect wurde für einen Socket aufgerufen, der bereits eine Verbindung hat. Manche Implementierungen geben diesen Fehler auch zurück, wenn sendto mit einer expliziten Adresse für einen verbundenen SOCK_DGRAM-Socket verwendet wird."),
    // WSAENOTCONN
    own("Socket ist nicht verbunden.", "Der Socket ist nicht verbunden, daher können über ihn keine Daten gesendet oder empfangen werden, und es wurde keine Zieladresse angegeben (wie es sendto bei einem Datagrammsocket zulassen würde). Auch andere Aufrufe, etwa das Festlegen von SO_KEEPALIVE für eine zurückgesetzte Verbindung, können diesen Fehler zurückgeben; stellen Sie zuerst mit connect eine Verbindung her."),
    // WSAESHUTDOWN
    own("Senden nach dem Herunterfahren des Sockets nicht möglich.", "Das Senden oder Empfangen wurde abgelehnt, weil diese Richtung des Sockets bereits durch einen früheren shutdown-Aufruf geschlossen wurde. Eine einmal heruntergefahrene Richtung kann für diesen Socket nicht wieder verwendet werden."),
    // WSAETOOMANYREFS
    own("Zu viele Verweise.", "Es gibt zu viele Verweise auf ein Kernelobjekt. Geben Sie nicht mehr benötigte Objekte frei, und versuchen Sie es erneut."),
    // WSAETIMEDOUT
    own("Zeitüberschreitung bei der Verbindung.", "Die Gegenstelle hat nicht rechtzeitig geantwortet, entweder beim Verbindungsaufbau oder bei einer bestehenden Verbindung. Möglicherweise ist der Host am anderen Ende offline oder überlastet, oder eine Firewall verwirft den Datenverkehr stillschweigend; überprüfen Sie die Adresse, den Port und die Firewalleinstellungen."),
    // WSAECONNREFUSED
    own("Verbindung abgelehnt.", "Der Zielcomputer hat die Verbindung aktiv abgelehnt. Meist lauscht kein Programm an diesem Port, der Dienst ist beendet, oder eine Firewall weist die Verbindung zurück; überprüfen Sie die Adresse und die Portnummer, und stellen Sie sicher, dass der Server ausgeführt wird."),
    // WSAELOOP
    own("Name kann nicht übersetzt werden.", "Ein Name konnte nicht übersetzt werden, z. B. weil seine Auflösung in eine Schleife geraten ist. Überprüfen Sie den Namen auf Fehler."),
    // WSAENAMETOOLONG
    own("Name ist zu lang.", "Ein Name oder einer seiner Bestandteile ist länger als zulässig. Verwenden Sie einen kürzeren Namen."),
    // WSAEHOSTDOWN
    own("Host ist ausgefallen.", "Der Vorgang ist fehlgeschlagen, weil der Zielhost anscheinend ausgefallen ist. Windows meldet diese Situation in der Regel stattdessen als WSAETIMEDOUT; überprüfen Sie, ob der Remotecomputer eingeschaltet und mit dem Netzwerk verbunden ist."),
    // WSAEHOSTUNREACH
    own("Keine Route zum Host.", "Der Zielhost ist von diesem Computer aus nicht erreichbar, weil keine Route zu ihm führt. Überprüfen Sie die Adresse, die Netzwerkverbindung und die Routing- bzw. Gatewayeinstellungen."),
    // WSAENOTEMPTY
    own("Verzeichnis ist nicht leer.", "Ein Verzeichnis konnte nicht entfernt werden, weil es noch Einträge enthält. Leeren Sie es zuerst."),
    // WSAEPROCLIM
    own("Zu viele Prozesse.", "Die Implementierung von Windows Sockets begrenzt, wie viele Programme sie gleichzeitig verwenden können, und diese Grenze ist erreicht, sodass WSAStartup mit diesem Fehler fehlschlagen kann. Schließen Sie andere Programme, die das Netzwerk verwenden, und versuchen Sie es erneut."),
    // WSAEUSERS
    own("Benutzerkontingent überschritten.", "Das Kontingent für Benutzer oder Benutzerressourcen ist erschöpft. Geben Sie einige Ressourcen frei, oder bitten Sie einen Administrator, das Limit zu erhöhen."),
    // WSAEDQUOT
    own("Datenträgerkontingent überschritten.", "Das Kontingent für Speicherplatz auf dem Datenträger ist aufgebraucht. Geben Sie Speicherplatz frei, oder bitten Sie einen Administrator, das Kontingent zu erhöhen."),
    // WSAESTALE
    own("Veralteter Verweis auf ein Dateihandle.", "Das Dateihandle verweist auf etwas, das nicht mehr verfügbar ist. Öffnen Sie das Element erneut, um ein neues Handle zu erhalten."),
    // WSAEREMOTE
    own("Element befindet sich auf einem Remotesystem.", "Das Element ist lokal nicht verfügbar, weil es sich auf einem Remotesystem befindet. Nehmen Sie den Zugriff stattdessen über das Remotesystem vor."),
    // WSASYSNOTREADY
    own("Netzwerksubsystem ist nicht verfügbar.", "WSAStartup ist fehlgeschlagen, weil das zugrunde liegende Netzwerksystem, auf das Windows Sockets angewiesen ist, derzeit nicht bereit ist. Überprüfen Sie, ob die richtige Ws2_32.dll vorhanden ist und keine andere Winsock-DLL im Suchpfad vor ihr gefunden wird, ob die Netzwerkkomponenten installiert und konfiguriert sind und ob der Systemstart bereits abgeschlossen ist."),
    // WSAVERNOTSUPPORTED
    own("Winsock-Version wird nicht unterstützt.", "Die installierte Implementierung von Windows Sockets unterstützt die Version nicht, die das Programm in WSAStartup angefordert hat. Stellen Sie sicher, dass das Programm eine unterstützte Version anfordert (normalerweise 2.2) und dass keine veraltete Winsock-DLL anstelle der System-DLL geladen wird."),
    // WSANOTINITIALISED
    own("WSAStartup wurde nicht erfolgreich aufgerufen.", "Eine Socketfunktion wurde vor einem erfolgreichen WSAStartup-Aufruf verwendet oder nachdem WSACleanup ebenso oft aufgerufen wurde wie WSAStartup. Rufen Sie zuerst WSAStartup auf, und überprüfen Sie das Ergebnis; stellen Sie außerdem sicher, dass Sockets nicht mit einem Task gemeinsam verwendet werden, der Windows Sockets nie initialisiert hat."),
    // WSAEDISCON
    own("Ordnungsgemäßes Herunterfahren wird ausgeführt.", "WSARecv oder WSARecvFrom meldet, dass die Gegenstelle damit begonnen hat, die Verbindung ordnungsgemäß zu schließen. Es werden keine weiteren Daten eintreffen; beenden Sie die Verarbeitung, und schließen Sie den Socket."),
    // WSAENOMORE
    own("Keine weiteren Ergebnisse.", "WSALookupServiceNext kann für diese Abfrage keine weiteren Ergebnisse zurückgeben. Damit ist die Suche regulär beendet; rufen Sie WSALookupServiceEnd auf, um sie abzuschließen."),
    // WSAECANCELLED
    own("Suchaufruf abgebrochen.", "WSALookupServiceEnd wurde aufgerufen, während noch ein WSALookupServiceNext-Aufruf lief; daher wurde diese Suche abgebrochen. Das ist zu erwarten, wenn eine Suche vorzeitig beendet wird."),
    // WSAEINVALIDPROCTABLE
    own("Ungültige Prozedurtabelle vom Dienstanbieter.", "Ein Dienstanbieter für Windows Sockets hat an Ws2_32.dll eine ungültige Prozedurtabelle übergeben, meist weil einige ihrer Funktionszeiger NULL sind. Installieren Sie den fehlerhaften mehrschichtigen Dienstanbieter (LSP) bzw. die fehlerhafte Netzwerksoftware neu, oder entfernen Sie diese."),
    // WSAEINVALIDPROVIDER
    own("Ungültige Versionsnummer des Dienstanbieters.", "Ein Dienstanbieter für Windows Sockets hat eine andere Version als 2.0 gemeldet, die das System nicht akzeptiert; WSCGetProviderInfo und WSCGetProviderInfo32 geben diesen Fehler auch zurück, wenn der abgefragte Protokolleintrag nicht gefunden wird. Aktualisieren oder entfernen Sie den Dienstanbieter, der mit Netzwerksoftware eines Drittanbieters installiert wurde."),
    // WSAEPROVIDERFAILEDINIT
    own("Dienstanbieter kann nicht initialisiert werden.", "Ein Dienstanbieter konnte nicht gestartet werden: Entweder ist das Laden seiner DLL mit LoadLibrary fehlgeschlagen, oder seine Funktion WSPStartup bzw. NSPStartup hat einen Fehler gemeldet. Häufig hilft es, die betroffene Netzwerksoftware neu zu installieren oder den Winsock-Katalog zurückzusetzen (netsh winsock reset)."),
    // WSASYSCALLFAILURE
    own("Systemaufruf fehlgeschlagen.", "Ein Systemaufruf, der nie fehlschlagen sollte, ist fehlgeschlagen, z. B. das Warten auf Ereignisse mit WaitForMultipleObjects oder ein Registrierungsvorgang in den Protokoll- oder Namespacekatalogen. Der Code wird auch zurückgegeben, wenn ein Anbieter einen Fehlschlag ohne genaueren Code meldet, was auf einen Fehler in diesem Anbieter hindeuten kann."),
    // WSASERVICE_NOT_FOUND
    own("Dienst nicht gefunden.", "In dem durchsuchten Namespace ist kein solcher Dienst bekannt. Überprüfen Sie den Dienstnamen, und stellen Sie sicher, dass der richtige Namespace abgefragt wurde."),
    // WSATYPE_NOT_FOUND
    own("Klassentyp nicht gefunden.", "Der angeforderte Dienstklassentyp wurde nicht gefunden. Überprüfen Sie, ob die Klasse installiert und registriert ist; getaddrinfo meldet denselben Code als EAI_SERVICE, wenn der Dienstname nicht mit dem angeforderten Sockettyp verwendet werden kann."),
    // WSA_E_NO_MORE
    own("Keine weiteren Ergebnisse.", "WSALookupServiceNext kann für diese Abfrage keine weiteren Ergebnisse zurückgeben. Damit ist die Suche regulär beendet; rufen Sie WSALookupServiceEnd auf, um sie abzuschließen."),
    // WSA_E_CANCELLED
    own("Suchaufruf abgebrochen.", "WSALookupServiceEnd wurde aufgerufen, während noch ein WSALookupServiceNext-Aufruf lief; daher wurde diese Suche abgebrochen. Das ist zu erwarten, wenn eine Suche vorzeitig beendet wird."),
    // WSAEREFUSED
    own("Datenbankabfrage abgelehnt.", "Die Namespacedatenbank hat die Abfrage aktiv abgelehnt. Möglicherweise lässt der Server oder Anbieter diese Anforderung nicht zu; überprüfen Sie die Berechtigungen und die Abfrage selbst."),
    // WSAHOST_NOT_FOUND
    own("Host nicht gefunden.", "Es ist kein Host mit diesem Namen bekannt: Der Name ist weder ein offizieller Hostname noch ein Alias in den abgefragten Datenbanken oder DNS-Servern. Überprüfen Sie die Schreibweise des Namens und Ihre DNS-Einstellungen; bei der Suche nach Protokollen oder Diensten bedeutet der Fehler, dass der Name in der betreffenden Datenbank nicht gefunden wurde."),
    // WSATRY_AGAIN
    own("Vorübergehender Fehler bei der Namensauflösung (nicht autorisierender Host nicht gefunden).", "Die Namensauflösung ist vorerst fehlgeschlagen, weil der lokale DNS-Server keine Antwort von einem für den Namen autorisierenden Server erhalten hat. Dies ist meist vorübergehend; versuchen Sie es später erneut, und überprüfen Sie die Netzwerkverbindung und den DNS-Server, wenn das Problem weiterhin besteht."),
    // WSANO_RECOVERY
    own("Nicht behebbarer Fehler bei der Namensauflösung.", "Bei einer Abfrage ist ein Fehler aufgetreten, der sich durch Wiederholen nicht beheben lässt. Möglicherweise fehlen die lokalen Datenbankdateien (hosts, services, protocols), oder ein DNS-Server hat mit einem schwerwiegenden Fehler geantwortet; überprüfen Sie die DNS-Konfiguration."),
    // WSANO_DATA
    own("Gültiger Name, aber keine Daten des angeforderten Typs.", "Der Name existiert, hat aber keinen Eintrag der angefragten Art. Ein Host hat z. B. möglicherweise einen E-Mail-Eintrag (MX), aber keinen Adresseintrag (A oder AAAA) und ist daher unter diesem Namen nicht direkt erreichbar."),
    // WSA_QOS_RECEIVERS
    own("QoS-Empfänger.", "Mindestens eine QoS-Reservierungsanforderung (eine RSVP-RESV-Nachricht) von einem Empfänger ist eingetroffen. Dies ist eine Statusmeldung und kein Fehler."),
    // WSA_QOS_SENDERS
    own("QoS-Sender.", "Mindestens eine QoS-Pfadnachricht (eine RSVP-PATH-Nachricht) von einem Sender ist eingetroffen. Dies ist eine Statusmeldung und kein Fehler."),
    // WSA_QOS_NO_SENDERS
    own("Keine QoS-Sender.", "Für diesen Flow gibt es keine QoS-Sender mehr. Dies ist eine Statusmeldung; Reservierungen, die von ihnen abhingen, gelten nicht mehr."),
    // WSA_QOS_NO_RECEIVERS
    own("Keine QoS-Empfänger.", "Für diesen Flow gibt es keine QoS-Empfänger mehr. Dies ist eine Statusmeldung; für den Sender bestehen keine Reservierungen mehr, die er einhalten müsste."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS-Anforderung bestätigt.", "Die QoS-Reservierungsanforderung wurde vom Netzwerk bestätigt. Dies ist eine Erfolgsmeldung."),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS-Zugangsfehler.", "Die QoS-Anforderung konnte nicht zugelassen werden, weil entlang des Pfads nicht genügend Ressourcen wie Bandbreite verfügbar waren. Fordern Sie weniger Ressourcen an, oder versuchen Sie es später erneut."),
    // WSA_QOS_POLICY_FAILURE
    own("QoS-Richtlinienfehler.", "Die QoS-Anforderung wurde abgelehnt, weil das Richtliniensystem die angeforderten Ressourcen gemäß der aktuellen Richtlinie nicht gewähren konnte. Überprüfen Sie die QoS-Richtlinie, oder wenden Sie sich an einen Administrator."),
    // WSA_QOS_BAD_STYLE
    own("Ungültiger QoS-Stil.", "Es wurde ein unbekannter oder widersprüchlicher QoS-Reservierungsstil gefunden. Überprüfen Sie den in der Anforderung angegebenen Reservierungsstil."),
    // WSA_QOS_BAD_OBJECT
    own("Ungültiges QoS-Objekt.", "Mit einer FILTERSPEC-Struktur oder allgemein mit dem anbieterspezifischen Puffer stimmt etwas nicht. Überprüfen Sie die an den Aufruf übergebenen QoS-Strukturen."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS-Fehler der Datenverkehrssteuerung.", "Die zugrunde liegende Schnittstelle der Datenverkehrssteuerung (Traffic Control, TC) ist beim lokalen Anwenden der generischen QoS-Anforderung fehlgeschlagen. Zu den Ursachen zählen Arbeitsspeichermangel und interne Fehler im QoS-Anbieter."),
    // WSA_QOS_GENERIC_ERROR
    own("Allgemeiner QoS-Fehler.", "Es ist ein allgemeiner QoS-Fehler ohne spezifischeren Code aufgetreten. Überprüfen Sie die QoS-Anforderung und den Zustand des Anbieters."),
    // WSA_QOS_ESERVICETYPE
    own("QoS-Diensttypfehler.", "Die FLOWSPEC-Struktur enthält einen ungültigen oder nicht erkannten Diensttyp. Verwenden Sie einen der definierten Diensttypen, z. B. SERVICETYPE_GUARANTEED oder SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("QoS-Flowspec-Fehler.", "Eine FLOWSPEC-Struktur in der QOS-Struktur ist ungültig oder inkonsistent. Überprüfen Sie ihre Raten, ihre Größenangaben und ihren Diensttyp."),
    // WSA_QOS_EPROVSPECBUF
    own("Ungültiger anbieterspezifischer QoS-Puffer.", "Der mit der QoS-Anforderung übergebene anbieterspezifische Puffer (ProviderSpecific) ist ungültig. Überprüfen Sie seine Größe und seinen Inhalt."),
    // WSA_QOS_EFILTERSTYLE
    own("Ungültiger QoS-Filterstil.", "Der angegebene QoS-Filterstil ist ungültig. Verwenden Sie einen unterstützten Filterstil."),
    // WSA_QOS_EFILTERTYPE
    own("Ungültiger QoS-Filtertyp.", "Der angegebene QoS-Filtertyp ist ungültig. Verwenden Sie einen unterstützten Filtertyp."),
    // WSA_QOS_EFILTERCOUNT
    own("Falsche Anzahl von QoS-Filtern.", "Die Anzahl der in einem FLOWDESCRIPTOR angegebenen FILTERSPEC-Einträge ist falsch. Passen Sie die Anzahl an die tatsächlich übergebenen Filter an."),
    // WSA_QOS_EOBJLENGTH
    own("Ungültige QoS-Objektlänge.", "Ein Objekt im anbieterspezifischen QoS-Puffer hat ein ungültiges ObjectLength-Feld. Überprüfen Sie die Länge jedes Objekts im Puffer."),
    // WSA_QOS_EFLOWCOUNT
    own("Falsche Anzahl von QoS-Flows.", "In der QOS-Struktur ist eine falsche Anzahl von Flowdeskriptoren angegeben. Passen Sie die Anzahl an die tatsächlich übergebenen Deskriptoren an."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Nicht erkanntes QoS-Objekt.", "Der anbieterspezifische QoS-Puffer enthält ein Objekt eines Typs, den der Anbieter nicht erkennt. Entfernen Sie es, oder verwenden Sie einen unterstützten Objekttyp."),
    // WSA_QOS_EPOLICYOBJ
    own("Ungültiges QoS-Richtlinienobjekt.", "Der anbieterspezifische QoS-Puffer enthält ein ungültiges Richtlinienobjekt. Überprüfen Sie die Richtliniendaten im Puffer."),
    // WSA_QOS_EFLOWDESC
    own("Ungültiger QoS-Flowdeskriptor.", "Einer der Einträge in der Liste der Flowdeskriptoren ist ungültig. Überprüfen Sie jeden Flowdeskriptor (FLOWDESCRIPTOR) in der Anforderung."),
    // WSA_QOS_EPSFLOWSPEC
    own("Ungültige anbieterspezifische QoS-Flowspec.", "Der anbieterspezifische QoS-Puffer enthält eine FLOWSPEC-Struktur, die ungültig oder inkonsistent ist. Überprüfen Sie die Flowspec im Puffer."),
    // WSA_QOS_EPSFILTERSPEC
    own("Ungültige anbieterspezifische QoS-Filterspec.", "Der anbieterspezifische QoS-Puffer enthält eine ungültige FILTERSPEC-Struktur. Überprüfen Sie die Filterspec im Puffer."),
    // WSA_QOS_ESDMODEOBJ
    own("Ungültiges QoS-Objekt für den Shape-Discard-Modus.", "Der anbieterspezifische QoS-Puffer enthält ein ungültiges Objekt für den Shape-Discard-Modus (QOS_SD_MODE). Überprüfen Sie den Moduswert in diesem Objekt."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Ungültiges QoS-Objekt für die Shaping-Rate.", "Der anbieterspezifische QoS-Puffer enthält ein ungültiges Objekt für die Shaping-Rate (QOS_SHAPING_RATE). Überprüfen Sie die in diesem Objekt angegebene Rate."),
    // WSA_QOS_RESERVED_PETYPE
    own("Reservierter QoS-Richtlinienelementtyp.", "Der anbieterspezifische QoS-Puffer enthält ein Richtlinienelement eines reservierten Typs. Entfernen Sie es, oder verwenden Sie einen zulässigen Richtlinienelementtyp."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("Host bei sicherer Namensauflösung nicht gefunden.", "Eine sichere Namensauflösung, z. B. eine, die eine DNSSEC-Validierung erfordert, hat den Host nicht gefunden. Möglicherweise existiert der Name nicht oder ist nicht korrekt signiert; überprüfen Sie den Namen und die DNS-Sicherheitseinstellungen."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("Namensbasierte IPsec-Richtlinie konnte nicht hinzugefügt werden.", "Das System konnte keine IPsec-Richtlinie hinzufügen, die auf einem Hostnamen basiert. Überprüfen Sie die IPsec- und Verbindungssicherheitsregeln sowie deren Namenseinstellungen."),
];

static DE_DE_LABELS: &[BakedLabel] = &[
    label("Socketvorgänge"),
    label("Unix-Kompatibilität"),
    label("Start und Dienstanbieter"),
    label("Dienstsuche"),
    label("Namensauflösung"),
    label("Überlappende E/A und Ereignisse"),
    label("Dienstqualität (QoS)"),
    label("Winsock-Fehlercodes"),
    label("Weitere Sprachen"),
    label("Liste nach Nummer, Name oder Suchbegriffen eingrenzen"),
    label("Die Suchanfrage ist zu lang."),
    label("Symbolischer Name"),
    label("Nummer"),
    label("Hexadezimal"),
    label("Gruppe"),
    label("Titel"),
    label("Erläuterung"),
];

static EN_US: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("Specified event object handle is invalid.", "The program used an event object handle that is not valid, for example one already closed. Check that the handle came from WSACreateEvent and is still open. This code has the same value as the Windows error ERROR_INVALID_HANDLE (6)."),
    // WSA_NOT_ENOUGH_MEMORY
    own("Insufficient memory available.", "A Windows Sockets function that relies on an underlying Windows function failed because there was not enough memory. Close other programs or free memory and try again. This code has the same value as the Windows error ERROR_NOT_ENOUGH_MEMORY (8)."),
    // WSA_INVALID_PARAMETER
    own("One or more parameters are invalid.", "A Windows Sockets function passed its arguments to an underlying Windows function, which rejected one or more of them. Check all the parameters of the call. This code has the same value as the Windows error ERROR_INVALID_PARAMETER (87)."),
    // WSA_OPERATION_ABORTED
    own("Overlapped operation aborted.", "An overlapped operation was canceled before it finished, because the socket was closed or because the SIO_FLUSH command was issued through WSAIoctl. This is expected when a program closes a socket with I/O still pending; the code has the same value as the Windows error ERROR_OPERATION_ABORTED (995)."),
    // WSA_IO_INCOMPLETE
    own("Overlapped I/O event object not in signaled state.", "The program asked for the result of an overlapped operation that has not finished yet. Polling with WSAGetOverlappedResult and its fWait flag set to FALSE returns this until the operation completes; wait and ask again. This code has the same value as the Windows error ERROR_IO_INCOMPLETE (996)."),
    // WSA_IO_PENDING
    own("Overlapped operation will complete later.", "An overlapped operation was started and could not finish immediately. This is not a failure: the program will be notified through its event, completion routine or I/O completion port (IOCP) when it is done, and WSAGetOverlappedResult then gives the outcome. This code has the same value as the Windows error ERROR_IO_PENDING (997)."),
    // WSAEINTR
    own("Interrupted function call.", "A blocking call was interrupted before it finished, classically by WSACancelBlockingCall, a Windows Sockets 1.1 leftover that modern Winsock 2 programs should not use. Closing the socket with closesocket from another thread while a call is waiting on it has the same effect; retry the call if the interruption was not intended."),
    // WSAEBADF
    own("Bad file handle.", "The file or socket handle given is not valid. Make sure the handle is open and was not already closed."),
    // WSAEACCES
    own("Permission denied.", "The socket was used in a way its access rights do not allow. Common causes are calling sendto with a broadcast address without first enabling SO_BROADCAST with setsockopt, or calling bind on an address and port that another program, service or driver has claimed exclusively with SO_EXCLUSIVEADDRUSE; a firewall or security product can also block the access."),
    // WSAEFAULT
    own("Bad address.", "A pointer passed to a socket function does not point to valid memory, or a buffer or length argument is too small. Check every pointer argument and make sure length values match the real buffer size; the length of a sockaddr structure, for instance, must be at least sizeof(sockaddr)."),
    // WSAEINVAL
    own("Invalid argument.", "One of the arguments is not valid, for instance an unknown level passed to setsockopt. It is also returned when the call does not fit the socket's current state, such as calling accept on a socket on which listen has not been called."),
    // WSAEMFILE
    own("Too many open sockets.", "No more socket handles are available to this program. The limit may apply to the whole system, the process or the thread; close sockets you no longer need and look for handle leaks."),
    // WSAEWOULDBLOCK
    own("Resource temporarily unavailable.", "A nonblocking socket could not finish the operation right away, for example recv with no data waiting yet. This is not a real failure: wait until the socket is ready (with select, WSAPoll or an event) and try again; a connect on a nonblocking SOCK_STREAM socket normally reports this while the connection is being set up."),
    // WSAEINPROGRESS
    own("A blocking operation is already running.", "Windows Sockets allows only one blocking call at a time per task or thread, and another call was made while one was still pending. This mostly affects old Windows Sockets 1.1 style programs; make sure the earlier blocking call has returned before issuing a new one."),
    // WSAEALREADY
    own("Operation already under way on this nonblocking socket.", "An operation was requested on a nonblocking socket that is still busy with the same kind of operation, such as a second connect while the first is still connecting. It is also returned when canceling an asynchronous request (one of the WSAAsyncGetXbyY functions) that has already completed or been canceled."),
    // WSAENOTSOCK
    own("Socket operation on nonsocket.", "The handle passed to the function is not a valid socket. It may never have been a socket, may already be closed, or, for select, one of the entries in an fd_set is not a valid socket."),
    // WSAEDESTADDRREQ
    own("Destination address required.", "The operation needs a destination address but none was given. For example, sendto was called with ADDR_ANY as the remote address; supply the real address of the peer."),
    // WSAEMSGSIZE
    own("Message too long.", "A datagram was larger than the protocol or network can carry, or the receive buffer was smaller than the incoming datagram, in which case the datagram was cut short. Send smaller messages or use a larger receive buffer."),
    // WSAEPROTOTYPE
    own("Protocol wrong type for socket.", "The protocol given to the socket function does not fit the requested socket type. For example, UDP cannot be used with a SOCK_STREAM socket; pick a protocol that matches the type, or pass 0 to let the system choose."),
    // WSAENOPROTOOPT
    own("Bad protocol option.", "The option or level given to getsockopt or setsockopt is unknown, invalid or not supported by this protocol. Check that the option belongs to the right level (such as SOL_SOCKET or IPPROTO_TCP) and that the socket type supports it."),
    // WSAEPROTONOSUPPORT
    own("Protocol not supported.", "The requested protocol is not installed on this system or has no implementation. It also happens when the protocol conflicts with the socket type, such as asking for a SOCK_DGRAM socket with a stream protocol."),
    // WSAESOCKTNOSUPPORT
    own("Socket type not supported.", "This address family does not support the requested socket type. For example, the implementation may not offer SOCK_RAW sockets at all, or may require administrator rights to create them."),
    // WSAEOPNOTSUPP
    own("Operation not supported.", "The requested operation is not supported by this kind of socket or object. A typical case is calling accept or listen on a datagram socket, which has no connections to accept."),
    // WSAEPFNOSUPPORT
    own("Protocol family not supported.", "The requested protocol family is not configured on this system or has no implementation. In practice Windows Sockets functions usually report WSAEAFNOSUPPORT for the same situation."),
    // WSAEAFNOSUPPORT
    own("Address family not supported by protocol family.", "An address of a family the protocol does not support was used. Typical causes are asking the socket function for a protocol that does not belong to the address family, or passing an IPv6 address to an AF_INET socket (or the reverse) in calls such as sendto or connect."),
    // WSAEADDRINUSE
    own("Address already in use.", "Another socket is already bound to this address and port, possibly one that is still closing or was not closed properly. Stop the other program or choose another port; servers that really need to share a port can set SO_REUSEADDR, and clients usually do not need to call bind at all. When bind was given a wildcard address (ADDR_ANY), the error may only appear once the address is actually fixed, in a later connect, listen, WSAConnect or WSAJoinLeaf call."),
    // WSAEADDRNOTAVAIL
    own("Cannot assign requested address.", "The address is not valid in this context. Usually bind was given an IP address that does not belong to this computer, or connect or sendto was given a remote address or port that cannot be used, such as port 0 or address 0.0.0.0."),
    // WSAENETDOWN
    own("Network is down.", "The network subsystem, the network adapter or the local network has failed. Check the network connection and adapter, and restart the network stack or the computer if the problem persists."),
    // WSAENETUNREACH
    own("Network is unreachable.", "The local system has no route to the destination network. Check the network connection, the default gateway and the routing table, and that the address is correct."),
    // WSAENETRESET
    own("Network dropped connection on reset.", "The connection was dropped because keep-alive probes found that the other side or the path to it had failed while an operation was in progress. setsockopt can also return it when enabling SO_KEEPALIVE on a connection that has already failed; reconnect to continue."),
    // WSAECONNABORTED
    own("Software caused connection abort.", "The connection was closed by the software on this computer, often after a data transmission timeout or a protocol error. Firewalls, antivirus products or VPN software that cut connections can cause it too; reconnect and check such software if it keeps happening."),
    // WSAECONNRESET
    own("Connection reset by peer.", "The remote host closed the connection abruptly. The program on the other end may have crashed or been stopped, the remote host may have restarted or dropped off the network, or it closed the socket with a hard reset (SO_LINGER enabled with a timeout of 0); reconnect and check the remote side."),
    // WSAENOBUFS
    own("No buffer space available.", "The system ran out of buffer space or a queue was full, so the operation could not be carried out. This often points to too many open connections, exhausted memory or no free ephemeral ports; close unused sockets and try again later."),
    // WSAEISCONN
    own("Socket is already connected.", "connect was called on a socket that already has a connection. Some implementations also return this when sendto with an explicit address is used on a connected SOCK_DGRAM socket."),
    // WSAENOTCONN
    own("Socket is not connected.", "The socket is not connected, so data cannot be sent or received on it, and no destination address was given (as sendto would allow on a datagram socket). Other calls, such as setting SO_KEEPALIVE on a connection that was reset, can also return it; connect first."),
    // WSAESHUTDOWN
    own("Cannot send after socket shutdown.", "Sending or receiving was refused because that direction of the socket was already closed with an earlier shutdown call. Once a direction is shut down it cannot be used again on this socket."),
    // WSAETOOMANYREFS
    own("Too many references.", "There are too many references to some kernel object. Release objects you no longer need and try again."),
    // WSAETIMEDOUT
    own("Connection timed out.", "The other side did not answer in time, either while the connection was being set up or on an established connection. The remote host may be offline or overloaded, or a firewall may be silently dropping the traffic; check the address, port and firewall settings."),
    // WSAECONNREFUSED
    own("Connection refused.", "The target computer actively rejected the connection. Usually no program is listening on that port, the service is stopped, or a firewall rejects the connection; check the address, the port number and that the server is running."),
    // WSAELOOP
    own("Cannot translate name.", "A name could not be translated, for example because resolving it ran into a loop. Check the name for errors."),
    // WSAENAMETOOLONG
    own("Name too long.", "A name, or one of its parts, is longer than allowed. Use a shorter name."),
    // WSAEHOSTDOWN
    own("Host is down.", "The operation failed because the destination host appears to be down. Windows usually reports this situation as WSAETIMEDOUT instead; check that the remote computer is turned on and connected."),
    // WSAEHOSTUNREACH
    own("No route to host.", "The destination host cannot be reached from this computer, because no route leads to it. Check the address, the network connection and the routing or gateway settings."),
    // WSAENOTEMPTY
    own("Directory not empty.", "A directory could not be removed because it still contains entries. Empty it first."),
    // WSAEPROCLIM
    own("Too many processes.", "The Windows Sockets implementation has a limit on how many applications may use it at the same time, and that limit has been reached, so WSAStartup may fail with this error. Close other programs that use the network and try again."),
    // WSAEUSERS
    own("User quota exceeded.", "The quota of users or user resources has run out. Free some resources or ask an administrator to raise the limit."),
    // WSAEDQUOT
    own("Disk quota exceeded.", "The disk space quota has been used up. Free some space or ask an administrator to raise the quota."),
    // WSAESTALE
    own("Stale file handle reference.", "The file handle refers to something that is no longer available. Open the item again to get a fresh handle."),
    // WSAEREMOTE
    own("Item is remote.", "The item is not available locally because it lives on a remote system. Access it through the remote system instead."),
    // WSASYSNOTREADY
    own("Network subsystem is unavailable.", "WSAStartup failed because the underlying network system that Windows Sockets relies on is not ready right now. Check that the right Ws2_32.dll is in place and that no other Winsock DLL is found ahead of it on the search path, that the network components are installed and configured, and that the system is not still starting up."),
    // WSAVERNOTSUPPORTED
    own("Winsock version not supported.", "The installed Windows Sockets implementation does not support the version the application asked for in WSAStartup. Make sure the program requests a supported version (normally 2.2) and that no outdated Winsock DLL is being loaded instead of the system one."),
    // WSANOTINITIALISED
    own("WSAStartup has not been called successfully.", "A socket function was used before a successful WSAStartup, or after WSACleanup was called as many times as WSAStartup. Call WSAStartup first and check its result; also make sure sockets are not shared with a task that never initialized Windows Sockets."),
    // WSAEDISCON
    own("Graceful shutdown in progress.", "WSARecv or WSARecvFrom reports that the remote side has started an orderly close of the connection. No more data will arrive; finish processing and close the socket."),
    // WSAENOMORE
    own("No more results.", "WSALookupServiceNext has no further results to return for this query. This marks the normal end of the lookup; call WSALookupServiceEnd to finish it."),
    // WSAECANCELLED
    own("Lookup call canceled.", "WSALookupServiceEnd was called while a WSALookupServiceNext call was still running, so that lookup was canceled. This is expected when a lookup is ended early."),
    // WSAEINVALIDPROCTABLE
    own("Invalid procedure table from service provider.", "A Windows Sockets service provider handed Ws2_32.dll a procedure table that is not valid, usually because some of its function pointers are NULL. Reinstall or remove the faulty layered service provider (LSP) or network software."),
    // WSAEINVALIDPROVIDER
    own("Invalid service provider version number.", "A Windows Sockets service provider reported a version other than 2.0, which the system does not accept; WSCGetProviderInfo and WSCGetProviderInfo32 also return it when the protocol entry they are asked about cannot be found. Update or remove the provider that came with third-party network software."),
    // WSAEPROVIDERFAILEDINIT
    own("Unable to initialize a service provider.", "A service provider could not be started: either loading its DLL with LoadLibrary failed or its WSPStartup or NSPStartup function reported an error. Reinstalling the affected network software or resetting the Winsock catalog (netsh winsock reset) often helps."),
    // WSASYSCALLFAILURE
    own("System call failure.", "A system call that should never fail did fail, for example waiting on events with WaitForMultipleObjects, or a registry operation on the protocol or name space catalogs. It is also returned when a provider reports failure without a more specific code, which can indicate a bug in that provider."),
    // WSASERVICE_NOT_FOUND
    own("Service not found.", "No such service is known in the name space that was searched. Check the service name and that the right name space was queried."),
    // WSATYPE_NOT_FOUND
    own("Class type not found.", "The requested service class type could not be found. Check that the class is installed and registered; getaddrinfo reports the same code as EAI_SERVICE when the service name cannot be used with the requested socket type."),
    // WSA_E_NO_MORE
    own("No more results.", "WSALookupServiceNext has no further results to return for this query. This marks the normal end of the lookup; call WSALookupServiceEnd to finish it."),
    // WSA_E_CANCELLED
    own("Lookup call canceled.", "WSALookupServiceEnd was called while a WSALookupServiceNext call was still running, so that lookup was canceled. This is expected when a lookup is ended early."),
    // WSAEREFUSED
    own("Database query refused.", "The name space database actively refused the query. The server or provider may not allow this request; check permissions and the query itself."),
    // WSAHOST_NOT_FOUND
    own("Host not found.", "No host with that name is known: it is neither an official host name nor an alias in the databases or DNS servers that were asked. Check the spelling of the name and your DNS settings; for protocol or service lookups it means the name was not found in that database."),
    // WSATRY_AGAIN
    own("Temporary failure in name lookup (nonauthoritative host not found).", "The name lookup failed for now because the local DNS server got no answer from a server with authority for the name. This is usually temporary; try again later and check the network connection and DNS server if it persists."),
    // WSANO_RECOVERY
    own("Nonrecoverable name lookup error.", "A lookup failed with an error that retrying will not fix. The local database files (hosts, services, protocols) may be missing, or a DNS server answered with a serious error; check the DNS configuration."),
    // WSANO_DATA
    own("Valid name, but no data of the requested type.", "The name exists but has no record of the kind that was asked for. For example, a host may have a mail (MX) record but no address (A or AAAA) record, so it cannot be reached directly by that name."),
    // WSA_QOS_RECEIVERS
    own("QoS receivers.", "At least one QoS reservation request (an RSVP RESV message) from a receiver has arrived. This is a status report rather than a failure."),
    // WSA_QOS_SENDERS
    own("QoS senders.", "At least one QoS path message (an RSVP PATH message) from a sender has arrived. This is a status report rather than a failure."),
    // WSA_QOS_NO_SENDERS
    own("No QoS senders.", "There are no longer any QoS senders for this flow. This is a status report; reservations that depended on them no longer apply."),
    // WSA_QOS_NO_RECEIVERS
    own("No QoS receivers.", "There are no longer any QoS receivers for this flow. This is a status report; the sender has no reservations to honor."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS request confirmed.", "The QoS reservation request was confirmed by the network. This is a success notification."),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS admission error.", "The QoS request could not be admitted because there were not enough resources, such as bandwidth, along the path. Ask for less or try again later."),
    // WSA_QOS_POLICY_FAILURE
    own("QoS policy failure.", "The QoS request was refused because the policy system could not grant the requested resources under the current policy. Check the QoS policy or ask an administrator."),
    // WSA_QOS_BAD_STYLE
    own("QoS bad style.", "An unknown or conflicting QoS reservation style was found. Check the reservation style specified in the request."),
    // WSA_QOS_BAD_OBJECT
    own("QoS bad object.", "Something is wrong with a FILTERSPEC or with the provider-specific buffer in general. Check the QoS structures passed to the call."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS traffic control error.", "The underlying Traffic Control (TC) interface failed while applying the generic QoS request locally. Causes include low memory or an internal error in the QoS provider."),
    // WSA_QOS_GENERIC_ERROR
    own("QoS generic error.", "A general QoS error occurred without a more specific code. Check the QoS request and the provider's state."),
    // WSA_QOS_ESERVICETYPE
    own("QoS service type error.", "The FLOWSPEC contains a service type that is not valid or not recognized. Use one of the defined service types, such as SERVICETYPE_GUARANTEED or SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("QoS flowspec error.", "A FLOWSPEC in the QOS structure is invalid or inconsistent. Check its rates, sizes and service type."),
    // WSA_QOS_EPROVSPECBUF
    own("Invalid QoS provider buffer.", "The provider-specific buffer (ProviderSpecific) passed with the QoS request is not valid. Check its size and contents."),
    // WSA_QOS_EFILTERSTYLE
    own("Invalid QoS filter style.", "The QoS filter style given is not valid. Use a supported filter style."),
    // WSA_QOS_EFILTERTYPE
    own("Invalid QoS filter type.", "The QoS filter type given is not valid. Use a supported filter type."),
    // WSA_QOS_EFILTERCOUNT
    own("Incorrect QoS filter count.", "The number of FILTERSPEC entries given in a FLOWDESCRIPTOR is wrong. Make the count match the filters actually supplied."),
    // WSA_QOS_EOBJLENGTH
    own("Invalid QoS object length.", "An object in the QoS provider-specific buffer has an ObjectLength field that is not valid. Check the length of each object in the buffer."),
    // WSA_QOS_EFLOWCOUNT
    own("Incorrect QoS flow count.", "The QOS structure specifies the wrong number of flow descriptors. Make the count match the descriptors actually supplied."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Unrecognized QoS object.", "The QoS provider-specific buffer contains an object of a type the provider does not recognize. Remove it or use a supported object type."),
    // WSA_QOS_EPOLICYOBJ
    own("Invalid QoS policy object.", "The QoS provider-specific buffer contains a policy object that is not valid. Check the policy data in the buffer."),
    // WSA_QOS_EFLOWDESC
    own("Invalid QoS flow descriptor.", "One of the entries in the list of flow descriptors is not valid. Check each flow descriptor (FLOWDESCRIPTOR) in the request."),
    // WSA_QOS_EPSFLOWSPEC
    own("Invalid QoS provider-specific flowspec.", "The QoS provider-specific buffer contains a FLOWSPEC that is invalid or inconsistent. Check the flowspec inside the buffer."),
    // WSA_QOS_EPSFILTERSPEC
    own("Invalid QoS provider-specific filterspec.", "The QoS provider-specific buffer contains a FILTERSPEC that is not valid. Check the filterspec inside the buffer."),
    // WSA_QOS_ESDMODEOBJ
    own("Invalid QoS shape discard mode object.", "The QoS provider-specific buffer contains a shape discard mode object (QOS_SD_MODE) that is not valid. Check the mode value in that object."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Invalid QoS shaping rate object.", "The QoS provider-specific buffer contains a shaping rate object (QOS_SHAPING_RATE) that is not valid. Check the rate given in that object."),
    // WSA_QOS_RESERVED_PETYPE
    own("Reserved policy QoS element type.", "The QoS provider-specific buffer contains a policy element of a reserved type. Remove it or use a permitted policy element type."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("No such host is known securely.", "A secure name lookup, such as one that requires DNSSEC validation, did not find the host. The name may not exist or may not be signed correctly; check the name and the DNS security settings."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("Name-based IPsec policy could not be added.", "The system failed to add an IPsec policy that is based on a host name. Check the IPsec and connection security rules and their name settings."),
];

static EN_US_LABELS: &[BakedLabel] = &[
    label("Socket operations"),
    label("Unix compatibility"),
    label("Start-up and service providers"),
    label("Service lookup"),
    label("Name resolution"),
    label("Overlapped I/O and events"),
    label("Quality of service (QoS)"),
    label("Winsock error codes"),
    label("Other languages"),
    label("Narrow the list by number, name or words"),
    label("The query is too long."),
    label("Name"),
    label("Number"),
    label("Hex"),
    label("Group"),
    label("Title"),
    label("Explanation"),
];

static ES_ES: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("Identificador de objeto de evento no válido.", "El programa usó un identificador de objeto de evento que no es válido; por ejemplo, uno que ya se había cerrado. Compruebe que el identificador proceda de WSACreateEvent y siga abierto. Este código tiene el mismo valor que el error de Windows ERROR_INVALID_HANDLE (6)."),
    // WSA_NOT_ENOUGH_MEMORY
    own("No hay suficiente memoria disponible.", "Una función de Windows Sockets que depende de una función subyacente de Windows falló porque no había memoria suficiente. Cierre otros programas o libere memoria y vuelva a intentarlo. Este código tiene el mismo valor que el error de Windows ERROR_NOT_ENOUGH_MEMORY (8)."),
    // WSA_INVALID_PARAMETER
    own("Uno o varios parámetros no son válidos.", "Una función de Windows Sockets pasó sus argumentos a una función subyacente de Windows, que rechazó uno o varios de ellos. Compruebe todos los parámetros de la llamada. Este código tiene el mismo valor que el error de Windows ERROR_INVALID_PARAMETER (87)."),
    // WSA_OPERATION_ABORTED
    own("Operación superpuesta anulada.", "Se canceló una operación superpuesta antes de que terminara, porque se cerró el socket o porque se emitió el comando SIO_FLUSH mediante WSAIoctl. Es lo esperado cuando un programa cierra un socket con E/S todavía pendiente; el código tiene el mismo valor que el error de Windows ERROR_OPERATION_ABORTED (995)."),
    // WSA_IO_INCOMPLETE
    own("El objeto de evento de E/S superpuesta no está en estado señalado.", "El programa pidió el resultado de una operación superpuesta que todavía no ha terminado. Si se sondea con WSAGetOverlappedResult con su marca fWait establecida en FALSE, se obtiene este código hasta que la operación se complete; espere y vuelva a consultar. Este código tiene el mismo valor que el error de Windows ERROR_IO_INCOMPLETE (996)."),
    // WSA_IO_PENDING
    own("La operación superpuesta se completará más tarde.", "Se inició una operación superpuesta que no pudo terminar de inmediato. No se trata de un error: cuando termine, el programa recibirá una notificación a través de su evento, su rutina de finalización o su puerto de finalización de E/S (IOCP), y entonces WSAGetOverlappedResult proporcionará el resultado. Este código tiene el mismo valor que el error de Windows ERROR_IO_PENDING (997)."),
    // WSAEINTR
    own("Llamada de función interrumpida.", "Una llamada de bloqueo se interrumpió antes de terminar, tradicionalmente por WSACancelBlockingCall, un vestigio de Windows Sockets 1.1 que los programas modernos de Winsock 2 no deben usar. Cerrar el socket con closesocket desde otro subproceso mientras una llamada espera en él tiene el mismo efecto; repita la llamada si la interrupción no era intencionada."),
    // WSAEBADF
    own("Identificador de archivo incorrecto.", "El identificador de archivo o de socket indicado no es válido. Asegúrese de que el identificador esté abierto y de que no se haya cerrado ya."),
    // WSAEACCES
    own("Permiso denegado.", "Se usó el socket de una forma que sus derechos de acceso no permiten. Las causas habituales son llamar a sendto con una dirección de difusión sin haber habilitado antes SO_BROADCAST con setsockopt, o llamar a bind con una dirección y un puerto que otro programa, servicio o controlador se ha reservado en exclusiva mediante SO_EXCLUSIVEADDRUSE; un firewall o un producto de seguridad también puede bloquear el acceso."),
    // WSAEFAULT
    own("Dirección incorrecta.", "Un puntero pasado a una función de socket no apunta a memoria válida, o un argumento de búfer o de longitud es demasiado pequeño. Compruebe todos los argumentos de tipo puntero y asegúrese de que los valores de longitud coincidan con el tamaño real del búfer; por ejemplo, la longitud de una estructura sockaddr debe ser al menos sizeof(sockaddr)."),
    // WSAEINVAL
    own("Argumento no válido.", "Uno de los argumentos no es válido; por ejemplo, un nivel desconocido pasado a setsockopt. También se devuelve cuando la llamada no corresponde al estado actual del socket, como llamar a accept en un socket en el que no se ha llamado a listen."),
    // WSAEMFILE
    own("Demasiados sockets abiertos.", "Este programa no dispone de más identificadores de socket. El límite puede aplicarse a todo el sistema, al proceso o al subproceso; cierre los sockets que ya no necesite y busque fugas de identificadores."),
    // WSAEWOULDBLOCK
    own("Recurso no disponible temporalmente.", "Un socket sin bloqueo no pudo completar la operación de inmediato; por ejemplo, recv cuando todavía no hay datos esperando. No se trata de un error real: espere a que el socket esté listo (con select, WSAPoll o un evento) y vuelva a intentarlo; un connect en un socket SOCK_STREAM sin bloqueo suele devolver este código mientras se establece la conexión."),
    // WSAEINPROGRESS
    own("Ya hay una operación de bloqueo en curso.", "Windows Sockets solo permite una llamada de bloqueo a la vez por tarea o subproceso, y se hizo otra llamada mientras una seguía pendiente. Esto afecta sobre todo a programas antiguos al estilo de Windows Sockets 1.1; asegúrese de que la llamada de bloqueo anterior haya devuelto el control antes de emitir una nueva."),
    // WSAEALREADY
    own("Ya hay una operación en curso en este socket sin bloqueo.", "Se solicitó una operación en un socket sin bloqueo que todavía está ocupado con una operación del mismo tipo, como un segundo connect mientras el primero aún está conectando. También se devuelve al cancelar una solicitud asincrónica (una de las funciones WSAAsyncGetXbyY) que ya se había completado o cancelado."),
    // WSAENOTSOCK
    own("Operación de socket en un objeto que no es un socket.", "El identificador pasado a la función no es un socket válido. Puede que nunca haya sido un socket, que ya esté cerrado o, en el caso de select, que una de las entradas de un fd_set no sea un socket válido."),
    // WSAEDESTADDRREQ
    own("Se requiere una dirección de destino.", "La operación necesita una dirección de destino, pero no se indicó ninguna. Por ejemplo, se llamó a sendto con ADDR_ANY como dirección remota; indique la dirección real del par."),
    // WSAEMSGSIZE
    own("Mensaje demasiado largo.", "Un datagrama era más grande de lo que el protocolo o la red pueden transportar, o el búfer de recepción era más pequeño que el datagrama entrante, en cuyo caso el datagrama se truncó. Envíe mensajes más pequeños o use un búfer de recepción mayor."),
    // WSAEPROTOTYPE
    own("Tipo de protocolo incorrecto para el socket.", "El protocolo pasado a la función socket no es adecuado para el tipo de socket solicitado. Por ejemplo, UDP no se puede usar con un socket SOCK_STREAM; elija un protocolo que corresponda al tipo o pase 0 para que lo elija el sistema."),
    // WSAENOPROTOOPT
    own("Opción de protocolo incorrecta.", "La opción o el nivel pasados a getsockopt o setsockopt son desconocidos, no son válidos o este protocolo no los admite. Compruebe que la opción pertenezca al nivel correcto (como SOL_SOCKET o IPPROTO_TCP) y que el tipo de socket la admita."),
    // WSAEPROTONOSUPPORT
    own("Protocolo no admitido.", "El protocolo solicitado no está instalado en este sistema o no tiene implementación. También ocurre cuando el protocolo no es compatible con el tipo de socket, como al pedir un socket SOCK_DGRAM con un protocolo de secuencia."),
    // WSAESOCKTNOSUPPORT
    own("Tipo de socket no admitido.", "Esta familia de direcciones no admite el tipo de socket solicitado. Por ejemplo, puede que la implementación no ofrezca sockets SOCK_RAW en absoluto, o que exija derechos de administrador para crearlos."),
    // WSAEOPNOTSUPP
    own("Operación no admitida.", "Este tipo de socket u objeto no admite la operación solicitada. Un caso típico es llamar a accept o listen en un socket de datagramas, que no tiene conexiones que aceptar."),
    // WSAEPFNOSUPPORT
    own("Familia de protocolos no admitida.", "La familia de protocolos solicitada no está configurada en este sistema o no tiene implementación. En la práctica, las funciones de Windows Sockets suelen notificar WSAEAFNOSUPPORT en la misma situación."),
    // WSAEAFNOSUPPORT
    own("La familia de protocolos no admite la familia de direcciones.", "Se usó una dirección de una familia que el protocolo no admite. Las causas típicas son pedir a la función socket un protocolo que no pertenece a la familia de direcciones, o pasar una dirección IPv6 a un socket AF_INET (o al revés) en llamadas como sendto o connect."),
    // WSAEADDRINUSE
    own("La dirección ya está en uso.", "Otro socket ya está enlazado a esta dirección y este puerto, posiblemente uno que todavía se está cerrando o que no se cerró correctamente. Detenga el otro programa o elija otro puerto; los servidores que de verdad necesiten compartir un puerto pueden establecer SO_REUSEADDR, y los clientes normalmente ni siquiera necesitan llamar a bind. Si se pasó a bind una dirección comodín (ADDR_ANY), puede que el error no aparezca hasta que la dirección se fije realmente, en una llamada posterior a connect, listen, WSAConnect o WSAJoinLeaf."),
    // WSAEADDRNOTAVAIL
    own("No se puede asignar la dirección solicitada.", "La dirección no es válida en este contexto. Normalmente se pasó a bind una dirección IP que no pertenece a este equipo, o se pasó a connect o sendto una dirección o un puerto remotos que no se pueden usar, como el puerto 0 o la dirección 0.0.0.0."),
    // WSAENETDOWN
    own("La red no funciona.", "Se ha producido un error en el subsistema de red, en el adaptador de red o en la red local. Compruebe la conexión de red y el adaptador, y reinicie la pila de red o el equipo si el problema continúa."),
    // WSAENETUNREACH
    own("Red inaccesible.", "El sistema local no tiene ninguna ruta hacia la red de destino. Compruebe la conexión de red, la puerta de enlace predeterminada y la tabla de enrutamiento, así como que la dirección sea correcta."),
    // WSAENETRESET
    own("La red ha interrumpido la conexión por un restablecimiento.", "La conexión se interrumpió porque los sondeos de keep-alive detectaron que el otro extremo, o la ruta hasta él, había fallado mientras había una operación en curso. setsockopt también puede devolver este código al habilitar SO_KEEPALIVE en una conexión que ya ha fallado; vuelva a conectarse para continuar."),
    // WSAECONNABORTED
    own("Conexión anulada por el software.", "El software de este equipo cerró la conexión, a menudo tras agotarse el tiempo de espera de una transmisión de datos o por un error de protocolo. Los firewalls, los productos antivirus o el software de VPN que cortan conexiones también pueden provocarlo; vuelva a conectarse y revise ese software si el problema se repite."),
    // WSAECONNRESET
    own("El par ha forzado el cierre de la conexión.", "El host remoto cerró la conexión de forma abrupta. Puede que el programa del otro extremo haya dejado de funcionar o se haya detenido, que el host remoto se haya reiniciado o desconectado de la red, o que haya cerrado el socket con un restablecimiento forzado (SO_LINGER habilitado con un tiempo de espera de 0); vuelva a conectarse y revise el lado remoto."),
    // WSAENOBUFS
    own("No hay espacio de búfer disponible.", "El sistema se quedó sin espacio de búfer o una cola estaba llena, por lo que no se pudo realizar la operación. Esto suele indicar demasiadas conexiones abiertas, memoria agotada o falta de puertos efímeros libres; cierre los sockets que no use y vuelva a intentarlo más tarde."),
    // WSAEISCONN
    own("El socket ya está conectado.", "Se llamó a connect en un socket que ya tiene una conexión. Algunas implementaciones también devuelven este código cuando se usa sendto con una dirección explícita en un socket SOCK_DGRAM conectado."),
    // WSAENOTCONN
    own("El socket no está conectado.", "El socket no está conectado, por lo que no se pueden enviar ni recibir datos a través de él, y no se indicó ninguna dirección de destino (como permitiría sendto en un socket de datagramas). Otras llamadas, como establecer SO_KEEPALIVE en una conexión interrumpida por un restablecimiento, también pueden devolver este código; establezca primero la conexión."),
    // WSAESHUTDOWN
    own("No se puede enviar después de cerrar el socket.", "Se rechazó el envío o la recepción porque ese sentido del socket ya se había cerrado con una llamada anterior a shutdown. Una vez cerrado un sentido, no se puede volver a usar en este socket."),
    // WSAETOOMANYREFS
    own("Demasiadas referencias.", "Hay demasiadas referencias a algún objeto del kernel. Libere los objetos que ya no necesite y vuelva a intentarlo."),
    // WSAETIMEDOUT
    own("Se agotó el tiempo de espera de la conexión.", "El otro extremo no respondió a tiempo, ya fuera mientras se establecía la conexión o en una conexión ya establecida. Puede que el host remoto esté desconectado o sobrecargado, o que un firewall esté descartando el tráfico sin avisar; compruebe la dirección, el puerto y la configuración del firewall."),
    // WSAECONNREFUSED
    own("Conexión rechazada.", "El equipo de destino rechazó activamente la conexión. Normalmente no hay ningún programa escuchando en ese puerto, el servicio está detenido o un firewall rechaza la conexión; compruebe la dirección, el número de puerto y que el servidor esté en ejecución."),
    // WSAELOOP
    own("No se puede traducir el nombre.", "No se pudo traducir un nombre; por ejemplo, porque al resolverlo se entró en un bucle. Compruebe si el nombre contiene errores."),
    // WSAENAMETOOLONG
    own("Nombre demasiado largo.", "Un nombre, o una de sus partes, supera la longitud permitida. Use un nombre más corto."),
    // WSAEHOSTDOWN
    own("El host está inactivo.", "La operación no se pudo completar porque el host de destino parece estar inactivo. Windows suele notificar esta situación con WSAETIMEDOUT en su lugar; compruebe que el equipo remoto esté encendido y conectado."),
    // WSAEHOSTUNREACH
    own("No hay ruta al host.", "No se puede llegar al host de destino desde este equipo, porque no hay ninguna ruta que lleve hasta él. Compruebe la dirección, la conexión de red y la configuración de enrutamiento o de la puerta de enlace."),
    // WSAENOTEMPTY
    own("El directorio no está vacío.", "No se pudo eliminar un directorio porque todavía contiene entradas. Vacíelo primero."),
    // WSAEPROCLIM
    own("Demasiados procesos.", "La implementación de Windows Sockets limita cuántos programas pueden usarla a la vez y se ha alcanzado ese límite, por lo que WSAStartup puede devolver este error. Cierre otros programas que usen la red y vuelva a intentarlo."),
    // WSAEUSERS
    own("Cuota de usuarios superada.", "Se ha agotado la cuota de usuarios o de recursos de usuario. Libere algunos recursos o pida a un administrador que aumente el límite."),
    // WSAEDQUOT
    own("Cuota de disco superada.", "Se ha agotado la cuota de espacio en disco. Libere espacio o pida a un administrador que aumente la cuota."),
    // WSAESTALE
    own("Referencia de identificador de archivo obsoleta.", "El identificador de archivo hace referencia a algo que ya no está disponible. Vuelva a abrir el elemento para obtener un identificador nuevo."),
    // WSAEREMOTE
    own("El elemento es remoto.", "El elemento no está disponible localmente porque se encuentra en un sistema remoto. En su lugar, obtenga acceso a él a través del sistema remoto."),
    // WSASYSNOTREADY
    own("El subsistema de red no está disponible.", "Se produjo un error en WSAStartup porque el sistema de red subyacente del que depende Windows Sockets no está listo en este momento. Compruebe que esté presente el archivo Ws2_32.dll correcto y que no haya ningún otro archivo DLL de Winsock antes que él en la ruta de búsqueda, que los componentes de red estén instalados y configurados, y que el sistema no se esté iniciando todavía."),
    // WSAVERNOTSUPPORTED
    own("Versión de Winsock no admitida.", "La implementación de Windows Sockets instalada no admite la versión que el programa solicitó en WSAStartup. Asegúrese de que el programa solicite una versión admitida (normalmente la 2.2) y de que no se esté cargando un archivo DLL de Winsock obsoleto en lugar del archivo del sistema."),
    // WSANOTINITIALISED
    own("No se ha llamado correctamente a WSAStartup.", "Se usó una función de socket antes de una llamada correcta a WSAStartup, o después de llamar a WSACleanup tantas veces como a WSAStartup. Llame primero a WSAStartup y compruebe su resultado; asegúrese también de que no se compartan sockets con una tarea que nunca haya inicializado Windows Sockets."),
    // WSAEDISCON
    own("Cierre ordenado en curso.", "WSARecv o WSARecvFrom indica que el lado remoto ha iniciado un cierre ordenado de la conexión. No llegarán más datos; termine de procesar y cierre el socket."),
    // WSAENOMORE
    own("No hay más resultados.", "WSALookupServiceNext no tiene más resultados que devolver para esta consulta. Esto marca el final normal de la búsqueda; llame a WSALookupServiceEnd para finalizarla."),
    // WSAECANCELLED
    own("Llamada de búsqueda cancelada.", "Se llamó a WSALookupServiceEnd mientras todavía se estaba ejecutando una llamada a WSALookupServiceNext, por lo que esa búsqueda se canceló. Es lo esperado cuando una búsqueda se finaliza antes de tiempo."),
    // WSAEINVALIDPROCTABLE
    own("Tabla de procedimientos del proveedor de servicios no válida.", "Un proveedor de servicios de Windows Sockets entregó a Ws2_32.dll una tabla de procedimientos que no es válida, normalmente porque algunos de sus punteros de función son NULL. Reinstale o quite el proveedor de servicios en capas (LSP) o el software de red defectuosos."),
    // WSAEINVALIDPROVIDER
    own("Número de versión del proveedor de servicios no válido.", "Un proveedor de servicios de Windows Sockets notificó una versión distinta de la 2.0, que el sistema no acepta; WSCGetProviderInfo y WSCGetProviderInfo32 también devuelven este código cuando no se encuentra la entrada de protocolo por la que se les pregunta. Actualice o quite el proveedor que se instaló con software de red de terceros."),
    // WSAEPROVIDERFAILEDINIT
    own("No se puede inicializar un proveedor de servicios.", "No se pudo iniciar un proveedor de servicios: o bien no se pudo cargar su DLL con LoadLibrary, o bien su función WSPStartup o NSPStartup notificó un error. Suele ayudar reinstalar el software de red afectado o restablecer el catálogo de Winsock (netsh winsock reset)."),
    // WSASYSCALLFAILURE
    own("Error en una llamada al sistema.", "Falló una llamada al sistema que nunca debería fallar; por ejemplo, la espera de eventos con WaitForMultipleObjects o una operación del Registro en los catálogos de protocolos o de espacio de nombres. También se devuelve cuando un proveedor notifica un error sin un código más específico, lo que puede indicar un defecto en ese proveedor."),
    // WSASERVICE_NOT_FOUND
    own("No se encontró el servicio.", "El espacio de nombres en el que se buscó no conoce ningún servicio con ese nombre. Compruebe el nombre del servicio y que se haya consultado el espacio de nombres correcto."),
    // WSATYPE_NOT_FOUND
    own("No se encontró el tipo de clase.", "No se pudo encontrar el tipo de clase de servicio solicitado. Compruebe que la clase esté instalada y registrada; getaddrinfo notifica el mismo código como EAI_SERVICE cuando el nombre de servicio no se puede usar con el tipo de socket solicitado."),
    // WSA_E_NO_MORE
    own("No hay más resultados.", "WSALookupServiceNext no tiene más resultados que devolver para esta consulta. Esto marca el final normal de la búsqueda; llame a WSALookupServiceEnd para finalizarla."),
    // WSA_E_CANCELLED
    own("Llamada de búsqueda cancelada.", "Se llamó a WSALookupServiceEnd mientras todavía se estaba ejecutando una llamada a WSALookupServiceNext, por lo que esa búsqueda se canceló. Es lo esperado cuando una búsqueda se finaliza antes de tiempo."),
    // WSAEREFUSED
    own("Consulta de base de datos rechazada.", "La base de datos del espacio de nombres rechazó activamente la consulta. Puede que el servidor o el proveedor no permitan esta solicitud; compruebe los permisos y la propia consulta."),
    // WSAHOST_NOT_FOUND
    own("No se encontró el host.", "No se conoce ningún host con ese nombre: no es un nombre de host oficial ni un alias en las bases de datos o los servidores DNS consultados. Compruebe la ortografía del nombre y la configuración de DNS; en las búsquedas de protocolos o servicios, significa que el nombre no se encontró en esa base de datos."),
    // WSATRY_AGAIN
    own("Error temporal en la búsqueda del nombre (host no encontrado, respuesta no autoritativa).", "De momento no se ha podido completar la búsqueda del nombre porque el servidor DNS local no obtuvo respuesta de un servidor con autoridad sobre ese nombre. Suele ser algo temporal; vuelva a intentarlo más tarde y, si el problema persiste, compruebe la conexión de red y el servidor DNS."),
    // WSANO_RECOVERY
    own("Error irrecuperable en la búsqueda del nombre.", "Una búsqueda falló con un error que no se solucionará volviendo a intentarlo. Puede que falten los archivos de base de datos locales (hosts, services, protocols) o que un servidor DNS haya respondido con un error grave; compruebe la configuración de DNS."),
    // WSANO_DATA
    own("Nombre válido, pero sin datos del tipo solicitado.", "El nombre existe, pero no tiene ningún registro del tipo solicitado. Por ejemplo, un host puede tener un registro de correo (MX) pero ningún registro de dirección (A o AAAA), por lo que no se puede llegar a él directamente con ese nombre."),
    // WSA_QOS_RECEIVERS
    own("Receptores de QoS.", "Ha llegado al menos una solicitud de reserva de QoS (un mensaje RSVP RESV) de un receptor. Se trata de un informe de estado, no de un error."),
    // WSA_QOS_SENDERS
    own("Remitentes de QoS.", "Ha llegado al menos un mensaje de ruta de QoS (un mensaje RSVP PATH) de un remitente. Se trata de un informe de estado, no de un error."),
    // WSA_QOS_NO_SENDERS
    own("No hay remitentes de QoS.", "Ya no queda ningún remitente de QoS para este flujo. Se trata de un informe de estado; las reservas que dependían de los remitentes ya no se aplican."),
    // WSA_QOS_NO_RECEIVERS
    own("No hay receptores de QoS.", "Ya no queda ningún receptor de QoS para este flujo. Se trata de un informe de estado; el remitente no tiene reservas que atender."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("Solicitud de QoS confirmada.", "La red ha confirmado la solicitud de reserva de QoS. Se trata de una notificación de éxito."),
    // WSA_QOS_ADMISSION_FAILURE
    own("Error de admisión de QoS.", "No se pudo admitir la solicitud de QoS porque no había recursos suficientes, como ancho de banda, a lo largo de la ruta. Solicite menos recursos o vuelva a intentarlo más tarde."),
    // WSA_QOS_POLICY_FAILURE
    own("Error de directiva de QoS.", "Se rechazó la solicitud de QoS porque el sistema de directivas no pudo conceder los recursos solicitados con la directiva actual. Revise la directiva de QoS o consulte a un administrador."),
    // WSA_QOS_BAD_STYLE
    own("Estilo de QoS incorrecto.", "Se encontró un estilo de reserva de QoS desconocido o en conflicto. Compruebe el estilo de reserva especificado en la solicitud."),
    // WSA_QOS_BAD_OBJECT
    own("Objeto de QoS incorrecto.", "Hay algún problema con una FILTERSPEC o, en general, con el búfer específico del proveedor. Compruebe las estructuras de QoS pasadas a la llamada."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("Error de control de tráfico de QoS.", "La interfaz subyacente de control de tráfico (TC) produjo un error al aplicar localmente la solicitud genérica de QoS. Entre las posibles causas están la falta de memoria o un error interno del proveedor de QoS."),
    // WSA_QOS_GENERIC_ERROR
    own("Error genérico de QoS.", "Se produjo un error general de QoS sin un código más específico. Compruebe la solicitud de QoS y el estado del proveedor."),
    // WSA_QOS_ESERVICETYPE
    own("Error de tipo de servicio de QoS.", "La estructura FLOWSPEC contiene un tipo de servicio que no es válido o no se reconoce. Use uno de los tipos de servicio definidos, como SERVICETYPE_GUARANTEED o SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("Error de especificación de flujo de QoS.", "Una FLOWSPEC de la estructura QOS no es válida o es incoherente. Compruebe sus velocidades, sus tamaños y su tipo de servicio."),
    // WSA_QOS_EPROVSPECBUF
    own("Búfer de proveedor de QoS no válido.", "El búfer específico del proveedor (ProviderSpecific) pasado con la solicitud de QoS no es válido. Compruebe su tamaño y su contenido."),
    // WSA_QOS_EFILTERSTYLE
    own("Estilo de filtro de QoS no válido.", "El estilo de filtro de QoS indicado no es válido. Use un estilo de filtro admitido."),
    // WSA_QOS_EFILTERTYPE
    own("Tipo de filtro de QoS no válido.", "El tipo de filtro de QoS indicado no es válido. Use un tipo de filtro admitido."),
    // WSA_QOS_EFILTERCOUNT
    own("Número de filtros de QoS incorrecto.", "El número de entradas FILTERSPEC indicado en un FLOWDESCRIPTOR es incorrecto. Haga que ese número coincida con los filtros realmente proporcionados."),
    // WSA_QOS_EOBJLENGTH
    own("Longitud de objeto de QoS no válida.", "Un objeto del búfer específico del proveedor de QoS tiene un campo ObjectLength que no es válido. Compruebe la longitud de cada objeto del búfer."),
    // WSA_QOS_EFLOWCOUNT
    own("Número de flujos de QoS incorrecto.", "La estructura QOS especifica un número incorrecto de entradas de descriptor de flujo. Haga que ese número coincida con los descriptores realmente proporcionados."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Objeto de QoS no reconocido.", "El búfer específico del proveedor de QoS contiene un objeto de un tipo que el proveedor no reconoce. Quítelo o use un tipo de objeto admitido."),
    // WSA_QOS_EPOLICYOBJ
    own("Objeto de directiva de QoS no válido.", "El búfer específico del proveedor de QoS contiene un objeto de directiva que no es válido. Compruebe los datos de directiva del búfer."),
    // WSA_QOS_EFLOWDESC
    own("Descriptor de flujo de QoS no válido.", "Una de las entradas de la lista de descriptores de flujo no es válida. Compruebe cada descriptor de flujo (FLOWDESCRIPTOR) de la solicitud."),
    // WSA_QOS_EPSFLOWSPEC
    own("Especificación de flujo de QoS específica del proveedor no válida.", "El búfer específico del proveedor de QoS contiene una FLOWSPEC que no es válida o es incoherente. Compruebe la especificación de flujo incluida en el búfer."),
    // WSA_QOS_EPSFILTERSPEC
    own("Especificación de filtro de QoS específica del proveedor no válida.", "El búfer específico del proveedor de QoS contiene una FILTERSPEC que no es válida. Compruebe la especificación de filtro incluida en el búfer."),
    // WSA_QOS_ESDMODEOBJ
    own("Objeto de modo de modelado y descarte de QoS no válido.", "El búfer específico del proveedor de QoS contiene un objeto de modo de modelado y descarte (QOS_SD_MODE) que no es válido. Compruebe el valor del modo en ese objeto."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Objeto de velocidad de modelado de QoS no válido.", "El búfer específico del proveedor de QoS contiene un objeto de velocidad de modelado (QOS_SHAPING_RATE) que no es válido. Compruebe la velocidad indicada en ese objeto."),
    // WSA_QOS_RESERVED_PETYPE
    own("Tipo de elemento de directiva de QoS reservado.", "El búfer específico del proveedor de QoS contiene un elemento de directiva de un tipo reservado. Quítelo o use un tipo de elemento de directiva permitido."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("No se conoce de forma segura ningún host con ese nombre.", "Una búsqueda de nombre segura, como una que requiera validación DNSSEC, no encontró el host. Puede que el nombre no exista o que no esté firmado correctamente; compruebe el nombre y la configuración de seguridad de DNS."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("No se pudo agregar la directiva IPsec basada en nombres.", "El sistema no pudo agregar una directiva IPsec basada en un nombre de host. Compruebe las reglas de IPsec y de seguridad de conexión, así como su configuración de nombres."),
];

static ES_ES_LABELS: &[BakedLabel] = &[
    label("Operaciones de socket"),
    label("Compatibilidad con Unix"),
    label("Inicio y proveedores de servicios"),
    label("Búsqueda de servicios"),
    label("Resolución de nombres"),
    label("E/S superpuesta y eventos"),
    label("Calidad de servicio (QoS)"),
    label("Códigos de error de Winsock"),
    label("Otros idiomas"),
    label("Acote la lista por número, nombre o palabras"),
    label("La consulta es demasiado larga."),
    label("Nombre"),
    label("Número"),
    label("Hexadecimal"),
    label("Grupo"),
    label("Título"),
    label("Explicación"),
];

static FR_FR: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("Le descripteur d’objet événement spécifié n’est pas valide.", "Le programme a utilisé un descripteur d’objet événement non valide, par exemple un descripteur déjà fermé. Vérifiez que le descripteur provient de WSACreateEvent et qu’il est toujours ouvert. Ce code a la même valeur que l’erreur Windows ERROR_INVALID_HANDLE (6)."),
    // WSA_NOT_ENOUGH_MEMORY
    own("Mémoire disponible insuffisante.", "Une fonction Windows Sockets qui s’appuie sur une fonction Windows sous-jacente a échoué par manque de mémoire. Fermez d’autres programmes ou libérez de la mémoire, puis réessayez. Ce code a la même valeur que l’erreur Windows ERROR_NOT_ENOUGH_MEMORY (8)."),
    // WSA_INVALID_PARAMETER
    own("Un ou plusieurs paramètres ne sont pas valides.", "Une fonction Windows Sockets a transmis ses arguments à une fonction Windows sous-jacente, qui en a rejeté un ou plusieurs. Vérifiez tous les paramètres de l’appel. Ce code a la même valeur que l’erreur Windows ERROR_INVALID_PARAMETER (87)."),
    // WSA_OPERATION_ABORTED
    own("Opération avec chevauchement abandonnée.", "Une opération avec chevauchement a été annulée avant la fin, parce que le socket a été fermé ou parce que la commande SIO_FLUSH a été émise au moyen de WSAIoctl. C’est le comportement attendu lorsqu’un programme ferme un socket alors que des E/S sont encore en attente\u{a0}; ce code a la même valeur que l’erreur Windows ERROR_OPERATION_ABORTED (995)."),
    // WSA_IO_INCOMPLETE
    own("Objet événement d’E/S avec chevauchement à l’état non signalé.", "Le programme a demandé le résultat d’une opération avec chevauchement qui n’est pas encore terminée. Interrogée à intervalles réguliers avec son indicateur fWait défini sur FALSE, la fonction WSAGetOverlappedResult renvoie ce code jusqu’à la fin de l’opération\u{a0}; attendez, puis redemandez le résultat. Ce code a la même valeur que l’erreur Windows ERROR_IO_INCOMPLETE (996)."),
    // WSA_IO_PENDING
    own("L’opération avec chevauchement se terminera plus tard.", "Une opération avec chevauchement a été lancée et n’a pas pu se terminer immédiatement. Il ne s’agit pas d’un échec\u{a0}: le programme sera averti de la fin de l’opération par son événement, sa routine de terminaison ou son port de terminaison d’E/S (IOCP), et WSAGetOverlappedResult en fournira alors le résultat. Ce code a la même valeur que l’erreur Windows ERROR_IO_PENDING (997)."),
    // WSAEINTR
    own("Appel de fonction interrompu.", "Un appel bloquant a été interrompu avant la fin, classiquement par WSACancelBlockingCall, un vestige de Windows Sockets 1.1 que les programmes Winsock 2 modernes ne devraient pas utiliser. La fermeture du socket par closesocket depuis un autre thread, alors qu’un appel est en attente sur ce socket, produit le même effet\u{a0}; relancez l’appel si l’interruption n’était pas voulue."),
    // WSAEBADF
    own("Descripteur de fichier incorrect.", "Le descripteur de fichier ou de socket fourni n’est pas valide. Assurez-vous que le descripteur est ouvert et qu’il n’a pas déjà été fermé."),
    // WSAEACCES
    own("Autorisation refusée.", "Le socket a été utilisé d’une manière que ses droits d’accès n’autorisent pas. Les causes courantes sont l’appel à sendto avec une adresse de diffusion sans avoir d’abord activé SO_BROADCAST avec setsockopt, ou l’appel à bind sur une adresse et un port qu’un autre programme, service ou pilote s’est réservés en exclusivité avec SO_EXCLUSIVEADDRUSE\u{a0}; un pare-feu ou un produit de sécurité peut également bloquer l’accès."),
    // WSAEFAULT
    own("Adresse incorrecte.", "Un pointeur passé à une fonction de socket ne pointe pas vers une zone de mémoire valide, ou bien une mémoire tampon ou une longueur passée en argument est trop petite. Vérifiez chaque argument de type pointeur et assurez-vous que les valeurs de longueur correspondent à la taille réelle de la mémoire tampon\u{a0}; par exemple, la longueur d’une structure sockaddr doit être au moins égale à sizeof(sockaddr)."),
    // WSAEINVAL
    own("Argument non valide.", "L’un des arguments n’est pas valide, par exemple un niveau inconnu passé à setsockopt. Cette erreur est également renvoyée lorsque l’appel ne correspond pas à l’état actuel du socket, par exemple un appel à accept sur un socket pour lequel listen n’a pas été appelé."),
    // WSAEMFILE
    own("Trop de sockets ouverts.", "Plus aucun descripteur de socket n’est disponible pour ce programme. La limite peut s’appliquer à l’ensemble du système, au processus ou au thread\u{a0}; fermez les sockets dont vous n’avez plus besoin et recherchez d’éventuelles fuites de descripteurs."),
    // WSAEWOULDBLOCK
    own("Ressource temporairement indisponible.", "Un socket non bloquant n’a pas pu terminer l’opération immédiatement, par exemple un appel à recv alors qu’aucune donnée n’est encore en attente. Il ne s’agit pas d’un véritable échec\u{a0}: attendez que le socket soit prêt (avec select, WSAPoll ou un événement), puis réessayez\u{a0}; un appel à connect sur un socket SOCK_STREAM non bloquant renvoie normalement ce code tant que la connexion est en cours d’établissement."),
    // WSAEINPROGRESS
    own("Une opération bloquante est déjà en cours.", "Windows Sockets n’autorise qu’un seul appel bloquant à la fois par tâche ou par thread, et un autre appel a été effectué alors qu’un appel était encore en attente. Cela concerne surtout les anciens programmes de style Windows Sockets 1.1\u{a0}; assurez-vous que l’appel bloquant précédent a rendu la main avant d’en lancer un nouveau."),
    // WSAEALREADY
    own("Opération déjà en cours sur ce socket non bloquant.", "Une opération a été demandée sur un socket non bloquant encore occupé par une opération du même type, par exemple un second appel à connect alors que le premier est encore en train d’établir la connexion. Cette erreur est également renvoyée lors de l’annulation d’une demande asynchrone (l’une des fonctions WSAAsyncGetXbyY) déjà terminée ou déjà annulée."),
    // WSAENOTSOCK
    own("Opération de socket sur un élément qui n’est pas un socket.", "Le descripteur passé à la fonction n’est pas un socket valide. Il se peut qu’il n’ait jamais désigné un socket ou qu’il soit déjà fermé, ou encore, dans le cas de select, que l’une des entrées d’un fd_set ne soit pas un socket valide."),
    // WSAEDESTADDRREQ
    own("Adresse de destination requise.", "L’opération nécessite une adresse de destination, mais aucune n’a été fournie. Par exemple, la fonction sendto a été appelée avec ADDR_ANY comme adresse distante\u{a0}; indiquez l’adresse réelle de l’homologue."),
    // WSAEMSGSIZE
    own("Message trop long.", "Un datagramme était plus volumineux que ce que le protocole ou le réseau peut acheminer, ou bien la mémoire tampon de réception était plus petite que le datagramme entrant, auquel cas celui-ci a été tronqué. Envoyez des messages plus courts ou utilisez une mémoire tampon de réception plus grande."),
    // WSAEPROTOTYPE
    own("Protocole de type incorrect pour le socket.", "Le protocole indiqué à la fonction socket ne correspond pas au type de socket demandé. Par exemple, UDP ne peut pas être utilisé avec un socket SOCK_STREAM\u{a0}; choisissez un protocole adapté à ce type, ou passez 0 pour laisser le système choisir."),
    // WSAENOPROTOOPT
    own("Option de protocole incorrecte.", "L’option ou le niveau passé à getsockopt ou à setsockopt est inconnu, non valide ou non pris en charge par ce protocole. Vérifiez que l’option appartient au bon niveau (par exemple SOL_SOCKET ou IPPROTO_TCP) et que le type de socket la prend en charge."),
    // WSAEPROTONOSUPPORT
    own("Protocole non pris en charge.", "Le protocole demandé n’est pas installé sur ce système ou n’a aucune implémentation. Cette erreur se produit aussi lorsque le protocole est incompatible avec le type de socket, par exemple lorsqu’un socket SOCK_DGRAM est demandé avec un protocole de flux."),
    // WSAESOCKTNOSUPPORT
    own("Type de socket non pris en charge.", "Cette famille d’adresses ne prend pas en charge le type de socket demandé. Par exemple, l’implémentation peut ne proposer aucun socket SOCK_RAW, ou exiger des droits d’administrateur pour en créer."),
    // WSAEOPNOTSUPP
    own("Opération non prise en charge.", "L’opération demandée n’est pas prise en charge par ce type de socket ou d’objet. Un cas typique est l’appel à accept ou à listen sur un socket de datagrammes, qui n’a aucune connexion à accepter."),
    // WSAEPFNOSUPPORT
    own("Famille de protocoles non prise en charge.", "La famille de protocoles demandée n’est pas configurée sur ce système ou n’a aucune implémentation. En pratique, les fonctions Windows Sockets signalent généralement WSAEAFNOSUPPORT dans la même situation."),
    // WSAEAFNOSUPPORT
    own("Famille d’adresses non prise en charge par la famille de protocoles.", "Une adresse appartenant à une famille que le protocole ne prend pas en charge a été utilisée. Cela se produit typiquement lorsqu’un protocole n’appartenant pas à la famille d’adresses est demandé à la fonction socket, ou lorsqu’une adresse IPv6 est passée à un socket AF_INET (ou l’inverse) dans des appels tels que sendto ou connect."),
    // WSAEADDRINUSE
    own("Adresse déjà utilisée.", "Un autre socket est déjà lié à cette adresse et à ce port\u{a0}; il peut s’agir d’un socket encore en cours de fermeture ou qui n’a pas été fermé correctement. Arrêtez l’autre programme ou choisissez un autre port\u{a0}; les serveurs qui ont réellement besoin de partager un port peuvent définir SO_REUSEADDR, et les clients n’ont en général aucun besoin d’appeler bind. Lorsque bind a reçu une adresse générique (ADDR_ANY), l’erreur peut n’apparaître qu’au moment où l’adresse est réellement fixée, lors d’un appel ultérieur à connect, listen, WSAConnect ou WSAJoinLeaf."),
    // WSAEADDRNOTAVAIL
    own("Impossible d’attribuer l’adresse demandée.", "L’adresse n’est pas valide dans ce contexte. Le plus souvent, bind a reçu une adresse IP qui n’appartient pas à cet ordinateur, ou bien connect ou sendto a reçu une adresse ou un port distants inutilisables, comme le port 0 ou l’adresse 0.0.0.0."),
    // WSAENETDOWN
    own("Réseau hors service.", "Le sous-système réseau, la carte réseau ou le réseau local est défaillant. Vérifiez la connexion et la carte réseau, puis redémarrez la pile réseau ou l’ordinateur si le problème persiste."),
    // WSAENETUNREACH
    own("Réseau inaccessible.", "Le système local ne dispose d’aucun itinéraire vers le réseau de destination. Vérifiez la connexion réseau, la passerelle par défaut et la table de routage, ainsi que l’exactitude de l’adresse."),
    // WSAENETRESET
    own("Connexion abandonnée par le réseau lors d’une réinitialisation.", "La connexion a été abandonnée parce que les sondes keep-alive ont détecté une défaillance de l’autre extrémité ou du chemin qui y mène alors qu’une opération était en cours. La fonction setsockopt peut aussi renvoyer cette erreur lors de l’activation de SO_KEEPALIVE sur une connexion déjà défaillante\u{a0}; rétablissez la connexion pour continuer."),
    // WSAECONNABORTED
    own("Connexion abandonnée par un logiciel.", "La connexion a été fermée par un logiciel de cet ordinateur, souvent après un dépassement du délai de transmission des données ou une erreur de protocole. Les pare-feu, les antivirus ou les logiciels VPN qui coupent des connexions peuvent aussi en être la cause\u{a0}; rétablissez la connexion et, si le problème se répète, vérifiez ces logiciels."),
    // WSAECONNRESET
    own("Connexion réinitialisée par l’homologue.", "L’hôte distant a fermé la connexion brutalement. Le programme à l’autre extrémité s’est peut-être arrêté de manière inattendue ou a été arrêté, l’hôte distant a peut-être redémarré ou disparu du réseau, ou bien il a fermé le socket par une réinitialisation forcée (SO_LINGER activé avec un délai d’expiration de 0)\u{a0}; rétablissez la connexion et vérifiez le côté distant."),
    // WSAENOBUFS
    own("Aucun espace de mémoire tampon disponible.", "Le système ne disposait plus d’espace de mémoire tampon ou une file d’attente était pleine\u{a0}; l’opération n’a donc pas pu être effectuée. Cela indique souvent un trop grand nombre de connexions ouvertes, l’épuisement de la mémoire ou l’absence de ports éphémères libres\u{a0}; fermez les sockets inutilisés et réessayez plus tard."),
    // WSAEISCONN
    own("Socket déjà connecté.", "La fonction connect a été appelée sur un socket qui possède déjà une connexion. Certaines implémentations renvoient aussi cette erreur lorsque sendto est utilisé avec une adresse explicite sur un socket SOCK_DGRAM connecté."),
    // WSAENOTCONN
    own("Socket non connecté.", "Le socket n’est pas connecté, si bien qu’il est impossible d’envoyer ou de recevoir des données sur ce socket, et aucune adresse de destination n’a été fournie (comme sendto le permettrait sur un socket de datagrammes). D’autres appels, comme l’activation de SO_KEEPALIVE sur une connexion réinitialisée, peuvent aussi renvoyer cette erreur\u{a0}; appelez d’abord connect."),
    // WSAESHUTDOWN
    own("Envoi impossible après l’arrêt du socket.", "L’envoi ou la réception a été refusé parce que ce sens de communication du socket avait déjà été fermé par un appel antérieur à shutdown. Une fois qu’un sens a été fermé, il ne peut plus être utilisé sur ce socket."),
    // WSAETOOMANYREFS
    own("Trop de références.", "Il existe trop de références à un objet du noyau. Libérez les objets dont vous n’avez plus besoin, puis réessayez."),
    // WSAETIMEDOUT
    own("Délai de connexion dépassé.", "L’autre extrémité n’a pas répondu à temps, soit pendant l’établissement de la connexion, soit sur une connexion déjà établie. L’hôte distant est peut-être hors ligne ou surchargé, ou un pare-feu abandonne peut-être le trafic silencieusement\u{a0}; vérifiez l’adresse, le port et les paramètres du pare-feu."),
    // WSAECONNREFUSED
    own("Connexion refusée.", "L’ordinateur cible a activement refusé la connexion. Le plus souvent, aucun programme n’écoute sur ce port, le service est arrêté ou un pare-feu rejette la connexion\u{a0}; vérifiez l’adresse et le numéro de port, et assurez-vous que le serveur est en cours d’exécution."),
    // WSAELOOP
    own("Impossible de traduire le nom.", "Un nom n’a pas pu être traduit, par exemple parce que sa résolution a abouti à une boucle. Vérifiez que le nom ne comporte pas d’erreur."),
    // WSAENAMETOOLONG
    own("Nom trop long.", "Un nom, ou l’une de ses parties, dépasse la longueur autorisée. Utilisez un nom plus court."),
    // WSAEHOSTDOWN
    own("Hôte hors service.", "L’opération a échoué parce que l’hôte de destination semble hors service. En général, Windows signale plutôt cette situation par WSAETIMEDOUT\u{a0}; vérifiez que l’ordinateur distant est allumé et connecté."),
    // WSAEHOSTUNREACH
    own("Aucun itinéraire vers l’hôte.", "L’hôte de destination est inaccessible depuis cet ordinateur, car aucun itinéraire n’y mène. Vérifiez l’adresse, la connexion réseau et les paramètres de routage ou de passerelle."),
    // WSAENOTEMPTY
    own("Répertoire non vide.", "Un répertoire n’a pas pu être supprimé, car il contient encore des entrées. Videz-le d’abord."),
    // WSAEPROCLIM
    own("Trop de processus.", "L’implémentation de Windows Sockets limite le nombre d’applications qui peuvent l’utiliser simultanément, et cette limite a été atteinte\u{a0}; WSAStartup peut donc échouer avec cette erreur. Fermez d’autres programmes qui utilisent le réseau, puis réessayez."),
    // WSAEUSERS
    own("Quota d’utilisateurs dépassé.", "Le quota d’utilisateurs ou de ressources utilisateur est épuisé. Libérez des ressources ou demandez à un administrateur d’augmenter la limite."),
    // WSAEDQUOT
    own("Quota de disque dépassé.", "Le quota d’espace disque est épuisé. Libérez de l’espace ou demandez à un administrateur d’augmenter le quota."),
    // WSAESTALE
    own("Référence de descripteur de fichier obsolète.", "Le descripteur de fichier fait référence à un élément qui n’est plus disponible. Rouvrez l’élément pour obtenir un nouveau descripteur."),
    // WSAEREMOTE
    own("Élément distant.", "L’élément n’est pas disponible localement, car il se trouve sur un système distant. Passez plutôt par le système distant pour y avoir accès."),
    // WSASYSNOTREADY
    own("Sous-système réseau indisponible.", "WSAStartup a échoué, car le système réseau sous-jacent sur lequel repose Windows Sockets n’est pas prêt pour le moment. Vérifiez que le bon fichier Ws2_32.dll est en place et qu’aucune autre DLL Winsock n’est trouvée avant lui dans le chemin de recherche, que les composants réseau sont installés et configurés, et que le système a terminé son démarrage."),
    // WSAVERNOTSUPPORTED
    own("Version de Winsock non prise en charge.", "L’implémentation de Windows Sockets installée ne prend pas en charge la version demandée par l’application dans WSAStartup. Assurez-vous que le programme demande une version prise en charge (normalement 2.2) et qu’aucune DLL Winsock obsolète n’est chargée à la place de celle du système."),
    // WSANOTINITIALISED
    own("Aucun appel réussi à WSAStartup.", "Une fonction de socket a été utilisée avant un appel réussi à WSAStartup, ou après autant d’appels à WSACleanup qu’à WSAStartup. Appelez d’abord WSAStartup et vérifiez son résultat\u{a0}; assurez-vous également que les sockets ne sont pas partagés avec une tâche qui n’a jamais initialisé Windows Sockets."),
    // WSAEDISCON
    own("Fermeture normale en cours.", "WSARecv ou WSARecvFrom signale que le côté distant a commencé une fermeture ordonnée de la connexion. Plus aucune donnée n’arrivera\u{a0}; terminez le traitement et fermez le socket."),
    // WSAENOMORE
    own("Aucun autre résultat.", "WSALookupServiceNext n’a plus de résultats à renvoyer pour cette requête. Cela marque la fin normale de la recherche\u{a0}; appelez WSALookupServiceEnd pour la terminer."),
    // WSAECANCELLED
    own("Appel de recherche annulé.", "La fonction WSALookupServiceEnd a été appelée alors qu’un appel à WSALookupServiceNext était encore en cours\u{a0}; cette recherche a donc été annulée. C’est le comportement attendu lorsqu’une recherche est arrêtée prématurément."),
    // WSAEINVALIDPROCTABLE
    own("Table de procédures du fournisseur de services non valide.", "Un fournisseur de services Windows Sockets a remis à Ws2_32.dll une table de procédures non valide, généralement parce que certains de ses pointeurs de fonction sont NULL. Réinstallez ou supprimez le fournisseur de services en couches (LSP) ou le logiciel réseau défectueux."),
    // WSAEINVALIDPROVIDER
    own("Numéro de version du fournisseur de services non valide.", "Un fournisseur de services Windows Sockets a indiqué une version autre que 2.0, ce que le système n’accepte pas\u{a0}; WSCGetProviderInfo et WSCGetProviderInfo32 renvoient aussi cette erreur lorsque l’entrée de protocole sur laquelle elles sont interrogées est introuvable. Mettez à jour ou supprimez le fournisseur installé avec un logiciel réseau tiers."),
    // WSAEPROVIDERFAILEDINIT
    own("Impossible d’initialiser un fournisseur de services.", "Un fournisseur de services n’a pas pu démarrer\u{a0}: soit le chargement de sa DLL avec LoadLibrary a échoué, soit sa fonction WSPStartup ou NSPStartup a signalé une erreur. La réinstallation du logiciel réseau concerné ou la réinitialisation du catalogue Winsock (netsh winsock reset) permet souvent de résoudre le problème."),
    // WSASYSCALLFAILURE
    own("Échec d’un appel système.", "Un appel système qui ne devrait jamais échouer a échoué, par exemple une attente d’événements avec WaitForMultipleObjects, ou une opération de registre sur le catalogue des protocoles ou sur celui de l’espace de noms. Cette erreur est aussi renvoyée lorsqu’un fournisseur signale un échec sans code plus précis, ce qui peut révéler un bogue dans ce fournisseur."),
    // WSASERVICE_NOT_FOUND
    own("Service introuvable.", "Ce service est inconnu dans l’espace de noms où la recherche a été effectuée. Vérifiez le nom du service et assurez-vous que l’espace de noms interrogé est le bon."),
    // WSATYPE_NOT_FOUND
    own("Type de classe introuvable.", "Le type de classe de service demandé est introuvable. Vérifiez que la classe est installée et enregistrée\u{a0}; getaddrinfo renvoie ce même code, sous la forme EAI_SERVICE, lorsque le nom de service ne peut pas être utilisé avec le type de socket demandé."),
    // WSA_E_NO_MORE
    own("Aucun autre résultat.", "WSALookupServiceNext n’a plus de résultats à renvoyer pour cette requête. Cela marque la fin normale de la recherche\u{a0}; appelez WSALookupServiceEnd pour la terminer."),
    // WSA_E_CANCELLED
    own("Appel de recherche annulé.", "La fonction WSALookupServiceEnd a été appelée alors qu’un appel à WSALookupServiceNext était encore en cours\u{a0}; cette recherche a donc été annulée. C’est le comportement attendu lorsqu’une recherche est arrêtée prématurément."),
    // WSAEREFUSED
    own("Requête de base de données refusée.", "La base de données de l’espace de noms a activement refusé la requête. Le serveur ou le fournisseur n’autorise peut-être pas cette demande\u{a0}; vérifiez les autorisations ainsi que la requête elle-même."),
    // WSAHOST_NOT_FOUND
    own("Hôte introuvable.", "Aucun hôte portant ce nom n’est connu\u{a0}: il ne s’agit ni d’un nom d’hôte officiel ni d’un alias dans les bases de données ou les serveurs DNS interrogés. Vérifiez l’orthographe du nom et vos paramètres DNS\u{a0}; pour une recherche de protocole ou de service, cela signifie que le nom est absent de la base de données correspondante."),
    // WSATRY_AGAIN
    own("Échec temporaire de la recherche de nom (hôte introuvable, réponse ne faisant pas autorité).", "La recherche de nom n’a pas abouti pour l’instant, car le serveur DNS local n’a obtenu aucune réponse d’un serveur faisant autorité pour ce nom. Ce problème est généralement temporaire\u{a0}; réessayez plus tard et, s’il persiste, vérifiez la connexion réseau et le serveur DNS."),
    // WSANO_RECOVERY
    own("Erreur irrécupérable lors de la recherche de nom.", "Une recherche a échoué avec une erreur qu’une nouvelle tentative ne corrigera pas. Les fichiers de base de données locaux des hôtes, des services et des protocoles (hosts, services, protocols) sont peut-être absents, ou un serveur DNS a répondu par une erreur grave\u{a0}; vérifiez la configuration DNS."),
    // WSANO_DATA
    own("Nom valide, mais aucune donnée du type demandé.", "Le nom existe, mais ne possède aucun enregistrement du type demandé. Par exemple, un hôte peut avoir un enregistrement de messagerie (MX) mais aucun enregistrement d’adresse (A ou AAAA)\u{a0}; il ne peut alors pas être joint directement par ce nom."),
    // WSA_QOS_RECEIVERS
    own("Destinataires QoS.", "Au moins une demande de réservation QoS (un message RSVP RESV) provenant d’un destinataire est arrivée. Il s’agit d’un rapport d’état et non d’un échec."),
    // WSA_QOS_SENDERS
    own("Expéditeurs QoS.", "Au moins un message de chemin QoS (un message RSVP PATH) provenant d’un expéditeur est arrivé. Il s’agit d’un rapport d’état et non d’un échec."),
    // WSA_QOS_NO_SENDERS
    own("Aucun expéditeur QoS.", "Il n’y a plus aucun expéditeur QoS pour ce flux. Il s’agit d’un rapport d’état\u{a0}; les réservations qui dépendaient de ces expéditeurs ne s’appliquent plus."),
    // WSA_QOS_NO_RECEIVERS
    own("Aucun destinataire QoS.", "Il n’y a plus aucun destinataire QoS pour ce flux. Il s’agit d’un rapport d’état\u{a0}; l’expéditeur n’a plus aucune réservation à honorer."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("Demande QoS confirmée.", "La demande de réservation QoS a été confirmée par le réseau. Il s’agit d’une notification de réussite."),
    // WSA_QOS_ADMISSION_FAILURE
    own("Erreur d’admission QoS.", "La demande QoS n’a pas pu être admise, faute de ressources suffisantes, comme la bande passante, le long du chemin. Demandez moins de ressources ou réessayez plus tard."),
    // WSA_QOS_POLICY_FAILURE
    own("Échec de stratégie QoS.", "La demande QoS a été refusée, car le système de gestion des stratégies n’a pas pu accorder les ressources demandées dans le cadre de la stratégie actuelle. Vérifiez la stratégie QoS ou contactez un administrateur."),
    // WSA_QOS_BAD_STYLE
    own("Style QoS incorrect.", "Un style de réservation QoS inconnu ou incompatible a été détecté. Vérifiez le style de réservation indiqué dans la demande."),
    // WSA_QOS_BAD_OBJECT
    own("Objet QoS incorrect.", "Un FILTERSPEC, ou la mémoire tampon spécifique au fournisseur dans son ensemble, présente un problème. Vérifiez les structures QoS passées à l’appel."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("Erreur de contrôle du trafic QoS.", "L’interface sous-jacente de contrôle du trafic (TC) a échoué lors de l’application locale de la demande QoS générique. Parmi les causes possibles figurent un manque de mémoire ou une erreur interne du fournisseur QoS."),
    // WSA_QOS_GENERIC_ERROR
    own("Erreur QoS générique.", "Une erreur QoS générale s’est produite sans code plus précis. Vérifiez la demande QoS et l’état du fournisseur."),
    // WSA_QOS_ESERVICETYPE
    own("Erreur de type de service QoS.", "Le FLOWSPEC contient un type de service non valide ou non reconnu. Utilisez l’un des types de service définis, par exemple SERVICETYPE_GUARANTEED ou SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("Erreur de flowspec QoS.", "Un FLOWSPEC de la structure QOS n’est pas valide ou est incohérent. Vérifiez ses débits, ses tailles et son type de service."),
    // WSA_QOS_EPROVSPECBUF
    own("Mémoire tampon du fournisseur QoS non valide.", "La mémoire tampon spécifique au fournisseur (ProviderSpecific) passée avec la demande QoS n’est pas valide. Vérifiez sa taille et son contenu."),
    // WSA_QOS_EFILTERSTYLE
    own("Style de filtre QoS non valide.", "Le style de filtre QoS indiqué n’est pas valide. Utilisez un style de filtre pris en charge."),
    // WSA_QOS_EFILTERTYPE
    own("Type de filtre QoS non valide.", "Le type de filtre QoS indiqué n’est pas valide. Utilisez un type de filtre pris en charge."),
    // WSA_QOS_EFILTERCOUNT
    own("Nombre de filtres QoS incorrect.", "Le nombre d’entrées FILTERSPEC indiqué dans un FLOWDESCRIPTOR est incorrect. Faites correspondre ce nombre à celui des filtres réellement fournis."),
    // WSA_QOS_EOBJLENGTH
    own("Longueur d’objet QoS non valide.", "Un objet de la mémoire tampon spécifique au fournisseur QoS possède un champ ObjectLength non valide. Vérifiez la longueur de chaque objet de la mémoire tampon."),
    // WSA_QOS_EFLOWCOUNT
    own("Nombre de flux QoS incorrect.", "La structure QOS indique un nombre incorrect de descripteurs de flux. Faites correspondre ce nombre à celui des descripteurs réellement fournis."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Objet QoS non reconnu.", "La mémoire tampon spécifique au fournisseur QoS contient un objet d’un type que le fournisseur ne reconnaît pas. Supprimez-le ou utilisez un type d’objet pris en charge."),
    // WSA_QOS_EPOLICYOBJ
    own("Objet de stratégie QoS non valide.", "La mémoire tampon spécifique au fournisseur QoS contient un objet de stratégie non valide. Vérifiez les données de stratégie dans la mémoire tampon."),
    // WSA_QOS_EFLOWDESC
    own("Descripteur de flux QoS non valide.", "L’une des entrées de la liste des descripteurs de flux n’est pas valide. Vérifiez chaque descripteur de flux (FLOWDESCRIPTOR) de la demande."),
    // WSA_QOS_EPSFLOWSPEC
    own("Flowspec spécifique au fournisseur QoS non valide.", "La mémoire tampon spécifique au fournisseur QoS contient un FLOWSPEC non valide ou incohérent. Vérifiez le flowspec contenu dans la mémoire tampon."),
    // WSA_QOS_EPSFILTERSPEC
    own("Filterspec spécifique au fournisseur QoS non valide.", "La mémoire tampon spécifique au fournisseur QoS contient un FILTERSPEC non valide. Vérifiez le filterspec contenu dans la mémoire tampon."),
    // WSA_QOS_ESDMODEOBJ
    own("Objet de mode d’abandon de mise en forme QoS non valide.", "La mémoire tampon spécifique au fournisseur QoS contient un objet de mode d’abandon de mise en forme (QOS_SD_MODE) non valide. Vérifiez la valeur du mode dans cet objet."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Objet de débit de mise en forme QoS non valide.", "La mémoire tampon spécifique au fournisseur QoS contient un objet de débit de mise en forme (QOS_SHAPING_RATE) non valide. Vérifiez le débit indiqué dans cet objet."),
    // WSA_QOS_RESERVED_PETYPE
    own("Type d’élément de stratégie QoS réservé.", "La mémoire tampon spécifique au fournisseur QoS contient un élément de stratégie d’un type réservé. Supprimez-le ou utilisez un type d’élément de stratégie autorisé."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("Aucun hôte de ce nom n’est connu de manière sécurisée.", "Une recherche de nom sécurisée, par exemple une recherche qui exige une validation DNSSEC, n’a pas trouvé l’hôte. Le nom n’existe peut-être pas, ou sa signature n’est peut-être pas correcte\u{a0}; vérifiez le nom et les paramètres de sécurité DNS."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("Impossible d’ajouter la stratégie IPsec fondée sur un nom.", "Le système n’a pas pu ajouter une stratégie IPsec fondée sur un nom d’hôte. Vérifiez les règles IPsec et les règles de sécurité de connexion, ainsi que leurs paramètres de nom."),
];

static FR_FR_LABELS: &[BakedLabel] = &[
    label("Opérations sur les sockets"),
    label("Compatibilité Unix"),
    label("Démarrage et fournisseurs de services"),
    label("Recherche de services"),
    label("Résolution de noms"),
    label("E/S avec chevauchement et événements"),
    label("Qualité de service (QoS)"),
    label("Codes d’erreur Winsock"),
    label("Autres langues"),
    label("Affiner la liste par numéro, par nom ou par mots"),
    label("La requête est trop longue."),
    label("Nom"),
    label("Numéro"),
    label("Hexadécimal"),
    label("Groupe"),
    label("Titre"),
    label("Explication"),
];

static JA_JP: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("指定されたイベントオブジェクトのハンドルが無効です。", "プログラムが、既に閉じられたものなど、無効なイベントオブジェクトのハンドルを使用しました。そのハンドルが WSACreateEvent で作成されたもので、まだ閉じられていないことを確認してください。このコードは、Windows のエラーコード ERROR_INVALID_HANDLE（6）と同じ値です。"),
    // WSA_NOT_ENOUGH_MEMORY
    own("メモリが不足しています。", "基盤となる Windows 関数に依存している Windows ソケット関数が、メモリ不足のために失敗しました。ほかのプログラムを閉じるかメモリを解放してから、再試行してください。このコードは、Windows のエラーコード ERROR_NOT_ENOUGH_MEMORY（8）と同じ値です。"),
    // WSA_INVALID_PARAMETER
    own("一つ以上のパラメーターが無効です。", "Windows ソケット関数が引数を基盤となる Windows 関数に渡したところ、その関数が一つ以上の引数を受け付けませんでした。呼び出しのすべてのパラメーターを確認してください。このコードは、Windows のエラーコード ERROR_INVALID_PARAMETER（87）と同じ値です。"),
    // WSA_OPERATION_ABORTED
    own("重複操作が中止されました。", "ソケットが閉じられたか、WSAIoctl で SIO_FLUSH コマンドが発行されたため、重複操作が完了前にキャンセルされました。I/O が保留中のままプログラムがソケットを閉じた場合は、想定どおりの動作です。このコードは、Windows のエラーコード ERROR_OPERATION_ABORTED（995）と同じ値です。"),
    // WSA_IO_INCOMPLETE
    own("重複 I/O のイベントオブジェクトがシグナル状態ではありません。", "まだ完了していない重複操作の結果を、プログラムが要求しました。fWait フラグを FALSE にして WSAGetOverlappedResult でポーリングすると、操作が完了するまでこのコードが返されます。しばらく待ってから、もう一度結果を要求してください。このコードは、Windows のエラーコード ERROR_IO_INCOMPLETE（996）と同じ値です。"),
    // WSA_IO_PENDING
    own("重複操作は後で完了します。", "重複操作が開始されましたが、すぐには完了できませんでした。これはエラーではありません。操作が完了すると、イベント、完了ルーチン、または I/O 完了ポート（IOCP）を通じてプログラムに通知され、その後 WSAGetOverlappedResult で結果を取得できます。このコードは、Windows のエラーコード ERROR_IO_PENDING（997）と同じ値です。"),
    // WSAEINTR
    own("関数呼び出しが中断されました。", "ブロッキング呼び出しが完了する前に中断されました。従来の典型的な原因は WSACancelBlockingCall ですが、これは Windows ソケット 1.1 の名残であり、現在の Winsock 2 プログラムでは使用すべきではありません。呼び出しがソケットで待機している間に、別のスレッドが closesocket でそのソケットを閉じた場合も、同じように中断されます。意図しない中断であれば、呼び出しをやり直してください。"),
    // WSAEBADF
    own("ファイルハンドルが無効です。", "指定されたファイルまたはソケットのハンドルが無効です。ハンドルが開かれていて、まだ閉じられていないことを確認してください。"),
    // WSAEACCES
    own("アクセスが拒否されました。", "ソケットが、そのアクセス権では許可されない方法で使用されました。よくある原因は、setsockopt で SO_BROADCAST を有効にしないままブロードキャストアドレスを指定して sendto を呼び出すことや、ほかのプログラム、サービス、またはドライバーが SO_EXCLUSIVEADDRUSE で排他的に確保しているアドレスとポートに対して bind を呼び出すことです。ファイアウォールやセキュリティ製品がアクセスをブロックしている場合もあります。"),
    // WSAEFAULT
    own("アドレスが無効です。", "ソケット関数に渡されたポインターが有効なメモリを指していないか、バッファーまたは長さの引数が小さすぎます。すべてのポインター引数を確認し、長さの値が実際のバッファーサイズと一致していることを確かめてください。たとえば、sockaddr 構造体の長さは sizeof(sockaddr) 以上である必要があります。"),
    // WSAEINVAL
    own("引数が無効です。", "setsockopt に不明なレベルを渡した場合など、引数のいずれかが無効です。listen を呼び出していないソケットで accept を呼び出した場合など、ソケットの現在の状態に合わない呼び出しをしたときにも返されます。"),
    // WSAEMFILE
    own("開いているソケットが多すぎます。", "このプログラムで使用できるソケットハンドルが残っていません。上限は、システム全体、プロセス、スレッドのいずれかに適用される場合があります。不要になったソケットを閉じ、ハンドルのリークがないか調べてください。"),
    // WSAEWOULDBLOCK
    own("リソースが一時的に利用できません。", "非ブロッキングソケットで、操作をすぐに完了できませんでした（まだ受信データがないのに recv を呼び出した場合など）。これは本当の意味でのエラーではありません。select、WSAPoll、またはイベントを使ってソケットの準備が整うのを待ってから、再試行してください。非ブロッキングの SOCK_STREAM ソケットで connect を呼び出すと、接続を確立している間は通常このエラーが返されます。"),
    // WSAEINPROGRESS
    own("ブロッキング操作が既に実行中です。", "Windows ソケットでは、タスクまたはスレッドごとに同時に実行できるブロッキング呼び出しは一つだけですが、前の呼び出しがまだ完了していないうちに別の呼び出しが行われました。主に古い Windows ソケット 1.1 形式のプログラムで発生します。前のブロッキング呼び出しが戻ってから、新しい呼び出しを発行してください。"),
    // WSAEALREADY
    own("この非ブロッキングソケットでは操作が既に進行中です。", "同じ種類の操作をまだ処理している非ブロッキングソケットに対して、操作が要求されました。たとえば、最初の connect による接続が完了していないのに、もう一度 connect を呼び出した場合です。既に完了またはキャンセルされた非同期要求（WSAAsyncGetXbyY 関数のいずれか）をキャンセルしようとした場合にも返されます。"),
    // WSAENOTSOCK
    own("ソケットではないものに対してソケット操作が行われました。", "関数に渡されたハンドルは有効なソケットではありません。もともとソケットではなかったか、既に閉じられている可能性があります。select の場合は、fd_set のエントリのいずれかが有効なソケットではありません。"),
    // WSAEDESTADDRREQ
    own("宛先アドレスが必要です。", "この操作には宛先アドレスが必要ですが、指定されていません。たとえば、リモートアドレスとして ADDR_ANY を指定して sendto を呼び出した場合です。ピアの実際のアドレスを指定してください。"),
    // WSAEMSGSIZE
    own("メッセージが長すぎます。", "データグラムが、プロトコルまたはネットワークで伝送できる大きさを超えていました。または、受信バッファーが届いたデータグラムより小さかったため、データグラムが途中で切り捨てられました。メッセージを小さくするか、より大きな受信バッファーを使用してください。"),
    // WSAEPROTOTYPE
    own("ソケットの種類に合わないプロトコルです。", "socket 関数に指定したプロトコルが、要求したソケットの種類に適合しません。たとえば、UDP は SOCK_STREAM ソケットでは使用できません。種類に合ったプロトコルを選ぶか、0 を渡してシステムに選択させてください。"),
    // WSAENOPROTOOPT
    own("プロトコルオプションが無効です。", "getsockopt または setsockopt に指定したオプションまたはレベルが、不明か無効であるか、このプロトコルではサポートされていません。オプションが正しいレベル（SOL_SOCKET や IPPROTO_TCP など）に属していること、およびソケットの種類がそのオプションをサポートしていることを確認してください。"),
    // WSAEPROTONOSUPPORT
    own("プロトコルがサポートされていません。", "要求したプロトコルがこのシステムにインストールされていないか、その実装がありません。ストリームプロトコルを指定して SOCK_DGRAM ソケットを要求した場合のように、プロトコルとソケットの種類が矛盾しているときにも発生します。"),
    // WSAESOCKTNOSUPPORT
    own("ソケットの種類がサポートされていません。", "このアドレスファミリでは、要求したソケットの種類はサポートされていません。たとえば、実装が SOCK_RAW ソケットをまったく提供していない場合や、その作成に管理者権限を必要とする場合があります。"),
    // WSAEOPNOTSUPP
    own("操作がサポートされていません。", "要求した操作は、この種類のソケットまたはオブジェクトではサポートされていません。典型的な例は、受け付ける接続を持たないデータグラムソケットで accept や listen を呼び出した場合です。"),
    // WSAEPFNOSUPPORT
    own("プロトコルファミリがサポートされていません。", "要求したプロトコルファミリがこのシステムで構成されていないか、その実装がありません。実際には、同じ状況で Windows ソケット関数は通常 WSAEAFNOSUPPORT を報告します。"),
    // WSAEAFNOSUPPORT
    own("プロトコルファミリでサポートされていないアドレスファミリです。", "プロトコルがサポートしていないファミリのアドレスが使用されました。典型的な原因は、アドレスファミリに属さないプロトコルを socket 関数に要求することや、sendto や connect などの呼び出しで AF_INET ソケットに IPv6 アドレスを渡すこと（またはその逆）です。"),
    // WSAEADDRINUSE
    own("アドレスは既に使用されています。", "このアドレスとポートには、既に別のソケットがバインドされています。まだ閉じている途中のソケットや、正しく閉じられなかったソケットである可能性もあります。そのソケットを使用しているプログラムを停止するか、別のポートを選択してください。ポートを本当に共有する必要があるサーバーでは SO_REUSEADDR を設定できますが、クライアントでは通常、そもそも bind を呼び出す必要はありません。bind にワイルドカードアドレス（ADDR_ANY）を指定した場合、このエラーは、アドレスが実際に確定する後続の connect、listen、WSAConnect、または WSAJoinLeaf の呼び出しで初めて返されることがあります。"),
    // WSAEADDRNOTAVAIL
    own("要求したアドレスを割り当てられません。", "このコンテキストではアドレスが無効です。通常は、このコンピューターに属さない IP アドレスを bind に指定したか、ポート 0 やアドレス 0.0.0.0 のように使用できないリモートアドレスまたはポートを connect や sendto に指定したことが原因です。"),
    // WSAENETDOWN
    own("ネットワークがダウンしています。", "ネットワークサブシステム、ネットワークアダプター、またはローカルネットワークで障害が発生しました。ネットワーク接続とアダプターを確認し、問題が解決しない場合はネットワークスタックまたはコンピューターを再起動してください。"),
    // WSAENETUNREACH
    own("ネットワークに到達できません。", "ローカルシステムには宛先ネットワークへのルートがありません。ネットワーク接続、既定のゲートウェイ、ルーティングテーブルを確認し、アドレスが正しいことも確かめてください。"),
    // WSAENETRESET
    own("ネットワークのリセットにより接続が切断されました。", "操作の実行中に、キープアライブのプローブによって相手側またはそこまでの経路の障害が検出されたため、接続が切断されました。既に障害が発生している接続で SO_KEEPALIVE を有効にしようとしたときにも、setsockopt がこのエラーを返すことがあります。続行するには再接続してください。"),
    // WSAECONNABORTED
    own("ソフトウェアによって接続が中止されました。", "このコンピューター上のソフトウェアによって接続が閉じられました。多くの場合、データ送信のタイムアウトやプロトコルエラーの後に発生します。接続を切断するファイアウォール、ウイルス対策製品、VPN ソフトウェアが原因になることもあります。再接続し、繰り返し発生する場合はそのようなソフトウェアを確認してください。"),
    // WSAECONNRESET
    own("ピアによって接続がリセットされました。", "リモートホストが接続を突然閉じました。相手側のプログラムがクラッシュしたか停止された、リモートホストが再起動したかネットワークから切断された、あるいはリモートホストがハードリセット（SO_LINGER を有効にし、タイムアウトを 0 に設定）でソケットを閉じた、といった可能性があります。再接続し、リモート側を確認してください。"),
    // WSAENOBUFS
    own("バッファー領域が不足しています。", "システムのバッファー領域が不足したか、キューがいっぱいになったため、操作を実行できませんでした。多くの場合、開いている接続が多すぎる、メモリが枯渇している、または空いているエフェメラルポートがないことを示しています。使用していないソケットを閉じ、しばらくしてから再試行してください。"),
    // WSAEISCONN
    own("ソケットは既に接続されています。", "既に接続されているソケットに対して connect が呼び出されました。実装によっては、接続済みの SOCK_DGRAM ソケットで、アドレスを明示的に指定して sendto を使用した場合にもこのエラーが返されます。"),
    // WSAENOTCONN
    own("ソケットが接続されていません。", "ソケットが接続されておらず、宛先アドレスも指定されていないため、このソケットではデータを送受信できません（データグラムソケットでは、sendto で宛先アドレスを指定できます）。リセットされた接続で SO_KEEPALIVE を設定するなど、ほかの呼び出しでも返されることがあります。先に connect を呼び出してください。"),
    // WSAESHUTDOWN
    own("ソケットのシャットダウン後は送信できません。", "ソケットの該当する方向（送信または受信）が以前の shutdown 呼び出しで既に閉じられているため、その操作は拒否されました。一度シャットダウンした方向は、このソケットでは再び使用できません。"),
    // WSAETOOMANYREFS
    own("参照が多すぎます。", "何らかのカーネルオブジェクトへの参照が多すぎます。不要になったオブジェクトを解放してから、再試行してください。"),
    // WSAETIMEDOUT
    own("接続がタイムアウトしました。", "接続の確立中、または確立済みの接続で、相手側が時間内に応答しませんでした。リモートホストがオフラインか過負荷の状態にあるか、ファイアウォールが通信を通知なしに破棄している可能性があります。アドレス、ポート、ファイアウォールの設定を確認してください。"),
    // WSAECONNREFUSED
    own("接続が拒否されました。", "接続先のコンピューターが接続を明示的に拒否しました。通常は、そのポートで待ち受けているプログラムがない、サービスが停止している、またはファイアウォールが接続を拒否していることが原因です。アドレスとポート番号を確認し、サーバーが実行されていることを確かめてください。"),
    // WSAELOOP
    own("名前を変換できません。", "名前解決の途中でループが発生したなどの理由で、名前を変換できませんでした。名前に誤りがないか確認してください。"),
    // WSAENAMETOOLONG
    own("名前が長すぎます。", "名前、またはその一部が、許容される長さを超えています。より短い名前を使用してください。"),
    // WSAEHOSTDOWN
    own("ホストがダウンしています。", "宛先ホストがダウンしていると考えられるため、操作に失敗しました。Windows では通常、この状況は代わりに WSAETIMEDOUT として報告されます。リモートコンピューターの電源が入っていて、ネットワークに接続されていることを確認してください。"),
    // WSAEHOSTUNREACH
    own("ホストへのルートがありません。", "宛先ホストへのルートがないため、このコンピューターからは到達できません。アドレス、ネットワーク接続、ルーティングやゲートウェイの設定を確認してください。"),
    // WSAENOTEMPTY
    own("ディレクトリが空ではありません。", "ディレクトリにまだエントリが残っているため、削除できませんでした。先にディレクトリを空にしてください。"),
    // WSAEPROCLIM
    own("プロセスが多すぎます。", "Windows ソケットの実装には同時に使用できるプログラムの数に上限があり、その上限に達しているため、WSAStartup がこのエラーで失敗することがあります。ネットワークを使用しているほかのプログラムを閉じてから、再試行してください。"),
    // WSAEUSERS
    own("ユーザーのクォータを超えました。", "ユーザー数またはユーザーリソースのクォータを使い切りました。リソースを解放するか、管理者に上限の引き上げを依頼してください。"),
    // WSAEDQUOT
    own("ディスククォータを超えました。", "ディスク領域のクォータを使い切りました。ディスク領域を解放するか、管理者にクォータの引き上げを依頼してください。"),
    // WSAESTALE
    own("ファイルハンドルの参照が古くなっています。", "ファイルハンドルが、既に利用できなくなった対象を参照しています。対象を開き直して、新しいハンドルを取得してください。"),
    // WSAEREMOTE
    own("項目はリモートにあります。", "項目はリモートシステム上にあるため、ローカルでは利用できません。代わりに、リモートシステムを経由してアクセスしてください。"),
    // WSASYSNOTREADY
    own("ネットワークサブシステムを利用できません。", "Windows ソケットが依存している基盤のネットワークシステムの準備が現在できていないため、WSAStartup が失敗しました。正しい Ws2_32.dll が所定の場所にあり、検索パス上でそれより先にほかの Winsock DLL が見つからないこと、ネットワークコンポーネントがインストールされて構成されていること、システムがまだ起動処理中でないことを確認してください。"),
    // WSAVERNOTSUPPORTED
    own("Winsock のバージョンがサポートされていません。", "インストールされている Windows ソケットの実装は、プログラムが WSAStartup で要求したバージョンをサポートしていません。プログラムがサポートされているバージョン（通常は 2.2）を要求していること、およびシステムの DLL の代わりに古い Winsock DLL が読み込まれていないことを確認してください。"),
    // WSANOTINITIALISED
    own("WSAStartup が正常に呼び出されていません。", "WSAStartup が成功する前、または WSACleanup が WSAStartup と同じ回数だけ呼び出された後に、ソケット関数が使用されました。最初に WSAStartup を呼び出してその結果を確認し、Windows ソケットを初期化していないタスクとソケットを共有していないことも確かめてください。"),
    // WSAEDISCON
    own("正常なシャットダウンが進行中です。", "リモート側が接続の正常な切断処理を開始したことが、WSARecv または WSARecvFrom によって報告されました。これ以上データは届かないため、処理を終えてソケットを閉じてください。"),
    // WSAENOMORE
    own("これ以上結果はありません。", "このクエリについて、WSALookupServiceNext が返す結果はもうありません。これは検索が正常に終わったことを示します。検索を終了するには、WSALookupServiceEnd を呼び出してください。"),
    // WSAECANCELLED
    own("検索の呼び出しがキャンセルされました。", "WSALookupServiceNext の呼び出しがまだ実行中のときに WSALookupServiceEnd が呼び出されたため、その検索はキャンセルされました。検索を途中で終了した場合は、想定どおりの動作です。"),
    // WSAEINVALIDPROCTABLE
    own("サービスプロバイダーから無効なプロシージャテーブルが渡されました。", "Windows ソケットのサービスプロバイダーが、Ws2_32.dll に無効なプロシージャテーブルを渡しました。通常は、テーブル内の一部の関数ポインターが NULL であることが原因です。問題のある階層化サービスプロバイダー（LSP）やネットワークソフトウェアを再インストールするか、削除してください。"),
    // WSAEINVALIDPROVIDER
    own("サービスプロバイダーのバージョン番号が無効です。", "Windows ソケットのサービスプロバイダーが 2.0 以外のバージョンを報告しましたが、システムはそのバージョンを受け付けません。WSCGetProviderInfo と WSCGetProviderInfo32 も、問い合わせたプロトコルエントリが見つからない場合にこのエラーを返します。サードパーティ製のネットワークソフトウェアに付属していたプロバイダーを更新するか、削除してください。"),
    // WSAEPROVIDERFAILEDINIT
    own("サービスプロバイダーを初期化できません。", "サービスプロバイダーを開始できませんでした。LoadLibrary による DLL の読み込みに失敗したか、その WSPStartup 関数または NSPStartup 関数がエラーを報告しました。該当するネットワークソフトウェアを再インストールするか、Winsock カタログをリセットする（netsh winsock reset）と、解決することがよくあります。"),
    // WSASYSCALLFAILURE
    own("システムコールに失敗しました。", "本来失敗するはずのないシステムコールが失敗しました。たとえば、WaitForMultipleObjects によるイベントの待機や、プロトコルカタログまたは名前空間カタログに対するレジストリ操作です。プロバイダーがより具体的なコードを示さずに失敗を報告した場合にも返され、そのプロバイダーのバグを示している可能性があります。"),
    // WSASERVICE_NOT_FOUND
    own("サービスが見つかりません。", "検索した名前空間には、そのようなサービスは登録されていません。サービス名と、照会した名前空間が正しいかどうかを確認してください。"),
    // WSATYPE_NOT_FOUND
    own("クラスの種類が見つかりません。", "要求されたサービスクラスの種類が見つかりませんでした。そのクラスがインストールされ、登録されていることを確認してください。getaddrinfo も、要求されたソケットの種類でサービス名を使用できない場合に、同じコードを EAI_SERVICE として報告します。"),
    // WSA_E_NO_MORE
    own("これ以上結果はありません。", "このクエリについて、WSALookupServiceNext が返す結果はもうありません。これは検索が正常に終わったことを示します。検索を終了するには、WSALookupServiceEnd を呼び出してください。"),
    // WSA_E_CANCELLED
    own("検索の呼び出しがキャンセルされました。", "WSALookupServiceNext の呼び出しがまだ実行中のときに WSALookupServiceEnd が呼び出されたため、その検索はキャンセルされました。検索を途中で終了した場合は、想定どおりの動作です。"),
    // WSAEREFUSED
    own("データベースのクエリが拒否されました。", "名前空間のデータベースがクエリを明示的に拒否しました。サーバーまたはプロバイダーがこの要求を許可していない可能性があります。アクセス許可とクエリの内容を確認してください。"),
    // WSAHOST_NOT_FOUND
    own("ホストが見つかりません。", "その名前のホストは不明です。問い合わせたデータベースや DNS サーバーに、正式なホスト名としても別名としても登録されていません。名前のつづりと DNS の設定を確認してください。プロトコルやサービスの検索で返された場合は、そのデータベースに名前が見つからなかったことを意味します。"),
    // WSATRY_AGAIN
    own("名前検索に一時的に失敗しました（権限のないホストが見つかりません）。", "ローカルの DNS サーバーが、その名前について権限を持つサーバーから応答を得られなかったため、現時点では名前検索に失敗しました。通常は一時的な問題です。しばらくしてから再試行し、解決しない場合はネットワーク接続と DNS サーバーを確認してください。"),
    // WSANO_RECOVERY
    own("回復不能な名前検索エラーです。", "検索に失敗しました。このエラーは再試行しても解決しません。ローカルのデータベースファイル（hosts、services、protocols）が存在しないか、DNS サーバーが重大なエラーを返した可能性があります。DNS の構成を確認してください。"),
    // WSANO_DATA
    own("名前は有効ですが、要求された種類のデータがありません。", "名前は存在しますが、要求された種類のレコードがありません。たとえば、ホストにメール（MX）レコードはあってもアドレス（A または AAAA）レコードがない場合、その名前で直接到達することはできません。"),
    // WSA_QOS_RECEIVERS
    own("QoS の受信側が存在します。", "受信側からの QoS 予約要求（RSVP の RESV メッセージ）が、少なくとも一つ到着しました。これはエラーではなく、状態の通知です。"),
    // WSA_QOS_SENDERS
    own("QoS の送信側が存在します。", "送信側からの QoS パスメッセージ（RSVP の PATH メッセージ）が、少なくとも一つ到着しました。これはエラーではなく、状態の通知です。"),
    // WSA_QOS_NO_SENDERS
    own("QoS の送信側が存在しません。", "このフローの QoS 送信側はもう存在しません。これは状態の通知であり、それらの送信側に依存していた予約は適用されなくなります。"),
    // WSA_QOS_NO_RECEIVERS
    own("QoS の受信側が存在しません。", "このフローの QoS 受信側はもう存在しません。これは状態の通知であり、送信側が維持すべき予約はなくなりました。"),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS 要求が確認されました。", "QoS 予約要求がネットワークによって確認されました。これは成功を知らせる通知です。"),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS の受付制御エラーです。", "経路上の帯域幅などのリソースが足りないため、QoS 要求を受け付けることができませんでした。要求する量を減らすか、しばらくしてから再試行してください。"),
    // WSA_QOS_POLICY_FAILURE
    own("QoS ポリシーエラーです。", "現在のポリシーでは要求されたリソースを許可できないとポリシーシステムが判断したため、QoS 要求は拒否されました。QoS ポリシーを確認するか、管理者に問い合わせてください。"),
    // WSA_QOS_BAD_STYLE
    own("QoS のスタイルが正しくありません。", "不明または競合する QoS 予約スタイルが見つかりました。要求で指定した予約スタイルを確認してください。"),
    // WSA_QOS_BAD_OBJECT
    own("QoS オブジェクトが正しくありません。", "FILTERSPEC、またはプロバイダー固有バッファー全般に問題があります。呼び出しに渡した QoS 構造体を確認してください。"),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS のトラフィック制御エラーです。", "汎用の QoS 要求をローカルに適用している間に、基盤となるトラフィック制御（TC）インターフェイスが失敗しました。原因には、メモリ不足や QoS プロバイダー内部のエラーなどがあります。"),
    // WSA_QOS_GENERIC_ERROR
    own("QoS の一般エラーです。", "より具体的なコードのない、一般的な QoS エラーが発生しました。QoS 要求とプロバイダーの状態を確認してください。"),
    // WSA_QOS_ESERVICETYPE
    own("QoS のサービスの種類が正しくありません。", "FLOWSPEC に、無効または認識されないサービスの種類が含まれています。SERVICETYPE_GUARANTEED や SERVICETYPE_CONTROLLEDLOAD など、定義済みのサービスの種類のいずれかを使用してください。"),
    // WSA_QOS_EFLOWSPEC
    own("QoS のフロー仕様エラーです。", "QOS 構造体内の FLOWSPEC が無効であるか、矛盾しています。そのレート、サイズ、サービスの種類を確認してください。"),
    // WSA_QOS_EPROVSPECBUF
    own("QoS プロバイダーのバッファーが無効です。", "QoS 要求とともに渡されたプロバイダー固有バッファー（ProviderSpecific）が無効です。そのサイズと内容を確認してください。"),
    // WSA_QOS_EFILTERSTYLE
    own("QoS のフィルタースタイルが無効です。", "指定された QoS フィルタースタイルは無効です。サポートされているフィルタースタイルを使用してください。"),
    // WSA_QOS_EFILTERTYPE
    own("QoS のフィルターの種類が無効です。", "指定された QoS フィルターの種類は無効です。サポートされているフィルターの種類を使用してください。"),
    // WSA_QOS_EFILTERCOUNT
    own("QoS のフィルター数が正しくありません。", "FLOWDESCRIPTOR に指定された FILTERSPEC エントリの数が正しくありません。実際に渡したフィルターの数と一致させてください。"),
    // WSA_QOS_EOBJLENGTH
    own("QoS オブジェクトの長さが無効です。", "QoS のプロバイダー固有バッファー内にあるオブジェクトの ObjectLength フィールドが無効です。バッファー内の各オブジェクトの長さを確認してください。"),
    // WSA_QOS_EFLOWCOUNT
    own("QoS のフロー数が正しくありません。", "QOS 構造体に指定されたフロー記述子の数が正しくありません。実際に渡した記述子の数と一致させてください。"),
    // WSA_QOS_EUNKOWNPSOBJ
    own("認識できない QoS オブジェクトです。", "QoS のプロバイダー固有バッファーに、プロバイダーが認識できない種類のオブジェクトが含まれています。そのオブジェクトを削除するか、サポートされている種類のオブジェクトを使用してください。"),
    // WSA_QOS_EPOLICYOBJ
    own("QoS ポリシーオブジェクトが無効です。", "QoS のプロバイダー固有バッファーに、無効なポリシーオブジェクトが含まれています。バッファー内のポリシーデータを確認してください。"),
    // WSA_QOS_EFLOWDESC
    own("QoS フロー記述子が無効です。", "フロー記述子の一覧にあるエントリのいずれかが無効です。要求内の各フロー記述子（FLOWDESCRIPTOR）を確認してください。"),
    // WSA_QOS_EPSFLOWSPEC
    own("QoS のプロバイダー固有のフロー仕様が無効です。", "QoS のプロバイダー固有バッファーに、無効または矛盾した FLOWSPEC が含まれています。バッファー内のフロー仕様を確認してください。"),
    // WSA_QOS_EPSFILTERSPEC
    own("QoS のプロバイダー固有のフィルター仕様が無効です。", "QoS のプロバイダー固有バッファーに、無効な FILTERSPEC が含まれています。バッファー内のフィルター仕様を確認してください。"),
    // WSA_QOS_ESDMODEOBJ
    own("QoS のシェープ破棄モードオブジェクトが無効です。", "QoS のプロバイダー固有バッファーに、無効なシェープ破棄モードオブジェクト（QOS_SD_MODE）が含まれています。そのオブジェクトのモード値を確認してください。"),
    // WSA_QOS_ESHAPERATEOBJ
    own("QoS のシェーピングレートオブジェクトが無効です。", "QoS のプロバイダー固有バッファーに、無効なシェーピングレートオブジェクト（QOS_SHAPING_RATE）が含まれています。そのオブジェクトに指定されたレートを確認してください。"),
    // WSA_QOS_RESERVED_PETYPE
    own("予約済みの QoS ポリシー要素の種類です。", "QoS のプロバイダー固有バッファーに、予約済みの種類のポリシー要素が含まれています。その要素を削除するか、使用が許可されているポリシー要素の種類を使用してください。"),
    // WSA_SECURE_HOST_NOT_FOUND
    own("安全な名前検索でホストが見つかりません。", "DNSSEC による検証を必要とする検索など、安全な名前検索でホストが見つかりませんでした。名前が存在しないか、正しく署名されていない可能性があります。名前と DNS のセキュリティ設定を確認してください。"),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("名前ベースの IPsec ポリシーを追加できませんでした。", "ホスト名に基づく IPsec ポリシーを、システムが追加できませんでした。IPsec と接続セキュリティの規則、およびそれらの名前の設定を確認してください。"),
];

static JA_JP_LABELS: &[BakedLabel] = &[
    label("ソケット操作"),
    label("Unix 互換"),
    label("起動とサービスプロバイダー"),
    label("サービスの検索"),
    label("名前解決"),
    label("重複 I/O とイベント"),
    label("サービス品質（QoS）"),
    label("Winsock エラーコード"),
    label("ほかの言語"),
    label("番号、名前、語句で絞り込む"),
    label("検索語が長すぎます。"),
    label("名前"),
    label("番号"),
    label("16 進数"),
    label("グループ"),
    label("タイトル"),
    label("説明"),
];

static KO_KR: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("지정한 이벤트 개체 핸들이 잘못되었습니다.", "응용 프로그램이 유효하지 않은 이벤트 개체 핸들을 사용했습니다. 예를 들어 이미 닫힌 핸들일 수 있습니다. 핸들을 WSACreateEvent로 만들었고 아직 열려 있는지 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_INVALID_HANDLE(6)의 값과 같습니다."),
    // WSA_NOT_ENOUGH_MEMORY
    own("메모리가 부족합니다.", "하부 Windows 함수를 사용하는 Windows 소켓 함수가 메모리가 부족하여 실패했습니다. 다른 응용 프로그램을 닫거나 메모리를 확보한 뒤 다시 시도하십시오. 이 코드의 값은 Windows 오류 ERROR_NOT_ENOUGH_MEMORY(8)의 값과 같습니다."),
    // WSA_INVALID_PARAMETER
    own("하나 이상의 매개 변수가 잘못되었습니다.", "Windows 소켓 함수가 인수를 하부 Windows 함수에 전달했는데, 그 함수가 인수 중 하나 이상을 받아들이지 않았습니다. 호출의 매개 변수를 모두 확인하십시오. 이 코드의 값은 Windows 오류 ERROR_INVALID_PARAMETER(87)의 값과 같습니다."),
    // WSA_OPERATION_ABORTED
    own("중첩 I/O 작업이 중단되었습니다.", "소켓이 닫혔거나 WSAIoctl로 SIO_FLUSH 명령이 실행되어, 중첩 I/O 작업이 완료되기 전에 취소되었습니다. I/O가 보류 중인 소켓을 응용 프로그램이 닫으면 예상되는 결과이며, 이 코드의 값은 Windows 오류 ERROR_OPERATION_ABORTED(995)의 값과 같습니다."),
    // WSA_IO_INCOMPLETE
    own("중첩 I/O 이벤트 개체가 신호를 받은 상태가 아닙니다.", "응용 프로그램이 아직 완료되지 않은 중첩 I/O 작업의 결과를 요청했습니다. fWait 플래그를 FALSE로 설정한 WSAGetOverlappedResult로 폴링하면 작업이 완료될 때까지 이 값이 반환됩니다. 기다렸다가 다시 요청하십시오. 이 코드의 값은 Windows 오류 ERROR_IO_INCOMPLETE(996)의 값과 같습니다."),
    // WSA_IO_PENDING
    own("중첩 I/O 작업이 나중에 완료됩니다.", "중첩 I/O 작업이 시작되었지만 즉시 완료되지 않았습니다. 이는 실패가 아닙니다. 작업이 끝나면 응용 프로그램은 이벤트 개체, 완료 루틴 또는 I/O 완료 포트(IOCP)를 통해 통지를 받으며, 그 후 WSAGetOverlappedResult로 결과를 확인할 수 있습니다. 이 코드의 값은 Windows 오류 ERROR_IO_PENDING(997)의 값과 같습니다."),
    // WSAEINTR
    own("함수 호출이 중단되었습니다.", "진행 중이던 차단 호출이 끝나기 전에 중단되었습니다. 대표적인 원인은 WSACancelBlockingCall인데, 이 함수는 Windows 소켓 1.1에서 남아 있는 함수로 최신 Winsock 2 응용 프로그램에서는 사용하지 않아야 합니다. 호출이 대기 중인 소켓을 다른 스레드에서 closesocket으로 닫아도 같은 결과가 발생합니다. 의도하지 않은 중단이라면 호출을 다시 시도하십시오."),
    // WSAEBADF
    own("잘못된 파일 핸들입니다.", "지정한 파일 또는 소켓 핸들이 유효하지 않습니다. 핸들이 열려 있는지, 이미 닫히지는 않았는지 확인하십시오."),
    // WSAEACCES
    own("권한이 거부되었습니다.", "액세스 권한이 허용하지 않는 방식으로 소켓을 사용했습니다. 대표적인 원인은 setsockopt로 SO_BROADCAST를 사용하도록 설정하지 않은 채 브로드캐스트 주소로 sendto를 호출한 경우, 또는 다른 응용 프로그램이나 서비스, 드라이버가 SO_EXCLUSIVEADDRUSE로 단독 사용 중인 주소와 포트에 bind를 호출한 경우입니다. 방화벽이나 보안 제품이 액세스를 막았을 수도 있습니다."),
    // WSAEFAULT
    own("잘못된 주소입니다.", "소켓 함수에 전달한 포인터가 유효한 메모리를 가리키지 않거나, 버퍼 또는 길이 인수가 너무 작습니다. 모든 포인터 인수를 확인하고 길이 값이 실제 버퍼 크기와 일치하는지 확인하십시오. 예를 들어 sockaddr 구조체의 길이는 sizeof(sockaddr) 이상이어야 합니다."),
    // WSAEINVAL
    own("잘못된 인수입니다.", "인수 중 하나가 유효하지 않습니다. 예를 들어 setsockopt에 알 수 없는 수준을 전달한 경우입니다. 호출이 소켓의 현재 상태에 맞지 않을 때도 반환되며, listen을 호출하지 않은 소켓에서 accept를 호출한 경우가 그 예입니다."),
    // WSAEMFILE
    own("열린 소켓이 너무 많습니다.", "이 응용 프로그램에서 더 이상 사용할 수 있는 소켓 핸들이 없습니다. 이 한도는 시스템 전체, 프로세스 또는 스레드 단위로 적용될 수 있습니다. 더 이상 필요 없는 소켓을 닫고 핸들 누수가 없는지 확인하십시오."),
    // WSAEWOULDBLOCK
    own("리소스를 일시적으로 사용할 수 없습니다.", "비차단 소켓에서 작업을 즉시 완료할 수 없었습니다. 예를 들어 아직 도착한 데이터가 없는데 recv를 호출한 경우입니다. 이는 실제 실패가 아닙니다. select, WSAPoll 또는 이벤트로 소켓이 준비될 때까지 기다린 뒤 다시 시도하십시오. 비차단 SOCK_STREAM 소켓에서 connect를 호출하면 연결이 설정되는 동안 보통 이 값이 반환됩니다."),
    // WSAEINPROGRESS
    own("차단 작업이 이미 실행 중입니다.", "Windows 소켓은 태스크나 스레드마다 한 번에 하나의 차단 호출만 허용하는데, 이전 호출이 아직 보류 중인 상태에서 다른 호출이 이루어졌습니다. 주로 Windows 소켓 1.1 방식의 오래된 응용 프로그램에서 발생합니다. 새 호출을 하기 전에 이전 차단 호출이 반환되었는지 확인하십시오."),
    // WSAEALREADY
    own("이 비차단 소켓에서 작업이 이미 진행 중입니다.", "같은 종류의 작업이 아직 진행 중인 비차단 소켓에 작업을 요청했습니다. 첫 번째 connect가 아직 연결 중일 때 connect를 다시 호출한 경우가 그 예입니다. 이미 완료되었거나 취소된 비동기 요청(WSAAsyncGetXbyY 함수 중 하나)을 취소하려 할 때도 반환됩니다."),
    // WSAENOTSOCK
    own("소켓이 아닌 대상에 소켓 작업을 시도했습니다.", "함수에 전달한 핸들이 유효한 소켓이 아닙니다. 처음부터 소켓이 아니었거나 이미 닫혔을 수 있으며, select의 경우에는 fd_set의 항목 중 하나가 유효한 소켓이 아닙니다."),
    // WSAEDESTADDRREQ
    own("대상 주소가 필요합니다.", "작업에 대상 주소가 필요한데 지정되지 않았습니다. 예를 들어 원격 주소를 ADDR_ANY로 지정해 sendto를 호출한 경우입니다. 피어의 실제 주소를 지정하십시오."),
    // WSAEMSGSIZE
    own("메시지가 너무 깁니다.", "데이터그램이 프로토콜이나 네트워크가 전달할 수 있는 크기보다 컸거나, 수신 버퍼가 도착한 데이터그램보다 작았습니다. 수신 버퍼가 작았던 경우에는 데이터그램이 잘렸습니다. 더 작은 메시지를 보내거나 더 큰 수신 버퍼를 사용하십시오."),
    // WSAEPROTOTYPE
    own("소켓 유형에 맞지 않는 프로토콜입니다.", "socket 함수에 지정한 프로토콜이 요청한 소켓 유형에 맞지 않습니다. 예를 들어 SOCK_STREAM 소켓에는 UDP를 사용할 수 없습니다. 유형에 맞는 프로토콜을 선택하거나, 0을 전달해 시스템이 선택하게 하십시오."),
    // WSAENOPROTOOPT
    own("잘못된 프로토콜 옵션입니다.", "getsockopt나 setsockopt에 지정한 옵션 또는 수준을 알 수 없거나, 유효하지 않거나, 이 프로토콜에서 지원하지 않습니다. 옵션이 올바른 수준(SOL_SOCKET, IPPROTO_TCP 등)에 속하는지, 소켓 유형이 그 옵션을 지원하는지 확인하십시오."),
    // WSAEPROTONOSUPPORT
    own("지원되지 않는 프로토콜입니다.", "요청한 프로토콜이 이 시스템에 설치되어 있지 않거나 구현되어 있지 않습니다. SOCK_DGRAM 소켓을 요청하면서 스트림 프로토콜을 지정한 경우처럼, 프로토콜이 소켓 유형과 충돌할 때도 발생합니다."),
    // WSAESOCKTNOSUPPORT
    own("지원되지 않는 소켓 유형입니다.", "이 주소 패밀리는 요청한 소켓 유형을 지원하지 않습니다. 예를 들어 구현이 SOCK_RAW 소켓을 전혀 제공하지 않거나, 이러한 소켓을 만들려면 관리자 권한이 필요할 수 있습니다."),
    // WSAEOPNOTSUPP
    own("지원되지 않는 작업입니다.", "요청한 작업이 이 종류의 소켓이나 개체에서 지원되지 않습니다. 대표적인 예는 받아들일 연결이 없는 데이터그램 소켓에서 accept나 listen을 호출하는 경우입니다."),
    // WSAEPFNOSUPPORT
    own("지원되지 않는 프로토콜 패밀리입니다.", "요청한 프로토콜 패밀리가 이 시스템에 구성되어 있지 않거나 구현되어 있지 않습니다. 실제로는 같은 상황에서 Windows 소켓 함수가 대개 WSAEAFNOSUPPORT를 반환합니다."),
    // WSAEAFNOSUPPORT
    own("프로토콜 패밀리가 지원하지 않는 주소 패밀리입니다.", "프로토콜이 지원하지 않는 패밀리의 주소를 사용했습니다. socket 함수에 해당 주소 패밀리에 속하지 않는 프로토콜을 요청한 경우, 또는 sendto나 connect 같은 호출에서 AF_INET 소켓에 IPv6 주소를 전달한 경우(또는 그 반대)가 대표적인 원인입니다."),
    // WSAEADDRINUSE
    own("주소가 이미 사용 중입니다.", "다른 소켓이 이미 이 주소와 포트에 바인딩되어 있으며, 아직 닫히는 중이거나 제대로 닫히지 않은 소켓일 수도 있습니다. 해당 포트를 사용하는 응용 프로그램을 중지하거나 다른 포트를 선택하십시오. 포트를 꼭 공유해야 하는 서버는 SO_REUSEADDR 옵션을 설정할 수 있으며, 클라이언트는 대개 bind를 호출할 필요가 없습니다. bind에 와일드카드 주소(ADDR_ANY)를 지정한 경우에는 주소가 실제로 확정되는 시점, 즉 나중에 connect, listen, WSAConnect 또는 WSAJoinLeaf를 호출할 때에야 이 오류가 나타날 수 있습니다."),
    // WSAEADDRNOTAVAIL
    own("요청한 주소를 할당할 수 없습니다.", "이 상황에서는 주소가 유효하지 않습니다. 대개 이 컴퓨터에 속하지 않는 IP 주소로 bind를 호출했거나, connect나 sendto에 포트 0이나 주소 0.0.0.0처럼 사용할 수 없는 원격 주소나 포트를 지정한 경우입니다."),
    // WSAENETDOWN
    own("네트워크가 작동하지 않습니다.", "네트워크 하위 시스템이나 네트워크 어댑터, 또는 로컬 네트워크에 장애가 발생했습니다. 네트워크 연결과 어댑터를 확인하고, 문제가 계속되면 네트워크 스택이나 컴퓨터를 다시 시작하십시오."),
    // WSAENETUNREACH
    own("네트워크에 도달할 수 없습니다.", "로컬 시스템에 대상 네트워크로 가는 경로가 없습니다. 네트워크 연결, 기본 게이트웨이, 라우팅 테이블을 확인하고 주소가 올바른지 확인하십시오."),
    // WSAENETRESET
    own("재설정으로 인해 네트워크에서 연결을 끊었습니다.", "작업이 진행되는 동안 연결 유지 검사에서 피어나 피어까지의 경로에 장애가 확인되어 연결이 끊어졌습니다. 이미 실패한 연결에서 SO_KEEPALIVE를 사용하도록 설정하려 할 때 setsockopt가 이 오류를 반환할 수도 있습니다. 계속하려면 다시 연결하십시오."),
    // WSAECONNABORTED
    own("소프트웨어로 인해 연결이 중단되었습니다.", "이 컴퓨터의 소프트웨어가 연결을 닫았습니다. 데이터 전송 시간 초과나 프로토콜 오류가 발생한 뒤에 흔히 일어납니다. 연결을 끊는 방화벽, 바이러스 백신 제품, VPN 소프트웨어 때문에 발생할 수도 있습니다. 다시 연결하고, 문제가 반복되면 이러한 소프트웨어를 확인하십시오."),
    // WSAECONNRESET
    own("피어가 연결을 재설정했습니다.", "원격 호스트가 연결을 갑자기 닫았습니다. 피어 응용 프로그램이 비정상 종료되었거나 중지되었을 수 있고, 원격 호스트가 다시 시작되었거나 네트워크에서 끊어졌을 수 있으며, 원격 호스트가 강제 재설정(SO_LINGER를 사용하도록 설정하고 제한 시간을 0으로 지정)으로 소켓을 닫았을 수도 있습니다. 다시 연결하고 원격 측을 확인하십시오."),
    // WSAENOBUFS
    own("사용할 수 있는 버퍼 공간이 없습니다.", "시스템의 버퍼 공간이 부족하거나 큐가 가득 차서 작업을 수행할 수 없었습니다. 이는 열린 연결이 너무 많거나, 메모리가 부족하거나, 사용 가능한 임시 포트가 없다는 뜻인 경우가 많습니다. 사용하지 않는 소켓을 닫고 나중에 다시 시도하십시오."),
    // WSAEISCONN
    own("소켓이 이미 연결되어 있습니다.", "이미 연결된 소켓에서 connect를 호출했습니다. 일부 구현은 연결된 SOCK_DGRAM 소켓에서 주소를 명시해 sendto를 호출할 때도 이 오류를 반환합니다."),
    // WSAENOTCONN
    own("소켓이 연결되어 있지 않습니다.", "소켓이 연결되어 있지 않고 대상 주소도 지정되지 않아 데이터를 보내거나 받을 수 없습니다. 데이터그램 소켓에서는 sendto로 대상 주소를 지정할 수 있습니다. 재설정된 연결에 SO_KEEPALIVE를 설정하는 등 다른 호출에서도 이 오류가 반환될 수 있습니다. 먼저 연결하십시오."),
    // WSAESHUTDOWN
    own("소켓이 종료된 뒤에는 보낼 수 없습니다.", "이전 shutdown 호출로 소켓의 해당 방향이 이미 닫혀 있어 보내기 또는 받기가 거부되었습니다. 한 번 닫은 방향은 이 소켓에서 다시 사용할 수 없습니다."),
    // WSAETOOMANYREFS
    own("참조가 너무 많습니다.", "어떤 커널 개체에 대한 참조가 너무 많습니다. 더 이상 필요 없는 개체를 해제하고 다시 시도하십시오."),
    // WSAETIMEDOUT
    own("연결 시간이 초과되었습니다.", "연결을 설정하는 동안이나 이미 설정된 연결에서 피어가 제시간에 응답하지 않았습니다. 원격 호스트가 오프라인 상태이거나 과부하 상태일 수 있고, 방화벽이 알림 없이 트래픽을 삭제하고 있을 수도 있습니다. 주소, 포트, 방화벽 설정을 확인하십시오."),
    // WSAECONNREFUSED
    own("연결이 거부되었습니다.", "대상 컴퓨터가 연결을 명시적으로 거부했습니다. 대개 해당 포트에서 수신 대기 중인 응용 프로그램이 없거나, 서비스가 중지되었거나, 방화벽이 연결을 거부한 경우입니다. 주소와 포트 번호를 확인하고 서버가 실행 중인지 확인하십시오."),
    // WSAELOOP
    own("이름을 변환할 수 없습니다.", "이름을 변환할 수 없습니다. 예를 들어 이름을 확인하는 과정이 순환에 빠진 경우입니다. 이름에 오류가 없는지 확인하십시오."),
    // WSAENAMETOOLONG
    own("이름이 너무 깁니다.", "이름 또는 이름의 일부가 허용된 길이보다 깁니다. 더 짧은 이름을 사용하십시오."),
    // WSAEHOSTDOWN
    own("호스트가 작동하지 않습니다.", "대상 호스트가 작동하지 않는 것으로 보여 작업이 실패했습니다. Windows는 대개 이런 상황을 대신 WSAETIMEDOUT으로 보고합니다. 원격 컴퓨터가 켜져 있고 네트워크에 연결되어 있는지 확인하십시오."),
    // WSAEHOSTUNREACH
    own("호스트로 가는 경로가 없습니다.", "이 컴퓨터에서 대상 호스트로 가는 경로가 없어 호스트에 도달할 수 없습니다. 주소, 네트워크 연결, 라우팅 또는 게이트웨이 설정을 확인하십시오."),
    // WSAENOTEMPTY
    own("디렉터리가 비어 있지 않습니다.", "디렉터리에 아직 항목이 있어 디렉터리를 제거할 수 없습니다. 먼저 디렉터리를 비우십시오."),
    // WSAEPROCLIM
    own("프로세스가 너무 많습니다.", "Windows 소켓 구현에는 동시에 사용할 수 있는 응용 프로그램 수에 제한이 있으며 그 한도에 도달했으므로, WSAStartup이 이 오류로 실패할 수 있습니다. 네트워크를 사용하는 다른 응용 프로그램을 닫고 다시 시도하십시오."),
    // WSAEUSERS
    own("사용자 할당량을 초과했습니다.", "사용자 수 또는 사용자 리소스에 대한 할당량이 모두 소진되었습니다. 리소스를 일부 해제하거나 관리자에게 한도를 늘려 달라고 요청하십시오."),
    // WSAEDQUOT
    own("디스크 할당량을 초과했습니다.", "디스크 공간 할당량이 모두 소진되었습니다. 공간을 확보하거나 관리자에게 할당량을 늘려 달라고 요청하십시오."),
    // WSAESTALE
    own("오래된 파일 핸들 참조입니다.", "파일 핸들이 더 이상 사용할 수 없는 대상을 가리킵니다. 항목을 다시 열어 새 핸들을 받으십시오."),
    // WSAEREMOTE
    own("원격 항목입니다.", "항목이 원격 시스템에 있으므로 로컬에서는 사용할 수 없습니다. 원격 시스템을 통해 액세스하십시오."),
    // WSASYSNOTREADY
    own("네트워크 하위 시스템을 사용할 수 없습니다.", "Windows 소켓이 사용하는 하부 네트워크 시스템이 지금은 준비되지 않아 WSAStartup이 실패했습니다. 올바른 Ws2_32.dll이 있고 검색 경로에서 다른 Winsock DLL이 그보다 먼저 발견되지 않는지, 네트워크 구성 요소가 설치 및 구성되어 있는지, 시스템이 아직 시작되는 중은 아닌지 확인하십시오."),
    // WSAVERNOTSUPPORTED
    own("지원되지 않는 Winsock 버전입니다.", "설치된 Windows 소켓 구현이 응용 프로그램에서 WSAStartup으로 요청한 버전을 지원하지 않습니다. 응용 프로그램이 지원되는 버전(보통 2.2)을 요청하는지, 시스템 DLL 대신 오래된 Winsock DLL이 로드되고 있지 않은지 확인하십시오."),
    // WSANOTINITIALISED
    own("WSAStartup이 성공적으로 호출되지 않았습니다.", "WSAStartup이 성공하기 전에, 또는 WSACleanup을 WSAStartup과 같은 횟수만큼 호출한 뒤에 소켓 함수를 사용했습니다. 먼저 WSAStartup을 호출하고 결과를 확인하십시오. 또한 Windows 소켓을 초기화하지 않은 태스크와 소켓을 공유하고 있지 않은지 확인하십시오."),
    // WSAEDISCON
    own("정상 종료가 진행 중입니다.", "원격 측이 연결을 정상적으로 닫기 시작했음을 WSARecv 또는 WSARecvFrom이 알립니다. 더 이상 데이터가 도착하지 않습니다. 남은 처리를 마치고 소켓을 닫으십시오."),
    // WSAENOMORE
    own("더 이상 결과가 없습니다.", "WSALookupServiceNext가 이 조회에 대해 더 이상 반환할 결과가 없습니다. 이는 조회가 정상적으로 끝났음을 나타냅니다. WSALookupServiceEnd를 호출해 조회를 마치십시오."),
    // WSAECANCELLED
    own("조회 호출이 취소되었습니다.", "WSALookupServiceNext 호출이 아직 실행 중일 때 WSALookupServiceEnd가 호출되어 해당 조회가 취소되었습니다. 조회를 일찍 끝낸 경우에는 예상되는 결과입니다."),
    // WSAEINVALIDPROCTABLE
    own("서비스 공급자의 프로시저 테이블이 잘못되었습니다.", "Windows 소켓 서비스 공급자가 Ws2_32.dll에 유효하지 않은 프로시저 테이블을 전달했습니다. 대개 테이블의 함수 포인터 중 일부가 NULL이기 때문입니다. 문제가 있는 계층화된 서비스 공급자(LSP)나 네트워크 소프트웨어를 다시 설치하거나 제거하십시오."),
    // WSAEINVALIDPROVIDER
    own("서비스 공급자 버전 번호가 잘못되었습니다.", "Windows 소켓 서비스 공급자가 2.0이 아닌 버전을 보고했으며, 시스템은 이 버전을 허용하지 않습니다. WSCGetProviderInfo와 WSCGetProviderInfo32도 요청받은 프로토콜 항목을 찾을 수 없을 때 이 코드를 반환합니다. 타사 네트워크 소프트웨어와 함께 설치된 서비스 공급자를 업데이트하거나 제거하십시오."),
    // WSAEPROVIDERFAILEDINIT
    own("서비스 공급자를 초기화할 수 없습니다.", "서비스 공급자를 시작할 수 없었습니다. 서비스 공급자의 DLL을 LoadLibrary로 로드하지 못했거나, 서비스 공급자의 WSPStartup 또는 NSPStartup 함수가 오류를 보고했습니다. 관련 네트워크 소프트웨어를 다시 설치하거나 Winsock 카탈로그를 재설정(netsh winsock reset)하면 해결되는 경우가 많습니다."),
    // WSASYSCALLFAILURE
    own("시스템 호출이 실패했습니다.", "실패해서는 안 되는 시스템 호출이 실패했습니다. 예를 들어 WaitForMultipleObjects로 이벤트를 기다리는 호출이나, 프로토콜 또는 네임스페이스 카탈로그에 대한 레지스트리 작업이 실패한 경우입니다. 서비스 공급자가 더 구체적인 코드 없이 실패를 보고할 때도 반환되며, 이는 해당 서비스 공급자의 버그를 나타낼 수 있습니다."),
    // WSASERVICE_NOT_FOUND
    own("서비스를 찾을 수 없습니다.", "검색한 네임스페이스에 해당 서비스가 알려져 있지 않습니다. 서비스 이름이 올바른지, 올바른 네임스페이스를 조회했는지 확인하십시오."),
    // WSATYPE_NOT_FOUND
    own("클래스 유형을 찾을 수 없습니다.", "요청한 서비스 클래스 유형을 찾을 수 없습니다. 해당 클래스가 설치되고 등록되어 있는지 확인하십시오. getaddrinfo는 서비스 이름을 요청한 소켓 유형으로 사용할 수 없을 때 같은 코드를 EAI_SERVICE로 보고합니다."),
    // WSA_E_NO_MORE
    own("더 이상 결과가 없습니다.", "WSALookupServiceNext가 이 조회에 대해 더 이상 반환할 결과가 없습니다. 이는 조회가 정상적으로 끝났음을 나타냅니다. WSALookupServiceEnd를 호출해 조회를 마치십시오."),
    // WSA_E_CANCELLED
    own("조회 호출이 취소되었습니다.", "WSALookupServiceNext 호출이 아직 실행 중일 때 WSALookupServiceEnd가 호출되어 해당 조회가 취소되었습니다. 조회를 일찍 끝낸 경우에는 예상되는 결과입니다."),
    // WSAEREFUSED
    own("데이터베이스 조회가 거부되었습니다.", "네임스페이스 데이터베이스가 조회를 명시적으로 거부했습니다. 서버나 서비스 공급자가 이 요청을 허용하지 않을 수 있습니다. 권한과 조회 내용을 확인하십시오."),
    // WSAHOST_NOT_FOUND
    own("호스트를 찾을 수 없습니다.", "해당 이름의 호스트가 알려져 있지 않습니다. 조회한 데이터베이스나 DNS 서버에 공식 호스트 이름으로도 별칭으로도 없습니다. 이름의 철자와 DNS 설정을 확인하십시오. 프로토콜이나 서비스 조회에서는 해당 데이터베이스에서 이름을 찾지 못했다는 뜻입니다."),
    // WSATRY_AGAIN
    own("이름 확인이 일시적으로 실패했습니다(권한 없는 서버에서 호스트를 찾지 못함).", "로컬 DNS 서버가 그 이름에 대해 권한 있는(authoritative) 서버로부터 응답을 받지 못해 현재로서는 이름 확인에 실패했습니다. 대개 일시적인 문제입니다. 나중에 다시 시도하고, 문제가 계속되면 네트워크 연결과 DNS 서버를 확인하십시오."),
    // WSANO_RECOVERY
    own("복구할 수 없는 이름 확인 오류입니다.", "다시 시도해도 해결되지 않는 오류로 이름 확인이 실패했습니다. 로컬 데이터베이스 파일(hosts, services, protocols)이 없거나 DNS 서버가 심각한 오류로 응답했을 수 있습니다. DNS 구성을 확인하십시오."),
    // WSANO_DATA
    own("이름은 유효하지만 요청한 유형의 데이터가 없습니다.", "이름은 존재하지만 요청한 종류의 레코드가 없습니다. 예를 들어 메일(MX) 레코드는 있지만 주소(A 또는 AAAA) 레코드가 없는 호스트에는 그 이름으로 직접 도달할 수 없습니다."),
    // WSA_QOS_RECEIVERS
    own("QoS 수신자가 있습니다.", "수신자로부터 QoS 예약 요청(RSVP RESV 메시지)이 하나 이상 도착했습니다. 실패가 아니라 상태 보고입니다."),
    // WSA_QOS_SENDERS
    own("QoS 송신자가 있습니다.", "송신자로부터 QoS 경로 메시지(RSVP PATH 메시지)가 하나 이상 도착했습니다. 실패가 아니라 상태 보고입니다."),
    // WSA_QOS_NO_SENDERS
    own("QoS 송신자가 없습니다.", "이 흐름에 QoS 송신자가 더 이상 없습니다. 상태 보고이며, 송신자에 의존하던 예약은 더 이상 적용되지 않습니다."),
    // WSA_QOS_NO_RECEIVERS
    own("QoS 수신자가 없습니다.", "이 흐름에 QoS 수신자가 더 이상 없습니다. 상태 보고이며, 송신자가 지켜야 할 예약이 없습니다."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS 요청이 확인되었습니다.", "네트워크에서 QoS 예약 요청을 확인했습니다. 성공 통지입니다."),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS 요청이 수락 제어를 통과하지 못했습니다.", "경로상의 대역폭 같은 리소스가 부족하여 QoS 요청을 수락할 수 없었습니다. 더 적은 리소스를 요청하거나 나중에 다시 시도하십시오."),
    // WSA_QOS_POLICY_FAILURE
    own("QoS 정책 검사에 실패했습니다.", "정책 시스템이 현재 정책에 따라 요청한 리소스를 허용할 수 없어 QoS 요청이 거부되었습니다. QoS 정책을 확인하거나 관리자에게 문의하십시오."),
    // WSA_QOS_BAD_STYLE
    own("잘못된 QoS 예약 스타일입니다.", "알 수 없거나 서로 충돌하는 QoS 예약 스타일이 발견되었습니다. 요청에 지정한 예약 스타일을 확인하십시오."),
    // WSA_QOS_BAD_OBJECT
    own("잘못된 QoS 개체입니다.", "필터 사양(FILTERSPEC) 또는 서비스 공급자별 버퍼 전반에 문제가 있습니다. 호출에 전달한 QoS 구조체를 확인하십시오."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS 트래픽 제어 오류입니다.", "일반 QoS 요청을 로컬에 적용하는 중에 하부 트래픽 제어(TC) 인터페이스가 실패했습니다. 메모리 부족이나 QoS 서비스 공급자의 내부 오류 등이 원인일 수 있습니다."),
    // WSA_QOS_GENERIC_ERROR
    own("일반 QoS 오류입니다.", "더 구체적인 코드가 없는 일반적인 QoS 오류가 발생했습니다. QoS 요청과 서비스 공급자의 상태를 확인하십시오."),
    // WSA_QOS_ESERVICETYPE
    own("잘못된 QoS 서비스 유형입니다.", "흐름 사양(FLOWSPEC)에 유효하지 않거나 인식할 수 없는 서비스 유형이 들어 있습니다. SERVICETYPE_GUARANTEED나 SERVICETYPE_CONTROLLEDLOAD처럼 정의된 서비스 유형 중 하나를 사용하십시오."),
    // WSA_QOS_EFLOWSPEC
    own("잘못된 QoS 흐름 사양입니다.", "QOS 구조체의 흐름 사양(FLOWSPEC)이 유효하지 않거나 일관되지 않습니다. 속도, 크기, 서비스 유형을 확인하십시오."),
    // WSA_QOS_EPROVSPECBUF
    own("잘못된 QoS 서비스 공급자별 버퍼입니다.", "QoS 요청과 함께 전달한 서비스 공급자별 버퍼(ProviderSpecific)가 유효하지 않습니다. 버퍼의 크기와 내용을 확인하십시오."),
    // WSA_QOS_EFILTERSTYLE
    own("잘못된 QoS 필터 스타일입니다.", "지정한 QoS 필터 스타일이 유효하지 않습니다. 지원되는 필터 스타일을 사용하십시오."),
    // WSA_QOS_EFILTERTYPE
    own("잘못된 QoS 필터 유형입니다.", "지정한 QoS 필터 유형이 유효하지 않습니다. 지원되는 필터 유형을 사용하십시오."),
    // WSA_QOS_EFILTERCOUNT
    own("QoS 필터 개수가 잘못되었습니다.", "FLOWDESCRIPTOR에 지정한 필터 사양(FILTERSPEC) 개수가 올바르지 않습니다. 개수를 실제로 제공한 필터 수와 일치시키십시오."),
    // WSA_QOS_EOBJLENGTH
    own("잘못된 QoS 개체 길이입니다.", "QoS 서비스 공급자별 버퍼에 있는 개체의 ObjectLength 필드가 유효하지 않습니다. 버퍼에 있는 각 개체의 길이를 확인하십시오."),
    // WSA_QOS_EFLOWCOUNT
    own("QoS 흐름 개수가 잘못되었습니다.", "QOS 구조체에 지정한 흐름 설명자 개수가 올바르지 않습니다. 개수를 실제로 제공한 흐름 설명자 수와 일치시키십시오."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("알 수 없는 QoS 개체입니다.", "QoS 서비스 공급자별 버퍼에 서비스 공급자가 인식하지 못하는 유형의 개체가 들어 있습니다. 그 개체를 제거하거나 지원되는 개체 유형을 사용하십시오."),
    // WSA_QOS_EPOLICYOBJ
    own("잘못된 QoS 정책 개체입니다.", "QoS 서비스 공급자별 버퍼에 유효하지 않은 정책 개체가 들어 있습니다. 버퍼의 정책 데이터를 확인하십시오."),
    // WSA_QOS_EFLOWDESC
    own("잘못된 QoS 흐름 설명자입니다.", "흐름 설명자 목록의 항목 중 하나가 유효하지 않습니다. 요청의 각 흐름 설명자(FLOWDESCRIPTOR)를 확인하십시오."),
    // WSA_QOS_EPSFLOWSPEC
    own("잘못된 QoS 서비스 공급자별 흐름 사양입니다.", "QoS 서비스 공급자별 버퍼에 유효하지 않거나 일관되지 않은 흐름 사양(FLOWSPEC)이 들어 있습니다. 버퍼 안의 흐름 사양을 확인하십시오."),
    // WSA_QOS_EPSFILTERSPEC
    own("잘못된 QoS 서비스 공급자별 필터 사양입니다.", "QoS 서비스 공급자별 버퍼에 유효하지 않은 필터 사양(FILTERSPEC)이 들어 있습니다. 버퍼 안의 필터 사양을 확인하십시오."),
    // WSA_QOS_ESDMODEOBJ
    own("잘못된 QoS 셰이핑·폐기 모드 개체입니다.", "QoS 서비스 공급자별 버퍼에 유효하지 않은 셰이핑·폐기 모드 개체(QOS_SD_MODE)가 들어 있습니다. 그 개체의 모드 값을 확인하십시오."),
    // WSA_QOS_ESHAPERATEOBJ
    own("잘못된 QoS 셰이핑 속도 개체입니다.", "QoS 서비스 공급자별 버퍼에 유효하지 않은 셰이핑 속도 개체(QOS_SHAPING_RATE)가 들어 있습니다. 그 개체에 지정한 속도를 확인하십시오."),
    // WSA_QOS_RESERVED_PETYPE
    own("예약된 QoS 정책 요소 유형입니다.", "QoS 서비스 공급자별 버퍼에 예약된(reserved) 유형의 정책 요소가 들어 있습니다. 그 요소를 제거하거나 허용된 정책 요소 유형을 사용하십시오."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("보안 이름 확인에서 호스트를 찾을 수 없습니다.", "DNSSEC 유효성 검사가 필요한 경우처럼 보안이 적용된 이름 확인에서 호스트를 찾지 못했습니다. 이름이 존재하지 않거나 올바르게 서명되지 않았을 수 있습니다. 이름과 DNS 보안 설정을 확인하십시오."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("이름 기반 IPsec 정책을 추가할 수 없습니다.", "시스템에서 호스트 이름을 기반으로 하는 IPsec 정책을 추가하지 못했습니다. IPsec 및 연결 보안 규칙과 그 이름 설정을 확인하십시오."),
];

static KO_KR_LABELS: &[BakedLabel] = &[
    label("소켓 작업"),
    label("Unix 호환"),
    label("시작 및 서비스 공급자"),
    label("서비스 조회"),
    label("이름 확인"),
    label("중첩 I/O 및 이벤트"),
    label("서비스 품질(QoS)"),
    label("Winsock 오류 코드"),
    label("다른 언어"),
    label("번호, 이름 또는 단어로 목록 필터링"),
    label("검색어가 너무 깁니다."),
    label("이름"),
    label("번호"),
    label("16진수"),
    label("그룹"),
    label("제목"),
    label("설명"),
];

static PT_BR: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("O identificador de objeto de evento especificado é inválido.", "O programa usou um identificador de objeto de evento que não é válido, por exemplo, um que já foi fechado. Verifique se o identificador foi obtido de WSACreateEvent e se ainda está aberto. Este código tem o mesmo valor que o erro do Windows ERROR_INVALID_HANDLE (6)."),
    // WSA_NOT_ENOUGH_MEMORY
    own("Memória disponível insuficiente.", "Uma função do Windows Sockets que depende de uma função subjacente do Windows falhou porque não havia memória suficiente. Feche outros programas ou libere memória e tente novamente. Este código tem o mesmo valor que o erro do Windows ERROR_NOT_ENOUGH_MEMORY (8)."),
    // WSA_INVALID_PARAMETER
    own("Um ou mais parâmetros são inválidos.", "Uma função do Windows Sockets repassou os argumentos recebidos a uma função subjacente do Windows, que rejeitou um ou mais deles. Verifique todos os parâmetros da chamada. Este código tem o mesmo valor que o erro do Windows ERROR_INVALID_PARAMETER (87)."),
    // WSA_OPERATION_ABORTED
    own("Operação sobreposta anulada.", "Uma operação sobreposta foi cancelada antes de terminar, porque o soquete foi fechado ou porque o comando SIO_FLUSH foi emitido por meio de WSAIoctl. Isso é esperado quando um programa fecha um soquete com E/S ainda pendente; o código tem o mesmo valor que o erro do Windows ERROR_OPERATION_ABORTED (995)."),
    // WSA_IO_INCOMPLETE
    own("O objeto de evento de E/S sobreposta não está no estado sinalizado.", "O programa solicitou o resultado de uma operação sobreposta que ainda não terminou. Consultar periodicamente com WSAGetOverlappedResult, com o sinalizador fWait definido como FALSE, retorna este código até que a operação seja concluída; aguarde e consulte novamente. Este código tem o mesmo valor que o erro do Windows ERROR_IO_INCOMPLETE (996)."),
    // WSA_IO_PENDING
    own("A operação sobreposta será concluída mais tarde.", "Uma operação sobreposta foi iniciada e não pôde terminar imediatamente. Isso não é uma falha: quando a operação terminar, o programa será notificado por meio do evento, da rotina de conclusão ou da porta de conclusão de E/S (IOCP) que ele usa, e WSAGetOverlappedResult fornecerá então o resultado. Este código tem o mesmo valor que o erro do Windows ERROR_IO_PENDING (997)."),
    // WSAEINTR
    own("Chamada de função interrompida.", "Uma chamada de bloqueio foi interrompida antes de terminar, tradicionalmente por WSACancelBlockingCall, um resquício do Windows Sockets 1.1 que os programas modernos do Winsock 2 não devem usar. Fechar o soquete com closesocket a partir de outro thread enquanto uma chamada aguarda nele tem o mesmo efeito; repita a chamada se a interrupção não tiver sido intencional."),
    // WSAEBADF
    own("Identificador de arquivo inválido.", "O identificador de arquivo ou de soquete informado não é válido. Verifique se o identificador está aberto e se não foi fechado antes."),
    // WSAEACCES
    own("Permissão negada.", "O soquete foi usado de uma forma que seus direitos de acesso não permitem. Causas comuns são chamar sendto com um endereço de difusão (broadcast) sem antes habilitar SO_BROADCAST com setsockopt, ou chamar bind em um endereço e porta que outro programa, serviço ou driver ocupou com exclusividade por meio de SO_EXCLUSIVEADDRUSE; um firewall ou produto de segurança também pode bloquear o acesso."),
    // WSAEFAULT
    own("Endereço incorreto.", "Um ponteiro passado a uma função de soquete não aponta para memória válida, ou um argumento de buffer ou de comprimento é pequeno demais. Verifique cada argumento de ponteiro e confirme que os valores de comprimento correspondem ao tamanho real do buffer; o comprimento de uma estrutura sockaddr, por exemplo, deve ser de pelo menos sizeof(sockaddr)."),
    // WSAEINVAL
    own("Argumento inválido.", "Um dos argumentos não é válido, por exemplo, um nível desconhecido passado a setsockopt. Esse erro também é retornado quando a chamada não condiz com o estado atual do soquete, como chamar accept em um soquete sem uma chamada anterior a listen."),
    // WSAEMFILE
    own("Muitos soquetes abertos.", "Não há mais identificadores de soquete disponíveis para este programa. O limite pode valer para o sistema inteiro, para o processo ou para o thread; feche os soquetes que não são mais necessários e procure vazamentos de identificadores."),
    // WSAEWOULDBLOCK
    own("Recurso temporariamente indisponível.", "Um soquete sem bloqueio não conseguiu concluir a operação imediatamente, por exemplo, recv quando ainda não há dados à espera. Não se trata de uma falha real: aguarde até que o soquete esteja pronto (com select, WSAPoll ou um evento) e tente novamente; um connect em um soquete SOCK_STREAM sem bloqueio normalmente informa este código enquanto a conexão está sendo estabelecida."),
    // WSAEINPROGRESS
    own("Uma operação de bloqueio já está em execução.", "O Windows Sockets permite apenas uma chamada de bloqueio por vez em cada tarefa ou thread, e outra chamada foi feita enquanto uma ainda estava pendente. Isso afeta principalmente programas antigos no estilo do Windows Sockets 1.1; confirme que a chamada de bloqueio anterior retornou antes de emitir uma nova."),
    // WSAEALREADY
    own("Operação já em andamento neste soquete sem bloqueio.", "Foi solicitada uma operação em um soquete sem bloqueio que ainda está ocupado com uma operação do mesmo tipo, como um segundo connect enquanto o primeiro ainda está se conectando. Esse erro também é retornado ao cancelar uma solicitação assíncrona (uma das funções WSAAsyncGetXbyY) que já foi concluída ou cancelada."),
    // WSAENOTSOCK
    own("Operação de soquete em algo que não é um soquete.", "O identificador passado à função não é um soquete válido. Ele pode nunca ter sido um soquete ou já estar fechado, ou, no caso de select, uma das entradas de um fd_set não é um soquete válido."),
    // WSAEDESTADDRREQ
    own("Endereço de destino obrigatório.", "A operação precisa de um endereço de destino, mas nenhum foi informado. Por exemplo, a função sendto foi chamada com ADDR_ANY como endereço remoto; forneça o endereço real do par."),
    // WSAEMSGSIZE
    own("Mensagem muito longa.", "Um datagrama era maior do que o protocolo ou a rede consegue transportar, ou o buffer de recebimento era menor do que o datagrama recebido e, nesse caso, o datagrama foi truncado. Envie mensagens menores ou use um buffer de recebimento maior."),
    // WSAEPROTOTYPE
    own("Tipo de protocolo incorreto para o soquete.", "O protocolo informado à função socket não é adequado ao tipo de soquete solicitado. Por exemplo, o UDP não pode ser usado com um soquete SOCK_STREAM; escolha um protocolo que corresponda ao tipo ou passe 0 para que o sistema escolha."),
    // WSAENOPROTOOPT
    own("Opção de protocolo inválida.", "A opção ou o nível informado a getsockopt ou setsockopt é desconhecido, inválido ou não tem suporte neste protocolo. Verifique se a opção pertence ao nível correto (como SOL_SOCKET ou IPPROTO_TCP) e se o tipo de soquete dá suporte a ela."),
    // WSAEPROTONOSUPPORT
    own("Protocolo sem suporte.", "O protocolo solicitado não está instalado neste sistema ou não tem implementação. Isso também acontece quando o protocolo entra em conflito com o tipo de soquete, como ao pedir um soquete SOCK_DGRAM com um protocolo de fluxo."),
    // WSAESOCKTNOSUPPORT
    own("Tipo de soquete sem suporte.", "Esta família de endereços não dá suporte ao tipo de soquete solicitado. Por exemplo, a implementação pode não oferecer soquetes SOCK_RAW de forma alguma ou pode exigir direitos de administrador para criá-los."),
    // WSAEOPNOTSUPP
    own("Operação sem suporte.", "A operação solicitada não tem suporte neste tipo de soquete ou objeto. Um caso típico é chamar accept ou listen em um soquete de datagrama, que não tem conexões a aceitar."),
    // WSAEPFNOSUPPORT
    own("Família de protocolos sem suporte.", "A família de protocolos solicitada não está configurada neste sistema ou não tem implementação. Na prática, as funções do Windows Sockets costumam informar WSAEAFNOSUPPORT para a mesma situação."),
    // WSAEAFNOSUPPORT
    own("Família de endereços sem suporte na família de protocolos.", "Foi usado um endereço de uma família à qual o protocolo não dá suporte. Causas típicas são pedir à função socket um protocolo que não pertence à família de endereços, ou passar um endereço IPv6 a um soquete AF_INET (ou o contrário) em chamadas como sendto ou connect."),
    // WSAEADDRINUSE
    own("Endereço já em uso.", "Outro soquete já está vinculado a este endereço e porta, possivelmente um que ainda está sendo fechado ou que não foi fechado corretamente. Encerre o outro programa ou escolha outra porta; servidores que realmente precisam compartilhar uma porta podem definir SO_REUSEADDR, e os clientes geralmente nem precisam chamar bind. Quando bind recebe um endereço curinga (ADDR_ANY), o erro pode aparecer só quando o endereço é de fato fixado, em uma chamada posterior a connect, listen, WSAConnect ou WSAJoinLeaf."),
    // WSAEADDRNOTAVAIL
    own("Não é possível atribuir o endereço solicitado.", "O endereço não é válido neste contexto. Normalmente, foi passado a bind um endereço IP que não pertence a este computador, ou foi passado a connect ou a sendto um endereço ou porta remotos que não podem ser usados, como a porta 0 ou o endereço 0.0.0.0."),
    // WSAENETDOWN
    own("A rede está inativa.", "O subsistema de rede, o adaptador de rede ou a rede local falhou. Verifique a conexão de rede e o adaptador e, se o problema persistir, reinicie a pilha de rede ou o computador."),
    // WSAENETUNREACH
    own("A rede está inacessível.", "O sistema local não tem rota para a rede de destino. Verifique a conexão de rede, o gateway padrão e a tabela de roteamento, e se o endereço está correto."),
    // WSAENETRESET
    own("A rede descartou a conexão devido a uma redefinição.", "A conexão foi descartada porque as verificações de keep-alive detectaram que o outro lado, ou o caminho até ele, havia falhado enquanto uma operação estava em andamento. A função setsockopt também pode retornar esse erro ao habilitar SO_KEEPALIVE em uma conexão que já falhou; conecte-se novamente para continuar."),
    // WSAECONNABORTED
    own("O software causou a anulação da conexão.", "A conexão foi encerrada pelo software deste computador, muitas vezes após um tempo limite de transmissão de dados ou um erro de protocolo. Firewalls, produtos antivírus ou software de VPN que cortam conexões também podem causar esse erro; conecte-se novamente e, se o problema se repetir, verifique esse tipo de software."),
    // WSAECONNRESET
    own("Conexão redefinida pelo par.", "O host remoto fechou a conexão de forma abrupta. O programa na outra extremidade pode ter travado ou sido encerrado, o host remoto pode ter sido reiniciado ou saído da rede, ou então ele fechou o soquete com uma redefinição forçada (SO_LINGER habilitado com tempo limite 0); conecte-se novamente e verifique o lado remoto."),
    // WSAENOBUFS
    own("Não há espaço de buffer disponível.", "O sistema ficou sem espaço de buffer ou uma fila estava cheia e, por isso, não foi possível executar a operação. Isso costuma indicar conexões abertas em excesso, memória esgotada ou falta de portas efêmeras livres; feche os soquetes não utilizados e tente novamente mais tarde."),
    // WSAEISCONN
    own("O soquete já está conectado.", "A função connect foi chamada em um soquete que já tem uma conexão. Algumas implementações também retornam esse erro quando sendto é usada com um endereço explícito em um soquete SOCK_DGRAM conectado."),
    // WSAENOTCONN
    own("O soquete não está conectado.", "O soquete não está conectado, portanto não é possível enviar nem receber dados por ele, e nenhum endereço de destino foi informado (como sendto permitiria em um soquete de datagrama). Outras chamadas, como definir SO_KEEPALIVE em uma conexão que foi redefinida, também podem retornar esse erro; estabeleça a conexão primeiro."),
    // WSAESHUTDOWN
    own("Não é possível enviar após o desligamento do soquete.", "O envio ou o recebimento foi recusado porque esse sentido do soquete já havia sido fechado por uma chamada anterior a shutdown. Depois que um sentido é desligado, ele não pode mais ser usado neste soquete."),
    // WSAETOOMANYREFS
    own("Muitas referências.", "Há referências demais a algum objeto do kernel. Libere os objetos que não são mais necessários e tente novamente."),
    // WSAETIMEDOUT
    own("O tempo limite da conexão se esgotou.", "O outro lado não respondeu a tempo, seja durante o estabelecimento da conexão, seja em uma conexão já estabelecida. O host remoto pode estar offline ou sobrecarregado, ou um firewall pode estar descartando o tráfego silenciosamente; verifique o endereço, a porta e as configurações do firewall."),
    // WSAECONNREFUSED
    own("Conexão recusada.", "O computador de destino rejeitou ativamente a conexão. Normalmente, nenhum programa está escutando nessa porta, o serviço está parado ou um firewall rejeita a conexão; verifique o endereço, o número da porta e se o servidor está em execução."),
    // WSAELOOP
    own("Não é possível traduzir o nome.", "Não foi possível traduzir um nome, por exemplo, porque sua resolução entrou em um loop. Verifique se há erros no nome."),
    // WSAENAMETOOLONG
    own("Nome muito longo.", "Um nome, ou uma de suas partes, é mais longo do que o permitido. Use um nome mais curto."),
    // WSAEHOSTDOWN
    own("O host está inativo.", "A operação falhou porque o host de destino parece estar inativo. Em vez deste código, o Windows costuma informar essa situação como WSAETIMEDOUT; verifique se o computador remoto está ligado e conectado."),
    // WSAEHOSTUNREACH
    own("Sem rota para o host.", "O host de destino não pode ser alcançado a partir deste computador, pois nenhuma rota leva até ele. Verifique o endereço, a conexão de rede e as configurações de roteamento ou de gateway."),
    // WSAENOTEMPTY
    own("O diretório não está vazio.", "Não foi possível remover um diretório porque ele ainda contém entradas. Esvazie-o primeiro."),
    // WSAEPROCLIM
    own("Muitos processos.", "A implementação do Windows Sockets limita quantos programas podem usá-la ao mesmo tempo, e esse limite foi atingido; por isso, WSAStartup pode falhar com este erro. Feche outros programas que usam a rede e tente novamente."),
    // WSAEUSERS
    own("Cota de usuários excedida.", "A cota de usuários ou de recursos de usuário se esgotou. Libere alguns recursos ou peça a um administrador que aumente o limite."),
    // WSAEDQUOT
    own("Cota de disco excedida.", "A cota de espaço em disco foi totalmente usada. Libere algum espaço ou peça a um administrador que aumente a cota."),
    // WSAESTALE
    own("Referência obsoleta a identificador de arquivo.", "O identificador de arquivo se refere a algo que não está mais disponível. Abra o item novamente para obter um novo identificador."),
    // WSAEREMOTE
    own("O item é remoto.", "O item não está disponível localmente porque fica em um sistema remoto. Em vez disso, obtenha acesso a ele pelo sistema remoto."),
    // WSASYSNOTREADY
    own("O subsistema de rede não está disponível.", "A função WSAStartup falhou porque o sistema de rede subjacente do qual o Windows Sockets depende não está pronto no momento. Verifique se o Ws2_32.dll correto está presente e se nenhuma outra DLL do Winsock é encontrada antes dele no caminho de pesquisa, se os componentes de rede estão instalados e configurados e se a inicialização do sistema já foi concluída."),
    // WSAVERNOTSUPPORTED
    own("Versão do Winsock sem suporte.", "A implementação do Windows Sockets instalada não dá suporte à versão que o programa solicitou em WSAStartup. Verifique se o programa solicita uma versão com suporte (normalmente 2.2) e se nenhuma DLL do Winsock desatualizada está sendo carregada no lugar da DLL do sistema."),
    // WSANOTINITIALISED
    own("Não houve uma chamada bem-sucedida a WSAStartup.", "Uma função de soquete foi usada antes de uma chamada bem-sucedida a WSAStartup, ou depois que WSACleanup foi chamada tantas vezes quanto WSAStartup. Chame WSAStartup primeiro e verifique o resultado; confirme também que os soquetes não são compartilhados com uma tarefa que nunca inicializou o Windows Sockets."),
    // WSAEDISCON
    own("Desligamento normal em andamento.", "A função WSARecv ou WSARecvFrom informa que o lado remoto iniciou o encerramento ordenado da conexão. Não chegarão mais dados; conclua o processamento e feche o soquete."),
    // WSAENOMORE
    own("Não há mais resultados.", "A função WSALookupServiceNext não tem mais resultados a retornar para esta consulta. Isso marca o fim normal da pesquisa; chame WSALookupServiceEnd para concluí-la."),
    // WSAECANCELLED
    own("Chamada de pesquisa cancelada.", "A função WSALookupServiceEnd foi chamada enquanto uma chamada a WSALookupServiceNext ainda estava em execução; por isso, essa pesquisa foi cancelada. Isso é esperado quando uma pesquisa é encerrada antes do fim."),
    // WSAEINVALIDPROCTABLE
    own("Tabela de procedimentos inválida do provedor de serviços.", "Um provedor de serviços do Windows Sockets entregou ao Ws2_32.dll uma tabela de procedimentos que não é válida, geralmente porque alguns dos ponteiros de função da tabela são NULL. Reinstale ou remova o provedor de serviços em camadas (LSP) ou o software de rede com defeito."),
    // WSAEINVALIDPROVIDER
    own("Número de versão do provedor de serviços inválido.", "Um provedor de serviços do Windows Sockets informou uma versão diferente de 2.0, que o sistema não aceita; WSCGetProviderInfo e WSCGetProviderInfo32 também retornam esse erro quando a entrada de protocolo consultada não é encontrada. Atualize ou remova o provedor instalado com um software de rede de terceiros."),
    // WSAEPROVIDERFAILEDINIT
    own("Não é possível inicializar um provedor de serviços.", "Não foi possível iniciar um provedor de serviços: o carregamento da sua DLL com LoadLibrary falhou, ou sua função WSPStartup ou NSPStartup informou um erro. Reinstalar o software de rede afetado ou redefinir o catálogo do Winsock (netsh winsock reset) costuma ajudar."),
    // WSASYSCALLFAILURE
    own("Falha em chamada do sistema.", "Falhou uma chamada do sistema que nunca deveria falhar, por exemplo, a espera por eventos com WaitForMultipleObjects ou uma operação do Registro nos catálogos de protocolos ou de namespaces. Esse erro também é retornado quando um provedor informa uma falha sem um código mais específico, o que pode indicar um bug nesse provedor."),
    // WSASERVICE_NOT_FOUND
    own("Serviço não encontrado.", "Nenhum serviço com esse nome é conhecido no namespace pesquisado. Verifique o nome do serviço e se o namespace consultado é o correto."),
    // WSATYPE_NOT_FOUND
    own("Tipo de classe não encontrado.", "O tipo de classe de serviço solicitado não foi encontrado. Verifique se a classe está instalada e registrada; getaddrinfo informa esse mesmo código como EAI_SERVICE quando o nome do serviço não pode ser usado com o tipo de soquete solicitado."),
    // WSA_E_NO_MORE
    own("Não há mais resultados.", "A função WSALookupServiceNext não tem mais resultados a retornar para esta consulta. Isso marca o fim normal da pesquisa; chame WSALookupServiceEnd para concluí-la."),
    // WSA_E_CANCELLED
    own("Chamada de pesquisa cancelada.", "A função WSALookupServiceEnd foi chamada enquanto uma chamada a WSALookupServiceNext ainda estava em execução; por isso, essa pesquisa foi cancelada. Isso é esperado quando uma pesquisa é encerrada antes do fim."),
    // WSAEREFUSED
    own("Consulta ao banco de dados recusada.", "O banco de dados do namespace recusou ativamente a consulta. O servidor ou o provedor pode não permitir essa solicitação; verifique as permissões e a própria consulta."),
    // WSAHOST_NOT_FOUND
    own("Host não encontrado.", "Nenhum host com esse nome é conhecido: não se trata de um nome de host oficial nem de um alias nos bancos de dados ou servidores DNS consultados. Verifique a grafia do nome e as configurações de DNS; em pesquisas de protocolo ou de serviço, significa que o nome não foi encontrado nesse banco de dados."),
    // WSATRY_AGAIN
    own("Falha temporária na pesquisa de nome (host não encontrado; resposta não autoritativa).", "A pesquisa de nome falhou por enquanto porque o servidor DNS local não obteve resposta de um servidor com autoridade sobre o nome. Isso costuma ser temporário; tente novamente mais tarde e, se persistir, verifique a conexão de rede e o servidor DNS."),
    // WSANO_RECOVERY
    own("Erro não recuperável na pesquisa de nome.", "Uma pesquisa falhou com um erro que novas tentativas não vão corrigir. Os arquivos de banco de dados locais (hosts, services, protocols) podem estar ausentes, ou um servidor DNS respondeu com um erro grave; verifique a configuração de DNS."),
    // WSANO_DATA
    own("Nome válido, mas sem dados do tipo solicitado.", "O nome existe, mas não tem nenhum registro do tipo solicitado. Por exemplo, um host pode ter um registro de email (MX), mas nenhum registro de endereço (A ou AAAA) e, por isso, não pode ser alcançado diretamente por esse nome."),
    // WSA_QOS_RECEIVERS
    own("Receptores de QoS.", "Chegou pelo menos uma solicitação de reserva de QoS (uma mensagem RSVP RESV) de um receptor. Trata-se de um relatório de status, e não de uma falha."),
    // WSA_QOS_SENDERS
    own("Remetentes de QoS.", "Chegou pelo menos uma mensagem de caminho de QoS (uma mensagem RSVP PATH) de um remetente. Trata-se de um relatório de status, e não de uma falha."),
    // WSA_QOS_NO_SENDERS
    own("Nenhum remetente de QoS.", "Não há mais nenhum remetente de QoS para este fluxo. Trata-se de um relatório de status; as reservas que dependiam dos remetentes deixaram de valer."),
    // WSA_QOS_NO_RECEIVERS
    own("Nenhum receptor de QoS.", "Não há mais nenhum receptor de QoS para este fluxo. Trata-se de um relatório de status; o remetente não tem reservas a cumprir."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("Solicitação de QoS confirmada.", "A solicitação de reserva de QoS foi confirmada pela rede. Trata-se de uma notificação de êxito."),
    // WSA_QOS_ADMISSION_FAILURE
    own("Erro de admissão de QoS.", "A solicitação de QoS não pôde ser admitida porque não havia recursos suficientes, como largura de banda, ao longo do caminho. Solicite menos ou tente novamente mais tarde."),
    // WSA_QOS_POLICY_FAILURE
    own("Falha de política de QoS.", "A solicitação de QoS foi recusada porque o sistema de políticas não pôde conceder os recursos solicitados segundo a política atual. Verifique a política de QoS ou consulte um administrador."),
    // WSA_QOS_BAD_STYLE
    own("Estilo de QoS incorreto.", "Foi encontrado um estilo de reserva de QoS desconhecido ou conflitante. Verifique o estilo de reserva especificado na solicitação."),
    // WSA_QOS_BAD_OBJECT
    own("Objeto de QoS incorreto.", "Há um problema em uma estrutura FILTERSPEC ou no buffer específico do provedor em geral. Verifique as estruturas de QoS passadas na chamada."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("Erro de controle de tráfego de QoS.", "A interface subjacente de controle de tráfego (TC) falhou ao aplicar localmente a solicitação genérica de QoS. Entre as causas estão pouca memória ou um erro interno no provedor de QoS."),
    // WSA_QOS_GENERIC_ERROR
    own("Erro genérico de QoS.", "Ocorreu um erro geral de QoS sem um código mais específico. Verifique a solicitação de QoS e o estado do provedor."),
    // WSA_QOS_ESERVICETYPE
    own("Erro de tipo de serviço de QoS.", "A estrutura FLOWSPEC contém um tipo de serviço inválido ou não reconhecido. Use um dos tipos de serviço definidos, como SERVICETYPE_GUARANTEED ou SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("Erro de flowspec de QoS.", "Uma estrutura FLOWSPEC dentro da estrutura QOS é inválida ou inconsistente. Verifique suas taxas, seus tamanhos e seu tipo de serviço."),
    // WSA_QOS_EPROVSPECBUF
    own("Buffer de provedor de QoS inválido.", "O buffer específico do provedor (ProviderSpecific) passado com a solicitação de QoS não é válido. Verifique seu tamanho e seu conteúdo."),
    // WSA_QOS_EFILTERSTYLE
    own("Estilo de filtro de QoS inválido.", "O estilo de filtro de QoS informado não é válido. Use um estilo de filtro com suporte."),
    // WSA_QOS_EFILTERTYPE
    own("Tipo de filtro de QoS inválido.", "O tipo de filtro de QoS informado não é válido. Use um tipo de filtro com suporte."),
    // WSA_QOS_EFILTERCOUNT
    own("Contagem de filtros de QoS incorreta.", "O número de entradas FILTERSPEC informado em uma estrutura FLOWDESCRIPTOR está errado. Faça a contagem corresponder aos filtros realmente fornecidos."),
    // WSA_QOS_EOBJLENGTH
    own("Comprimento de objeto de QoS inválido.", "Um objeto no buffer específico do provedor de QoS tem um campo ObjectLength que não é válido. Verifique o comprimento de cada objeto no buffer."),
    // WSA_QOS_EFLOWCOUNT
    own("Contagem de fluxos de QoS incorreta.", "A estrutura QOS especifica um número errado de descritores de fluxo. Faça a contagem corresponder aos descritores realmente fornecidos."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Objeto de QoS não reconhecido.", "O buffer específico do provedor de QoS contém um objeto de um tipo que o provedor não reconhece. Remova-o ou use um tipo de objeto com suporte."),
    // WSA_QOS_EPOLICYOBJ
    own("Objeto de política de QoS inválido.", "O buffer específico do provedor de QoS contém um objeto de política que não é válido. Verifique os dados de política no buffer."),
    // WSA_QOS_EFLOWDESC
    own("Descritor de fluxo de QoS inválido.", "Uma das entradas da lista de descritores de fluxo não é válida. Verifique cada descritor de fluxo (FLOWDESCRIPTOR) da solicitação."),
    // WSA_QOS_EPSFLOWSPEC
    own("Flowspec de QoS específica do provedor inválida.", "O buffer específico do provedor de QoS contém uma estrutura FLOWSPEC inválida ou inconsistente. Verifique a flowspec dentro do buffer."),
    // WSA_QOS_EPSFILTERSPEC
    own("Filterspec de QoS específica do provedor inválida.", "O buffer específico do provedor de QoS contém uma estrutura FILTERSPEC que não é válida. Verifique a filterspec dentro do buffer."),
    // WSA_QOS_ESDMODEOBJ
    own("Objeto de modo de descarte de modelagem de QoS inválido.", "O buffer específico do provedor de QoS contém um objeto de modo de descarte de modelagem (QOS_SD_MODE) que não é válido. Verifique o valor do modo nesse objeto."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Objeto de taxa de modelagem de QoS inválido.", "O buffer específico do provedor de QoS contém um objeto de taxa de modelagem (QOS_SHAPING_RATE) que não é válido. Verifique a taxa informada nesse objeto."),
    // WSA_QOS_RESERVED_PETYPE
    own("Tipo de elemento de política de QoS reservado.", "O buffer específico do provedor de QoS contém um elemento de política de um tipo reservado. Remova-o ou use um tipo de elemento de política permitido."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("Nenhum host com esse nome é conhecido de forma segura.", "Uma pesquisa de nome segura, como uma que exige validação DNSSEC, não encontrou o host. O nome pode não existir ou pode não estar assinado corretamente; verifique o nome e as configurações de segurança do DNS."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("Não foi possível adicionar a política IPsec baseada em nome.", "O sistema não conseguiu adicionar uma política IPsec baseada em um nome de host. Verifique as regras de IPsec e de segurança de conexão e suas configurações de nome."),
];

static PT_BR_LABELS: &[BakedLabel] = &[
    label("Operações de soquete"),
    label("Compatibilidade com Unix"),
    label("Inicialização e provedores de serviços"),
    label("Pesquisa de serviços"),
    label("Resolução de nomes"),
    label("E/S sobreposta e eventos"),
    label("Qualidade de serviço (QoS)"),
    label("Códigos de erro do Winsock"),
    label("Outros idiomas"),
    label("Filtrar a lista por número, nome ou palavras"),
    label("A consulta é muito longa."),
    label("Nome"),
    label("Número"),
    label("Hexadecimal"),
    label("Grupo"),
    label("Título"),
    label("Explicação"),
];

static RU_RU: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("Указанный дескриптор объекта события недопустим.", "Программа использовала недопустимый дескриптор объекта события — например, уже закрытый. Убедитесь, что дескриптор получен от WSACreateEvent и еще открыт. Значение этого кода совпадает со значением ошибки Windows ERROR_INVALID_HANDLE (6)."),
    // WSA_NOT_ENOUGH_MEMORY
    own("Недостаточно памяти.", "Функция Windows Sockets, которая опирается на базовую функцию Windows, завершилась ошибкой из-за нехватки памяти. Закройте другие программы или освободите память и повторите попытку. Значение этого кода совпадает со значением ошибки Windows ERROR_NOT_ENOUGH_MEMORY (8)."),
    // WSA_INVALID_PARAMETER
    own("Один или несколько параметров недопустимы.", "Функция Windows Sockets передала свои аргументы базовой функции Windows, которая отклонила один или несколько из них. Проверьте все параметры вызова. Значение этого кода совпадает со значением ошибки Windows ERROR_INVALID_PARAMETER (87)."),
    // WSA_OPERATION_ABORTED
    own("Перекрывающаяся операция прервана.", "Перекрывающаяся операция была отменена до завершения, так как сокет был закрыт или через WSAIoctl была выдана команда SIO_FLUSH. Это ожидаемое поведение, если программа закрывает сокет, на котором еще не завершен ввод-вывод; значение этого кода совпадает со значением ошибки Windows ERROR_OPERATION_ABORTED (995)."),
    // WSA_IO_INCOMPLETE
    own("Объект события перекрывающегося ввода-вывода не в сигнальном состоянии.", "Программа запросила результат перекрывающейся операции, которая еще не завершена. При опросе с помощью WSAGetOverlappedResult с флагом fWait, равным FALSE, эта ошибка возвращается до завершения операции; подождите и запросите результат снова. Значение этого кода совпадает со значением ошибки Windows ERROR_IO_INCOMPLETE (996)."),
    // WSA_IO_PENDING
    own("Перекрывающаяся операция завершится позже.", "Перекрывающаяся операция запущена, но не смогла завершиться немедленно. Это не сбой: когда она завершится, программа получит уведомление через свое событие, подпрограмму завершения или порт завершения ввода-вывода (IOCP), а результат затем можно получить с помощью WSAGetOverlappedResult. Значение этого кода совпадает со значением ошибки Windows ERROR_IO_PENDING (997)."),
    // WSAEINTR
    own("Прерван вызов функции.", "Блокирующий вызов был прерван до своего завершения; классическая причина — функция WSACancelBlockingCall, унаследованная от Windows Sockets 1.1, которую современным программам Winsock 2 использовать не следует. К тому же результату приводит закрытие сокета функцией closesocket из другого потока, пока вызов на этом сокете еще ожидает завершения; если прерывание не было намеренным, повторите вызов."),
    // WSAEBADF
    own("Недопустимый дескриптор файла.", "Указанный дескриптор файла или сокета недопустим. Убедитесь, что дескриптор открыт и еще не был закрыт."),
    // WSAEACCES
    own("Отказано в доступе.", "Сокет использован способом, который не допускают его права доступа. Типичные причины: вызов sendto с широковещательным адресом без предварительного включения SO_BROADCAST с помощью setsockopt или вызов bind для адреса и порта, которые другая программа, служба или драйвер заняли в монопольном режиме с помощью SO_EXCLUSIVEADDRUSE; доступ также может заблокировать брандмауэр или средство защиты."),
    // WSAEFAULT
    own("Недопустимый адрес.", "Указатель, переданный функции сокета, не указывает на допустимую область памяти, либо аргумент буфера или длины слишком мал. Проверьте все аргументы-указатели и убедитесь, что значения длины соответствуют фактическому размеру буфера; например, длина структуры sockaddr должна быть не меньше sizeof(sockaddr)."),
    // WSAEINVAL
    own("Недопустимый аргумент.", "Один из аргументов недопустим — например, в setsockopt передан неизвестный уровень. Эта ошибка возвращается и тогда, когда вызов не соответствует текущему состоянию сокета, например при вызове accept для сокета, на котором не была вызвана функция listen."),
    // WSAEMFILE
    own("Слишком много открытых сокетов.", "Для этой программы больше нет доступных дескрипторов сокетов. Ограничение может действовать на всю систему, на процесс или на поток; закройте сокеты, которые больше не нужны, и проверьте, нет ли утечки дескрипторов."),
    // WSAEWOULDBLOCK
    own("Ресурс временно недоступен.", "Неблокирующий сокет не смог сразу выполнить операцию — например, при вызове recv, когда данных еще нет. Это не настоящий сбой: дождитесь готовности сокета (с помощью select, WSAPoll или события) и повторите попытку; вызов connect для неблокирующего сокета SOCK_STREAM обычно возвращает эту ошибку, пока подключение устанавливается."),
    // WSAEINPROGRESS
    own("Уже выполняется блокирующая операция.", "Windows Sockets допускает в каждой задаче или потоке только один блокирующий вызов одновременно, а новый вызов был сделан, пока предыдущий еще не завершился. Это касается главным образом старых программ в стиле Windows Sockets 1.1; прежде чем выполнять новый блокирующий вызов, убедитесь, что предыдущий уже вернул управление."),
    // WSAEALREADY
    own("Операция на этом неблокирующем сокете уже выполняется.", "Запрошена операция на неблокирующем сокете, который еще занят операцией того же типа, — например, повторный вызов connect, пока первый еще устанавливает подключение. Эта ошибка возвращается также при отмене асинхронного запроса (одной из функций WSAAsyncGetXbyY), который уже завершен или отменен."),
    // WSAENOTSOCK
    own("Операция сокета применена не к сокету.", "Дескриптор, переданный функции, не является допустимым сокетом. Возможно, он никогда не был сокетом или уже закрыт, а в случае select один из элементов fd_set не является допустимым сокетом."),
    // WSAEDESTADDRREQ
    own("Требуется адрес назначения.", "Для операции нужен адрес назначения, но он не указан. Например, функция sendto вызвана с ADDR_ANY в качестве удаленного адреса; укажите реальный адрес удаленной стороны."),
    // WSAEMSGSIZE
    own("Слишком длинное сообщение.", "Датаграмма превысила размер, который способны передать протокол или сеть, либо буфер приема оказался меньше входящей датаграммы — в этом случае датаграмма была усечена. Отправляйте сообщения меньшего размера или используйте буфер приема большего размера."),
    // WSAEPROTOTYPE
    own("Неверный тип протокола для сокета.", "Протокол, переданный функции socket, не соответствует запрошенному типу сокета. Например, UDP нельзя использовать с сокетом SOCK_STREAM; выберите протокол, соответствующий типу, или передайте 0, чтобы система выбрала его сама."),
    // WSAENOPROTOOPT
    own("Неверный параметр протокола.", "Параметр или уровень, переданный в getsockopt или setsockopt, неизвестен, недопустим или не поддерживается этим протоколом. Проверьте, что параметр относится к нужному уровню (например, SOL_SOCKET или IPPROTO_TCP) и что тип сокета его поддерживает."),
    // WSAEPROTONOSUPPORT
    own("Протокол не поддерживается.", "Запрошенный протокол не установлен в этой системе или для него нет реализации. Ошибка возникает и тогда, когда протокол противоречит типу сокета, например при запросе сокета SOCK_DGRAM с потоковым протоколом."),
    // WSAESOCKTNOSUPPORT
    own("Тип сокета не поддерживается.", "Это семейство адресов не поддерживает запрошенный тип сокета. Например, реализация может вообще не предоставлять сокеты SOCK_RAW или требовать для их создания прав администратора."),
    // WSAEOPNOTSUPP
    own("Операция не поддерживается.", "Запрошенная операция не поддерживается сокетом или объектом этого типа. Типичный случай — вызов accept или listen для сокета датаграмм: у такого сокета нет подключений, которые можно было бы принять."),
    // WSAEPFNOSUPPORT
    own("Семейство протоколов не поддерживается.", "Запрошенное семейство протоколов не настроено в этой системе или для него нет реализации. На практике функции Windows Sockets в такой ситуации обычно возвращают WSAEAFNOSUPPORT."),
    // WSAEAFNOSUPPORT
    own("Семейство адресов не поддерживается семейством протоколов.", "Использован адрес из семейства, которое протокол не поддерживает. Типичные причины — вызов функции socket с протоколом, который не относится к указанному семейству адресов, или передача адреса IPv6 сокету AF_INET (или наоборот) в таких вызовах, как sendto или connect."),
    // WSAEADDRINUSE
    own("Адрес уже используется.", "К этому адресу и порту уже привязан другой сокет — возможно, такой, который еще закрывается или не был закрыт должным образом. Остановите другую программу или выберите другой порт; серверы, которым действительно нужно совместно использовать порт, могут задать SO_REUSEADDR, а клиентам обычно вообще не нужно вызывать bind. Если в bind был передан подстановочный адрес (ADDR_ANY), ошибка может проявиться только тогда, когда адрес будет фактически зафиксирован, — при последующем вызове connect, listen, WSAConnect или WSAJoinLeaf."),
    // WSAEADDRNOTAVAIL
    own("Не удается назначить запрошенный адрес.", "Адрес недопустим в этом контексте. Обычно в bind передан IP-адрес, который не принадлежит этому компьютеру, либо в connect или sendto передан удаленный адрес или порт, который нельзя использовать, например порт 0 или адрес 0.0.0.0."),
    // WSAENETDOWN
    own("Сеть не работает.", "Произошел сбой сетевой подсистемы, сетевого адаптера или локальной сети. Проверьте сетевое подключение и адаптер; если проблема не исчезнет, перезапустите сетевой стек или компьютер."),
    // WSAENETUNREACH
    own("Сеть недоступна.", "У локальной системы нет маршрута к сети назначения. Проверьте сетевое подключение, основной шлюз и таблицу маршрутизации, а также правильность адреса."),
    // WSAENETRESET
    own("Сеть разорвала подключение при сбросе.", "Подключение разорвано, так как пакеты проверки активности обнаружили во время выполнения операции сбой на удаленной стороне или на пути к ней. Эту ошибку может вернуть и setsockopt при включении SO_KEEPALIVE для подключения, в котором уже произошел сбой; чтобы продолжить, подключитесь заново."),
    // WSAECONNABORTED
    own("Подключение прервано программным обеспечением.", "Подключение закрыто программным обеспечением на этом компьютере, часто после истечения времени ожидания при передаче данных или из-за ошибки протокола. Причиной также могут быть брандмауэры, антивирусные программы или программное обеспечение VPN, разрывающие подключения; подключитесь заново и, если ошибка повторяется, проверьте это программное обеспечение."),
    // WSAECONNRESET
    own("Подключение сброшено удаленной стороной.", "Удаленный узел внезапно закрыл подключение. Возможно, программа на другой стороне аварийно завершилась или была остановлена, удаленный узел перезагрузился или отключился от сети либо закрыл сокет с жестким сбросом (SO_LINGER включен с временем ожидания 0); подключитесь заново и проверьте удаленную сторону."),
    // WSAENOBUFS
    own("Недостаточно места в буфере.", "В системе закончилось место в буферах или переполнилась очередь, поэтому операцию выполнить не удалось. Часто это указывает на слишком большое число открытых подключений, нехватку памяти или отсутствие свободных временных портов; закройте неиспользуемые сокеты и повторите попытку позже."),
    // WSAEISCONN
    own("Сокет уже подключен.", "Функция connect вызвана для сокета, у которого уже есть подключение. Некоторые реализации возвращают эту ошибку и при использовании sendto с явно указанным адресом на подключенном сокете SOCK_DGRAM."),
    // WSAENOTCONN
    own("Сокет не подключен.", "Сокет не подключен, поэтому отправлять и получать через него данные нельзя, а адрес назначения не указан (как это допускает sendto для сокета датаграмм). Эту ошибку могут вернуть и другие вызовы, например установка SO_KEEPALIVE для сброшенного подключения; сначала вызовите connect."),
    // WSAESHUTDOWN
    own("Отправка невозможна после завершения работы сокета.", "Отправка или прием отклонены, так как это направление передачи сокета уже закрыто предыдущим вызовом shutdown. Закрытое направление больше нельзя использовать на этом сокете."),
    // WSAETOOMANYREFS
    own("Слишком много ссылок.", "На некоторый объект ядра существует слишком много ссылок. Освободите объекты, которые больше не нужны, и повторите попытку."),
    // WSAETIMEDOUT
    own("Превышено время ожидания подключения.", "Удаленная сторона не ответила вовремя — при установке подключения или на уже установленном подключении. Удаленный узел может быть отключен от сети или перегружен, либо брандмауэр может без уведомления отбрасывать трафик; проверьте адрес, порт и параметры брандмауэра."),
    // WSAECONNREFUSED
    own("В подключении отказано.", "Целевой компьютер активно отклонил подключение. Обычно это значит, что ни одна программа не ожидает подключений на этом порту, служба остановлена или подключение отклоняет брандмауэр; проверьте адрес, номер порта и то, что сервер запущен."),
    // WSAELOOP
    own("Не удается преобразовать имя.", "Не удалось преобразовать имя — например, потому что при его разрешении возник цикл. Проверьте, нет ли в имени ошибок."),
    // WSAENAMETOOLONG
    own("Слишком длинное имя.", "Имя или одна из его частей длиннее допустимого. Используйте более короткое имя."),
    // WSAEHOSTDOWN
    own("Узел не работает.", "Операция не выполнена, так как узел назначения, по-видимому, не работает. Обычно Windows сообщает о такой ситуации кодом WSAETIMEDOUT; убедитесь, что удаленный компьютер включен и подключен к сети."),
    // WSAEHOSTUNREACH
    own("Нет маршрута к узлу.", "Узел назначения недоступен с этого компьютера, так как к нему не ведет ни один маршрут. Проверьте адрес, сетевое подключение и параметры маршрутизации или шлюза."),
    // WSAENOTEMPTY
    own("Каталог не пуст.", "Не удалось удалить каталог, так как в нем еще есть элементы. Сначала очистите его."),
    // WSAEPROCLIM
    own("Слишком много процессов.", "Реализация Windows Sockets ограничивает число программ, которые могут использовать ее одновременно, и этот предел достигнут, поэтому WSAStartup может завершиться с этой ошибкой. Закройте другие программы, использующие сеть, и повторите попытку."),
    // WSAEUSERS
    own("Превышена квота пользователей.", "Исчерпана квота пользователей или пользовательских ресурсов. Освободите часть ресурсов или попросите администратора увеличить ограничение."),
    // WSAEDQUOT
    own("Превышена дисковая квота.", "Квота дискового пространства исчерпана. Освободите место на диске или попросите администратора увеличить квоту."),
    // WSAESTALE
    own("Устаревшая ссылка на дескриптор файла.", "Дескриптор файла ссылается на элемент, который больше недоступен. Откройте элемент заново, чтобы получить новый дескриптор."),
    // WSAEREMOTE
    own("Элемент является удаленным.", "Элемент недоступен локально, так как находится в удаленной системе. Для доступа к нему используйте эту удаленную систему."),
    // WSASYSNOTREADY
    own("Сетевая подсистема недоступна.", "Вызов WSAStartup завершился ошибкой, так как базовая сетевая система, на которую опирается Windows Sockets, сейчас не готова. Убедитесь, что установлена правильная библиотека Ws2_32.dll и что в пути поиска раньше нее не находится никакая другая библиотека DLL Winsock, что сетевые компоненты установлены и настроены и что запуск системы уже завершен."),
    // WSAVERNOTSUPPORTED
    own("Версия Winsock не поддерживается.", "Установленная реализация Windows Sockets не поддерживает версию, которую программа запросила в WSAStartup. Убедитесь, что программа запрашивает поддерживаемую версию (обычно 2.2) и что вместо системной библиотеки не загружается устаревшая библиотека DLL Winsock."),
    // WSANOTINITIALISED
    own("Не выполнен успешный вызов WSAStartup.", "Функция сокета вызвана до успешного вызова WSAStartup или после того, как WSACleanup была вызвана столько же раз, сколько WSAStartup. Сначала вызовите WSAStartup и проверьте результат; кроме того, убедитесь, что сокеты не используются совместно с задачей, которая так и не инициализировала Windows Sockets."),
    // WSAEDISCON
    own("Выполняется корректное закрытие подключения.", "WSARecv или WSARecvFrom сообщает, что удаленная сторона начала упорядоченное закрытие подключения. Данные больше поступать не будут; завершите обработку и закройте сокет."),
    // WSAENOMORE
    own("Больше нет результатов.", "Функции WSALookupServiceNext больше нечего вернуть по этому запросу. Это обычное окончание поиска; чтобы завершить его, вызовите WSALookupServiceEnd."),
    // WSAECANCELLED
    own("Вызов поиска отменен.", "Функция WSALookupServiceEnd была вызвана, пока еще выполнялся вызов WSALookupServiceNext, поэтому этот поиск отменен. Это ожидаемое поведение при досрочном завершении поиска."),
    // WSAEINVALIDPROCTABLE
    own("Недопустимая таблица процедур поставщика услуг.", "Поставщик услуг Windows Sockets передал библиотеке Ws2_32.dll недопустимую таблицу процедур — обычно потому, что некоторые указатели на функции в ней равны NULL. Переустановите или удалите неисправного многоуровневого поставщика услуг (LSP) или сетевое программное обеспечение."),
    // WSAEINVALIDPROVIDER
    own("Недопустимый номер версии поставщика услуг.", "Поставщик услуг Windows Sockets сообщил версию, отличную от 2.0, а такие версии система не принимает; WSCGetProviderInfo и WSCGetProviderInfo32 также возвращают эту ошибку, если не удается найти запись протокола, о которой их запрашивают. Обновите или удалите поставщика, установленного вместе со сторонним сетевым программным обеспечением."),
    // WSAEPROVIDERFAILEDINIT
    own("Не удается инициализировать поставщика услуг.", "Не удалось запустить поставщика услуг: либо произошел сбой при загрузке его библиотеки DLL функцией LoadLibrary, либо его функция WSPStartup или NSPStartup сообщила об ошибке. Часто помогает переустановка соответствующего сетевого программного обеспечения или сброс каталога Winsock (netsh winsock reset)."),
    // WSASYSCALLFAILURE
    own("Сбой системного вызова.", "Завершился ошибкой системный вызов, который никогда не должен завершаться ошибкой, — например, ожидание событий с помощью WaitForMultipleObjects или операция с реестром для каталогов протоколов или пространств имен. Эта ошибка возвращается также, когда поставщик сообщает о сбое без более конкретного кода, что может указывать на ошибку в самом поставщике."),
    // WSASERVICE_NOT_FOUND
    own("Служба не найдена.", "В просмотренном пространстве имен такая служба неизвестна. Проверьте имя службы и то, что запрос был направлен в нужное пространство имен."),
    // WSATYPE_NOT_FOUND
    own("Тип класса не найден.", "Не удалось найти запрошенный тип класса службы. Убедитесь, что класс установлен и зарегистрирован; getaddrinfo возвращает этот же код как EAI_SERVICE, если имя службы нельзя использовать с запрошенным типом сокета."),
    // WSA_E_NO_MORE
    own("Больше нет результатов.", "Функции WSALookupServiceNext больше нечего вернуть по этому запросу. Это обычное окончание поиска; чтобы завершить его, вызовите WSALookupServiceEnd."),
    // WSA_E_CANCELLED
    own("Вызов поиска отменен.", "Функция WSALookupServiceEnd была вызвана, пока еще выполнялся вызов WSALookupServiceNext, поэтому этот поиск отменен. Это ожидаемое поведение при досрочном завершении поиска."),
    // WSAEREFUSED
    own("Запрос к базе данных отклонен.", "База данных пространства имен активно отклонила запрос. Возможно, сервер или поставщик не разрешает такой запрос; проверьте разрешения и сам запрос."),
    // WSAHOST_NOT_FOUND
    own("Узел не найден.", "Узел с таким именем неизвестен: это имя не является ни официальным именем узла, ни псевдонимом в опрошенных базах данных или на DNS-серверах. Проверьте написание имени и параметры DNS; при поиске протокола или службы эта ошибка означает, что имя не найдено в соответствующей базе данных."),
    // WSATRY_AGAIN
    own("Временный сбой поиска имени (узел не найден, ответ неполномочный).", "Выполнить поиск имени пока не удалось, так как локальный DNS-сервер не получил ответа от сервера, полномочного для этого имени. Обычно это временная проблема; повторите попытку позже, а если она не исчезнет, проверьте сетевое подключение и DNS-сервер."),
    // WSANO_RECOVERY
    own("Неустранимая ошибка поиска имени.", "Поиск завершился ошибкой, которую повторная попытка не исправит. Возможно, отсутствуют локальные файлы баз данных (hosts, services, protocols) или DNS-сервер вернул серьезную ошибку; проверьте конфигурацию DNS."),
    // WSANO_DATA
    own("Имя допустимо, но данных запрошенного типа нет.", "Имя существует, но для него нет записи запрошенного типа. Например, у узла может быть почтовая запись (MX), но не быть адресной записи (A или AAAA), поэтому к нему нельзя обратиться напрямую по этому имени."),
    // WSA_QOS_RECEIVERS
    own("Получатели QoS.", "Поступил по крайней мере один запрос на резервирование QoS (сообщение RSVP RESV) от получателя. Это уведомление о состоянии, а не сбой."),
    // WSA_QOS_SENDERS
    own("Отправители QoS.", "Поступило по крайней мере одно сообщение пути QoS (сообщение RSVP PATH) от отправителя. Это уведомление о состоянии, а не сбой."),
    // WSA_QOS_NO_SENDERS
    own("Нет отправителей QoS.", "Для этого потока больше нет отправителей QoS. Это уведомление о состоянии; резервирования, которые от них зависели, больше не действуют."),
    // WSA_QOS_NO_RECEIVERS
    own("Нет получателей QoS.", "Для этого потока больше нет получателей QoS. Это уведомление о состоянии; у отправителя нет резервирований, которые нужно соблюдать."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("Запрос QoS подтвержден.", "Сеть подтвердила запрос на резервирование QoS. Это уведомление об успешном выполнении."),
    // WSA_QOS_ADMISSION_FAILURE
    own("Ошибка допуска QoS.", "Запрос QoS не допущен из-за нехватки ресурсов (например, пропускной способности) на пути передачи. Запросите меньший объем ресурсов или повторите попытку позже."),
    // WSA_QOS_POLICY_FAILURE
    own("Сбой политики QoS.", "Запрос QoS отклонен, так как система политик не смогла предоставить запрошенные ресурсы в рамках действующей политики. Проверьте политику QoS или обратитесь к администратору."),
    // WSA_QOS_BAD_STYLE
    own("Недопустимый стиль QoS.", "Обнаружен неизвестный или конфликтующий стиль резервирования QoS. Проверьте стиль резервирования, указанный в запросе."),
    // WSA_QOS_BAD_OBJECT
    own("Недопустимый объект QoS.", "Обнаружена ошибка в FILTERSPEC или в целом в буфере, зависящем от поставщика. Проверьте структуры QoS, переданные в вызове."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("Ошибка управления трафиком QoS.", "Базовый интерфейс управления трафиком (TC) дал сбой при локальном применении общего запроса QoS. Возможные причины — нехватка памяти или внутренняя ошибка поставщика QoS."),
    // WSA_QOS_GENERIC_ERROR
    own("Общая ошибка QoS.", "Произошла общая ошибка QoS, для которой нет более конкретного кода. Проверьте запрос QoS и состояние поставщика."),
    // WSA_QOS_ESERVICETYPE
    own("Ошибка типа службы QoS.", "Структура FLOWSPEC содержит недопустимый или нераспознанный тип службы. Используйте один из определенных типов службы, например SERVICETYPE_GUARANTEED или SERVICETYPE_CONTROLLEDLOAD."),
    // WSA_QOS_EFLOWSPEC
    own("Ошибка спецификации потока QoS.", "Структура FLOWSPEC в структуре QOS недопустима или противоречива. Проверьте указанные в ней скорости, размеры и тип службы."),
    // WSA_QOS_EPROVSPECBUF
    own("Недопустимый буфер поставщика QoS.", "Буфер, зависящий от поставщика (ProviderSpecific), переданный с запросом QoS, недопустим. Проверьте его размер и содержимое."),
    // WSA_QOS_EFILTERSTYLE
    own("Недопустимый стиль фильтра QoS.", "Указан недопустимый стиль фильтра QoS. Используйте поддерживаемый стиль фильтра."),
    // WSA_QOS_EFILTERTYPE
    own("Недопустимый тип фильтра QoS.", "Указан недопустимый тип фильтра QoS. Используйте поддерживаемый тип фильтра."),
    // WSA_QOS_EFILTERCOUNT
    own("Неверное число фильтров QoS.", "В FLOWDESCRIPTOR указано неверное число элементов FILTERSPEC. Приведите это число в соответствие с фактически переданными фильтрами."),
    // WSA_QOS_EOBJLENGTH
    own("Недопустимая длина объекта QoS.", "У одного из объектов в буфере QoS, зависящем от поставщика, недопустимое значение поля ObjectLength. Проверьте длину каждого объекта в буфере."),
    // WSA_QOS_EFLOWCOUNT
    own("Неверное число потоков QoS.", "В структуре QOS указано неверное число дескрипторов потоков. Приведите это число в соответствие с фактически переданными дескрипторами."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Нераспознанный объект QoS.", "Буфер QoS, зависящий от поставщика, содержит объект такого типа, который поставщик не распознает. Удалите этот объект или используйте поддерживаемый тип объекта."),
    // WSA_QOS_EPOLICYOBJ
    own("Недопустимый объект политики QoS.", "Буфер QoS, зависящий от поставщика, содержит недопустимый объект политики. Проверьте данные политики в буфере."),
    // WSA_QOS_EFLOWDESC
    own("Недопустимый дескриптор потока QoS.", "Один из элементов списка дескрипторов потоков недопустим. Проверьте каждый дескриптор потока (FLOWDESCRIPTOR) в запросе."),
    // WSA_QOS_EPSFLOWSPEC
    own("Недопустимая спецификация потока QoS, зависящая от поставщика.", "Буфер QoS, зависящий от поставщика, содержит недопустимую или противоречивую структуру FLOWSPEC. Проверьте, верна ли спецификация потока в этом буфере."),
    // WSA_QOS_EPSFILTERSPEC
    own("Недопустимая спецификация фильтра QoS, зависящая от поставщика.", "Буфер QoS, зависящий от поставщика, содержит недопустимую структуру FILTERSPEC. Проверьте, верна ли спецификация фильтра в этом буфере."),
    // WSA_QOS_ESDMODEOBJ
    own("Недопустимый объект режима отбрасывания при формировании трафика QoS.", "Буфер QoS, зависящий от поставщика, содержит недопустимый объект режима отбрасывания при формировании трафика (QOS_SD_MODE). Проверьте значение режима в этом объекте."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Недопустимый объект скорости формирования трафика QoS.", "Буфер QoS, зависящий от поставщика, содержит недопустимый объект скорости формирования трафика (QOS_SHAPING_RATE). Проверьте скорость, указанную в этом объекте."),
    // WSA_QOS_RESERVED_PETYPE
    own("Зарезервированный тип элемента политики QoS.", "Буфер QoS, зависящий от поставщика, содержит элемент политики зарезервированного типа. Удалите его или используйте разрешенный тип элемента политики."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("Узел не найден при безопасном поиске.", "Безопасный поиск имени (например, требующий проверки DNSSEC) не нашел узел. Возможно, такого имени не существует или оно подписано неправильно; проверьте имя и параметры безопасности DNS."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("Не удалось добавить политику IPsec на основе имени.", "Системе не удалось добавить политику IPsec, основанную на имени узла. Проверьте правила IPsec и правила безопасности подключений, а также заданные в них имена."),
];

static RU_RU_LABELS: &[BakedLabel] = &[
    label("Операции с сокетами"),
    label("Совместимость с Unix"),
    label("Запуск и поставщики услуг"),
    label("Поиск служб"),
    label("Разрешение имен"),
    label("Перекрывающийся ввод-вывод и события"),
    label("Качество обслуживания (QoS)"),
    label("Коды ошибок Winsock"),
    label("Другие языки"),
    label("Отфильтровать список по номеру, имени или словам"),
    label("Слишком длинный запрос."),
    label("Имя"),
    label("Номер"),
    label("Шестнадцатеричное значение"),
    label("Группа"),
    label("Заголовок"),
    label("Пояснение"),
];

static TR_TR: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("Belirtilen olay nesnesi tanıtıcısı geçersiz.", "Program, geçerli olmayan bir olay nesnesi tanıtıcısı kullandı; örneğin daha önce kapatılmış bir tanıtıcı. Tanıtıcının WSACreateEvent ile oluşturulduğunu ve hâlâ açık olduğunu denetleyin. Bu kod, Windows hatası ERROR_INVALID_HANDLE (6) ile aynı değere sahiptir."),
    // WSA_NOT_ENOUGH_MEMORY
    own("Yeterli bellek yok.", "Temel bir Windows işlevine dayanan bir Windows Sockets işlevi, yeterli bellek olmadığı için başarısız oldu. Diğer programları kapatın veya bellek boşaltın ve yeniden deneyin. Bu kod, Windows hatası ERROR_NOT_ENOUGH_MEMORY (8) ile aynı değere sahiptir."),
    // WSA_INVALID_PARAMETER
    own("Bir veya daha fazla parametre geçersiz.", "Bir Windows Sockets işlevi bağımsız değişkenlerini temel bir Windows işlevine geçirdi ve bu işlev bunlardan birini veya birkaçını reddetti. Çağrının tüm parametrelerini denetleyin. Bu kod, Windows hatası ERROR_INVALID_PARAMETER (87) ile aynı değere sahiptir."),
    // WSA_OPERATION_ABORTED
    own("Çakışan işlem iptal edildi.", "Çakışan bir işlem, yuva kapatıldığı veya WSAIoctl aracılığıyla SIO_FLUSH komutu verildiği için tamamlanmadan iptal edildi. Bir program G/Ç işlemleri hâlâ beklerken yuvayı kapattığında bu beklenen bir durumdur; kodun değeri Windows hatası ERROR_OPERATION_ABORTED (995) ile aynıdır."),
    // WSA_IO_INCOMPLETE
    own("Çakışan G/Ç olay nesnesi sinyalli durumda değil.", "Program, henüz tamamlanmamış çakışan bir işlemin sonucunu istedi. fWait bayrağı FALSE olarak ayarlanmış WSAGetOverlappedResult ile yoklama yapıldığında, işlem tamamlanana kadar bu kod döndürülür; bekleyin ve yeniden sorgulayın. Bu kod, Windows hatası ERROR_IO_INCOMPLETE (996) ile aynı değere sahiptir."),
    // WSA_IO_PENDING
    own("Çakışan işlem daha sonra tamamlanacak.", "Çakışan bir işlem başlatıldı, ancak hemen tamamlanamadı. Bu bir hata değildir: işlem bittiğinde program kendi olayı, tamamlama yordamı veya G/Ç tamamlama bağlantı noktası (IOCP) aracılığıyla bilgilendirilir ve sonucu ardından WSAGetOverlappedResult verir. Bu kod, Windows hatası ERROR_IO_PENDING (997) ile aynı değere sahiptir."),
    // WSAEINTR
    own("İşlev çağrısı kesildi.", "Engelleyen bir çağrı tamamlanmadan kesildi; bu kesinti klasik olarak, Windows Sockets 1.1'den kalma olan ve modern Winsock 2 programlarının kullanmaması gereken WSACancelBlockingCall ile yapılır. Bir çağrı yuvada beklerken yuvanın başka bir iş parçacığından closesocket ile kapatılması da aynı etkiyi doğurur; kesinti istenen bir durum değilse çağrıyı yeniden deneyin."),
    // WSAEBADF
    own("Hatalı dosya tanıtıcısı.", "Verilen dosya veya yuva tanıtıcısı geçerli değil. Tanıtıcının açık olduğundan ve daha önce kapatılmadığından emin olun."),
    // WSAEACCES
    own("İzin reddedildi.", "Yuva, erişim haklarının izin vermediği bir şekilde kullanıldı. Bunun yaygın nedenleri, SO_BROADCAST önce setsockopt ile etkinleştirilmeden sendto çağrısının bir yayın adresiyle yapılması ya da başka bir program, hizmet veya sürücünün SO_EXCLUSIVEADDRUSE ile kendisine özel olarak ayırdığı bir adres ve bağlantı noktası için bind çağrısı yapılmasıdır; erişimi bir güvenlik duvarı veya güvenlik ürünü de engelleyebilir."),
    // WSAEFAULT
    own("Hatalı adres.", "Bir yuva işlevine geçirilen işaretçi geçerli bir bellek konumunu göstermiyor ya da bir arabellek veya uzunluk bağımsız değişkeni çok küçük. Tüm işaretçi bağımsız değişkenlerini denetleyin ve uzunluk değerlerinin gerçek arabellek boyutuyla eşleştiğinden emin olun; örneğin bir sockaddr yapısının uzunluğu en az sizeof(sockaddr) olmalıdır."),
    // WSAEINVAL
    own("Geçersiz bağımsız değişken.", "Bağımsız değişkenlerden biri geçerli değil; setsockopt işlevine bilinmeyen bir düzey geçirilmesi buna bir örnektir. Bu kod, çağrı yuvanın o anki durumuna uymadığında da döndürülür; örneğin üzerinde listen çağrılmamış bir yuvada accept çağrıldığında bu durum oluşur."),
    // WSAEMFILE
    own("Açık yuva sayısı çok fazla.", "Bu program için kullanılabilir yuva tanıtıcısı kalmadı. Sınır tüm sistem, işlem veya iş parçacığı için geçerli olabilir; artık gerekmeyen yuvaları kapatın ve tanıtıcı sızıntısı olup olmadığını araştırın."),
    // WSAEWOULDBLOCK
    own("Kaynak geçici olarak kullanılamıyor.", "Engellemeyen bir yuva, işlemi hemen tamamlayamadı; örneğin henüz bekleyen veri yokken yapılan bir recv çağrısı. Bu gerçek bir hata değildir: yuva hazır olana kadar (select, WSAPoll veya bir olayla) bekleyin ve yeniden deneyin; engellemeyen bir SOCK_STREAM yuvasında yapılan connect çağrısı, bağlantı kurulurken normalde bu kodu bildirir."),
    // WSAEINPROGRESS
    own("Engelleyen bir işlem zaten yürütülüyor.", "Windows Sockets, görev veya iş parçacığı başına aynı anda yalnızca bir engelleyen çağrıya izin verir; önceki çağrı hâlâ beklemedeyken başka bir çağrı yapıldı. Bu durum çoğunlukla eski Windows Sockets 1.1 tarzı programları etkiler; yeni bir çağrı yapmadan önce önceki engelleyen çağrının döndüğünden emin olun."),
    // WSAEALREADY
    own("Bu engellemeyen yuvada zaten bir işlem sürüyor.", "Aynı türden bir işlemle hâlâ meşgul olan engellemeyen bir yuvada işlem istendi; örneğin ilki hâlâ bağlantı kurmaya çalışırken yapılan ikinci bir connect çağrısı. Bu kod, zaten tamamlanmış veya iptal edilmiş zaman uyumsuz bir istek (WSAAsyncGetXbyY işlevlerinden biriyle yapılan) iptal edilmek istendiğinde de döndürülür."),
    // WSAENOTSOCK
    own("Yuva olmayan bir nesnede yuva işlemi.", "İşleve geçirilen tanıtıcı geçerli bir yuva değil. Tanıtıcı hiçbir zaman bir yuva olmamış veya zaten kapatılmış olabilir ya da select kullanılıyorsa fd_set içindeki girdilerden biri geçerli bir yuva değildir."),
    // WSAEDESTADDRREQ
    own("Hedef adres gerekli.", "İşlem bir hedef adres gerektiriyor, ancak adres verilmedi. Örneğin sendto, uzak adres olarak ADDR_ANY ile çağrıldı; eşin gerçek adresini belirtin."),
    // WSAEMSGSIZE
    own("İleti çok uzun.", "Bir veri birimi, protokolün veya ağın taşıyabileceğinden büyüktü ya da alma arabelleği gelen veri biriminden küçüktü; ikinci durumda veri birimi kırpıldı. Daha küçük iletiler gönderin veya alma için daha büyük bir arabellek kullanın."),
    // WSAEPROTOTYPE
    own("Protokol türü yuvaya uygun değil.", "İstenen yuva türü, socket işlevine verilen protokolle uyumlu değil. Örneğin UDP bir SOCK_STREAM yuvasıyla kullanılamaz; türe uyan bir protokol seçin veya seçimi sisteme bırakmak için 0 geçirin."),
    // WSAENOPROTOOPT
    own("Hatalı protokol seçeneği.", "getsockopt veya setsockopt işlevine verilen seçenek ya da düzey bilinmiyor, geçersiz veya bu protokol tarafından desteklenmiyor. Seçeneğin doğru düzeye (örneğin SOL_SOCKET veya IPPROTO_TCP) ait olduğunu ve yuva türünün bu seçeneği desteklediğini denetleyin."),
    // WSAEPROTONOSUPPORT
    own("Protokol desteklenmiyor.", "İstenen protokol bu sistemde yüklü değil veya protokolü uygulayan bir bileşen yok. Bu hata, protokol yuva türüyle bağdaşmadığında da oluşur; örneğin bir akış protokolüyle SOCK_DGRAM yuvası istendiğinde."),
    // WSAESOCKTNOSUPPORT
    own("Yuva türü desteklenmiyor.", "Bu adres ailesi, istenen yuva türünü desteklemiyor. Örneğin ilgili protokol uygulaması SOCK_RAW yuvalarını hiç sunmayabilir ya da bunları oluşturmak için yönetici hakları gerektirebilir."),
    // WSAEOPNOTSUPP
    own("İşlem desteklenmiyor.", "İstenen işlem bu tür bir yuva veya nesne tarafından desteklenmiyor. Tipik bir örnek, kabul edilecek bağlantısı olmayan bir veri birimi yuvasında accept veya listen çağrılmasıdır."),
    // WSAEPFNOSUPPORT
    own("Protokol ailesi desteklenmiyor.", "İstenen protokol ailesi bu sistemde yapılandırılmamış veya bu aileyi uygulayan bir bileşen yok. Pratikte Windows Sockets işlevleri aynı durum için genellikle WSAEAFNOSUPPORT bildirir."),
    // WSAEAFNOSUPPORT
    own("Adres ailesi, protokol ailesi tarafından desteklenmiyor.", "Protokolün desteklemediği bir aileden adres kullanıldı. Tipik nedenler, socket işlevinden adres ailesine ait olmayan bir protokolün istenmesi ya da sendto veya connect gibi çağrılarda bir AF_INET yuvasına IPv6 adresi (veya tersi) geçirilmesidir."),
    // WSAEADDRINUSE
    own("Adres zaten kullanımda.", "Bu adres ve bağlantı noktası zaten başka bir yuvaya bağlı; bu yuva hâlâ kapanmakta olan veya düzgün kapatılmamış bir yuva olabilir. Diğer programı durdurun veya başka bir bağlantı noktası seçin; bir bağlantı noktasını gerçekten paylaşması gereken sunucular SO_REUSEADDR ayarlayabilir, istemcilerin ise genellikle bind çağırmasına hiç gerek yoktur. Joker adres (ADDR_ANY) bind çağrısına verildiyse, hata ancak adres gerçekten sabitlendiğinde, yani daha sonraki bir connect, listen, WSAConnect veya WSAJoinLeaf çağrısında ortaya çıkabilir."),
    // WSAEADDRNOTAVAIL
    own("İstenen adres atanamıyor.", "Adres bu bağlamda geçerli değil. Genellikle bind çağrısına bu bilgisayara ait olmayan bir IP adresi verilmiştir ya da connect veya sendto çağrısına, 0 numaralı bağlantı noktası veya 0.0.0.0 adresi gibi kullanılamayan bir uzak adres veya bağlantı noktası verilmiştir."),
    // WSAENETDOWN
    own("Ağ çalışmıyor.", "Ağ alt sisteminde, ağ bağdaştırıcısında veya yerel ağda bir arıza oluştu. Ağ bağlantısını ve bağdaştırıcıyı denetleyin; sorun devam ederse ağ yığınını veya bilgisayarı yeniden başlatın."),
    // WSAENETUNREACH
    own("Ağa ulaşılamıyor.", "Yerel sistemin hedef ağa giden bir yolu yok. Ağ bağlantısını, varsayılan ağ geçidini ve yönlendirme tablosunu denetleyin; adresin doğru olduğundan da emin olun."),
    // WSAENETRESET
    own("Ağ sıfırlandığı için bağlantı kesildi.", "Bir işlem sürerken etkin tutma yoklamaları karşı tarafın veya ona giden yolun arızalandığını saptadığı için bağlantı kesildi. Zaten başarısız olmuş bir bağlantıda SO_KEEPALIVE etkinleştirilirken setsockopt da bu kodu döndürebilir; devam etmek için yeniden bağlanın."),
    // WSAECONNABORTED
    own("Bağlantı yazılım tarafından iptal edildi.", "Bağlantı, çoğu zaman bir veri aktarımı zaman aşımı veya protokol hatası sonrasında, bu bilgisayardaki yazılım tarafından kapatıldı. Bağlantıları kesen güvenlik duvarları, virüsten koruma ürünleri veya VPN yazılımları da buna neden olabilir; yeniden bağlanın ve sorun sürerse bu tür yazılımları denetleyin."),
    // WSAECONNRESET
    own("Bağlantı eş tarafından sıfırlandı.", "Uzak ana bilgisayar bağlantıyı aniden kapattı. Karşı uçtaki program çökmüş veya durdurulmuş, uzak ana bilgisayar yeniden başlamış ya da ağdan düşmüş olabilir; uzak taraf yuvayı sert bir sıfırlamayla (SO_LINGER etkin ve zaman aşımı 0) kapatmış da olabilir. Yeniden bağlanın ve uzak tarafı denetleyin."),
    // WSAENOBUFS
    own("Kullanılabilir arabellek alanı yok.", "Sistemin arabellek alanı tükendi veya bir kuyruk doldu, bu nedenle işlem gerçekleştirilemedi. Bu durum çoğu zaman çok fazla açık bağlantıya, belleğin tükenmesine veya boş geçici bağlantı noktası kalmamasına işaret eder; kullanılmayan yuvaları kapatın ve daha sonra yeniden deneyin."),
    // WSAEISCONN
    own("Yuva zaten bağlı.", "Zaten bir bağlantısı olan bir yuvada connect çağrıldı. Bazı protokol uygulamaları, bağlı bir SOCK_DGRAM yuvasında açıkça adres belirtilerek sendto kullanıldığında da bu kodu döndürür."),
    // WSAENOTCONN
    own("Yuva bağlı değil.", "Yuva bağlı değil; bu nedenle üzerinden veri gönderilemez veya alınamaz ve (bir veri birimi yuvasında sendto çağrısının izin vereceği gibi) bir hedef adres de verilmedi. Sıfırlanmış bir bağlantıda SO_KEEPALIVE ayarlanması gibi başka çağrılar da bu kodu döndürebilir; önce connect ile bağlantı kurun."),
    // WSAESHUTDOWN
    own("Yuva kapatıldıktan sonra gönderme yapılamaz.", "Yuvanın o yönü daha önceki bir shutdown çağrısıyla zaten kapatıldığı için gönderme veya alma reddedildi. Bir yön kapatıldıktan sonra bu yuvada yeniden kullanılamaz."),
    // WSAETOOMANYREFS
    own("Çok fazla başvuru.", "Bir çekirdek nesnesine çok fazla başvuru var. Artık gerekmeyen nesneleri serbest bırakın ve yeniden deneyin."),
    // WSAETIMEDOUT
    own("Bağlantı zaman aşımına uğradı.", "Karşı taraf, bağlantı kurulurken veya kurulmuş bir bağlantı üzerinde zamanında yanıt vermedi. Uzak ana bilgisayar çevrimdışı ya da aşırı yüklü olabilir veya bir güvenlik duvarı trafiği sessizce bırakıyor olabilir; adresi, bağlantı noktasını ve güvenlik duvarı ayarlarını denetleyin."),
    // WSAECONNREFUSED
    own("Bağlantı reddedildi.", "Hedef bilgisayar bağlantıyı etkin olarak reddetti. Genellikle o bağlantı noktasını dinleyen bir program yoktur, hizmet durdurulmuştur veya bağlantıyı bir güvenlik duvarı reddeder; adresi, bağlantı noktası numarasını ve sunucunun çalıştığını denetleyin."),
    // WSAELOOP
    own("Ad çevrilemiyor.", "Bir ad çevrilemedi; örneğin adın çözümlenmesi bir döngüye girdiği için. Adın hatalı olup olmadığını denetleyin."),
    // WSAENAMETOOLONG
    own("Ad çok uzun.", "Bir ad veya adın bölümlerinden biri izin verilenden uzun. Daha kısa bir ad kullanın."),
    // WSAEHOSTDOWN
    own("Ana bilgisayar kapalı.", "Hedef ana bilgisayar kapalı göründüğü için işlem başarısız oldu. Windows bu durumu genellikle bunun yerine WSAETIMEDOUT olarak bildirir; uzak bilgisayarın açık ve ağa bağlı olduğunu denetleyin."),
    // WSAEHOSTUNREACH
    own("Ana bilgisayara giden yol yok.", "Hedef ana bilgisayara giden bir yol olmadığından bu bilgisayardan ona ulaşılamıyor. Adresi, ağ bağlantısını ve yönlendirme ya da ağ geçidi ayarlarını denetleyin."),
    // WSAENOTEMPTY
    own("Dizin boş değil.", "Dizin hâlâ girdiler içerdiğinden kaldırılamadı. Önce dizini boşaltın."),
    // WSAEPROCLIM
    own("Çok fazla işlem.", "Kullanılan Windows Sockets bileşeni, kendisini aynı anda kullanabilecek program sayısını sınırlıyor ve bu sınıra ulaşıldı; bu nedenle WSAStartup bu hatayla başarısız olabilir. Ağı kullanan diğer programları kapatın ve yeniden deneyin."),
    // WSAEUSERS
    own("Kullanıcı kotası aşıldı.", "Kullanıcı veya kullanıcı kaynağı kotası tükendi. Bazı kaynakları serbest bırakın veya sınırı yükseltmesi için bir yöneticiye başvurun."),
    // WSAEDQUOT
    own("Disk kotası aşıldı.", "Disk alanı kotası doldu. Biraz alan boşaltın veya kotayı yükseltmesi için bir yöneticiye başvurun."),
    // WSAESTALE
    own("Geçerliliğini yitirmiş dosya tanıtıcısı başvurusu.", "Dosya tanıtıcısı artık kullanılamayan bir öğeye başvuruyor. Yeni bir tanıtıcı almak için öğeyi yeniden açın."),
    // WSAEREMOTE
    own("Öğe uzak konumda.", "Öğe uzak bir sistemde bulunduğundan yerel olarak kullanılamıyor. Öğeye bunun yerine uzak sistem üzerinden erişin."),
    // WSASYSNOTREADY
    own("Ağ alt sistemi kullanılamıyor.", "Windows Sockets tarafından kullanılan temel ağ sistemi şu anda hazır olmadığından WSAStartup başarısız oldu. Doğru Ws2_32.dll dosyasının yerinde olduğunu ve arama yolunda ondan önce başka bir Winsock DLL dosyası bulunmadığını, ağ bileşenlerinin yüklü ve yapılandırılmış olduğunu ve sistemin hâlâ başlatılma aşamasında olmadığını denetleyin."),
    // WSAVERNOTSUPPORTED
    own("Winsock sürümü desteklenmiyor.", "Yüklü Windows Sockets bileşeni, programın WSAStartup çağrısında istediği sürümü desteklemiyor. Programın desteklenen bir sürüm (normalde 2.2) istediğinden ve sistemin kendi dosyası yerine eski bir Winsock DLL dosyasının yüklenmediğinden emin olun."),
    // WSANOTINITIALISED
    own("WSAStartup başarıyla çağrılmadı.", "Bir yuva işlevi, başarılı bir WSAStartup çağrısından önce ya da WSACleanup, WSAStartup ile aynı sayıda çağrıldıktan sonra kullanıldı. Önce WSAStartup'ı çağırın ve sonucunu denetleyin; ayrıca yuvaların, Windows Sockets kullanımını hiç başlatmamış bir görevle paylaşılmadığından emin olun."),
    // WSAEDISCON
    own("Düzgün kapatma işlemi sürüyor.", "WSARecv veya WSARecvFrom, uzak tarafın bağlantıyı düzenli biçimde kapatmaya başladığını bildiriyor. Başka veri gelmeyecek; işlemeyi bitirin ve yuvayı kapatın."),
    // WSAENOMORE
    own("Başka sonuç yok.", "WSALookupServiceNext işlevinin bu sorgu için döndürebileceği başka sonuç yok. Bu, aramanın olağan sonudur; aramayı sonlandırmak için WSALookupServiceEnd işlevini çağırın."),
    // WSAECANCELLED
    own("Arama çağrısı iptal edildi.", "Bir WSALookupServiceNext çağrısı hâlâ sürerken WSALookupServiceEnd çağrıldı ve bu arama iptal edildi. Arama erken sonlandırıldığında bu beklenen bir durumdur."),
    // WSAEINVALIDPROCTABLE
    own("Hizmet sağlayıcısından gelen yordam tablosu geçersiz.", "Bir Windows Sockets hizmet sağlayıcısı, Ws2_32.dll dosyasına geçerli olmayan bir yordam tablosu verdi; bunun nedeni genellikle işlev işaretçilerinden bazılarının NULL olmasıdır. Hatalı katmanlı hizmet sağlayıcısını (LSP) veya ağ yazılımını yeniden yükleyin ya da kaldırın."),
    // WSAEINVALIDPROVIDER
    own("Geçersiz hizmet sağlayıcısı sürüm numarası.", "Bir Windows Sockets hizmet sağlayıcısı 2.0 dışında bir sürüm bildirdi ve sistem bunu kabul etmiyor; WSCGetProviderInfo ve WSCGetProviderInfo32 de sorgulanan protokol girdisini bulamadığında bu kodu döndürür. Üçüncü taraf ağ yazılımıyla birlikte gelen sağlayıcıyı güncelleştirin veya kaldırın."),
    // WSAEPROVIDERFAILEDINIT
    own("Hizmet sağlayıcısı başlatılamadı.", "Bir hizmet sağlayıcısı başlatılamadı: ya sağlayıcının DLL dosyası LoadLibrary ile yüklenemedi ya da sağlayıcının WSPStartup veya NSPStartup işlevi bir hata bildirdi. Etkilenen ağ yazılımını yeniden yüklemek veya Winsock kataloğunu sıfırlamak (netsh winsock reset) çoğu zaman sorunu çözmeye yardımcı olur."),
    // WSASYSCALLFAILURE
    own("Sistem çağrısı hatası.", "Hiçbir zaman başarısız olmaması gereken bir sistem çağrısı başarısız oldu; örneğin WaitForMultipleObjects ile olayların beklenmesi ya da protokol veya ad alanı kataloglarında bir kayıt defteri işlemi. Bu kod, bir sağlayıcı daha belirli bir kod vermeden hata bildirdiğinde de döndürülür; bu da o sağlayıcıda bir yazılım hatası olduğunu gösterebilir."),
    // WSASERVICE_NOT_FOUND
    own("Hizmet bulunamadı.", "Aranan ad alanında böyle bir hizmet bilinmiyor. Hizmet adını ve doğru ad alanının sorgulandığını denetleyin."),
    // WSATYPE_NOT_FOUND
    own("Sınıf türü bulunamadı.", "İstenen hizmet sınıfı türü bulunamadı. Sınıfın yüklü ve kayıtlı olduğunu denetleyin; getaddrinfo da hizmet adı istenen yuva türüyle kullanılamadığında aynı kodu EAI_SERVICE olarak bildirir."),
    // WSA_E_NO_MORE
    own("Başka sonuç yok.", "WSALookupServiceNext işlevinin bu sorgu için döndürebileceği başka sonuç yok. Bu, aramanın olağan sonudur; aramayı sonlandırmak için WSALookupServiceEnd işlevini çağırın."),
    // WSA_E_CANCELLED
    own("Arama çağrısı iptal edildi.", "Bir WSALookupServiceNext çağrısı hâlâ sürerken WSALookupServiceEnd çağrıldı ve bu arama iptal edildi. Arama erken sonlandırıldığında bu beklenen bir durumdur."),
    // WSAEREFUSED
    own("Veritabanı sorgusu reddedildi.", "Ad alanı veritabanı sorguyu etkin olarak reddetti. Sunucu veya sağlayıcı bu isteğe izin vermiyor olabilir; izinleri ve sorgunun kendisini denetleyin."),
    // WSAHOST_NOT_FOUND
    own("Ana bilgisayar bulunamadı.", "Bu adda bir ana bilgisayar bilinmiyor: ad, sorgulanan veritabanlarında veya DNS sunucularında ne resmi bir ana bilgisayar adı ne de bir diğer ad olarak bulunuyor. Adın yazımını ve DNS ayarlarınızı denetleyin; protokol veya hizmet aramalarında bu kod, adın ilgili veritabanında bulunamadığı anlamına gelir."),
    // WSATRY_AGAIN
    own("Ad aramasında geçici hata (yetkili olmayan yanıt: ana bilgisayar bulunamadı).", "Yerel DNS sunucusu, ad için yetkili olan bir sunucudan yanıt alamadığından ad araması şimdilik başarısız oldu. Bu durum genellikle geçicidir; daha sonra yeniden deneyin ve sorun devam ederse ağ bağlantısını ve DNS sunucusunu denetleyin."),
    // WSANO_RECOVERY
    own("Kurtarılamayan ad arama hatası.", "Arama, yeniden denemenin düzeltmeyeceği bir hatayla başarısız oldu. Yerel veritabanı dosyaları (hosts, services, protocols) eksik olabilir veya bir DNS sunucusu ciddi bir hatayla yanıt vermiş olabilir; DNS yapılandırmasını denetleyin."),
    // WSANO_DATA
    own("Ad geçerli, ancak istenen türde veri yok.", "Ad mevcut, ancak istenen türde bir kaydı yok. Örneğin bir ana bilgisayarın posta (MX) kaydı olup adres (A veya AAAA) kaydı olmayabilir; bu durumda ana bilgisayara bu adla doğrudan ulaşılamaz."),
    // WSA_QOS_RECEIVERS
    own("QoS alıcıları.", "Bir alıcıdan en az bir QoS rezervasyon isteği (RSVP RESV iletisi) ulaştı. Bu bir hata değil, bir durum bildirimidir."),
    // WSA_QOS_SENDERS
    own("QoS gönderenleri.", "Bir gönderenden en az bir QoS yol iletisi (RSVP PATH iletisi) ulaştı. Bu bir hata değil, bir durum bildirimidir."),
    // WSA_QOS_NO_SENDERS
    own("QoS göndereni yok.", "Bu akış için artık hiç QoS göndereni yok. Bu bir durum bildirimidir; bu gönderenlere bağlı olan rezervasyonlar artık geçerli değildir."),
    // WSA_QOS_NO_RECEIVERS
    own("QoS alıcısı yok.", "Bu akış için artık hiç QoS alıcısı yok. Bu bir durum bildirimidir; gönderenin karşılaması gereken bir rezervasyon kalmamıştır."),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS isteği onaylandı.", "QoS rezervasyon isteği ağ tarafından onaylandı. Bu bir başarı bildirimidir."),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS kabul hatası.", "Yol boyunca bant genişliği gibi yeterli kaynak bulunmadığından QoS isteği kabul edilemedi. Daha az kaynak isteyin veya daha sonra yeniden deneyin."),
    // WSA_QOS_POLICY_FAILURE
    own("QoS ilkesi hatası.", "İlke sistemi istenen kaynakları mevcut ilke çerçevesinde veremediği için QoS isteği reddedildi. QoS ilkesini denetleyin veya bir yöneticiye başvurun."),
    // WSA_QOS_BAD_STYLE
    own("Hatalı QoS stili.", "Bilinmeyen veya çelişen bir QoS rezervasyon stili bulundu. İstekte belirtilen rezervasyon stilini denetleyin."),
    // WSA_QOS_BAD_OBJECT
    own("Hatalı QoS nesnesi.", "Bir FILTERSPEC ile veya genel olarak sağlayıcıya özgü arabellekle ilgili bir sorun var. Çağrıya geçirilen QoS yapılarını denetleyin."),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS trafik denetimi hatası.", "Temeldeki Trafik Denetimi (TC) arabirimi, genel QoS isteğini yerel olarak uygularken başarısız oldu. Nedenler arasında bellek yetersizliği veya QoS sağlayıcısındaki bir iç hata bulunur."),
    // WSA_QOS_GENERIC_ERROR
    own("Genel QoS hatası.", "Daha belirli bir kod olmadan genel bir QoS hatası oluştu. QoS isteğini ve sağlayıcının durumunu denetleyin."),
    // WSA_QOS_ESERVICETYPE
    own("QoS hizmet türü hatası.", "FLOWSPEC geçerli olmayan veya tanınmayan bir hizmet türü içeriyor. SERVICETYPE_GUARANTEED veya SERVICETYPE_CONTROLLEDLOAD gibi tanımlı hizmet türlerinden birini kullanın."),
    // WSA_QOS_EFLOWSPEC
    own("QoS akış belirtimi hatası.", "QOS yapısındaki bir FLOWSPEC geçersiz veya tutarsız. Akış belirtiminin hız, boyut ve hizmet türü değerlerini denetleyin."),
    // WSA_QOS_EPROVSPECBUF
    own("Geçersiz QoS sağlayıcısı arabelleği.", "QoS isteğiyle birlikte geçirilen sağlayıcıya özgü arabellek (ProviderSpecific) geçerli değil. Boyutunu ve içeriğini denetleyin."),
    // WSA_QOS_EFILTERSTYLE
    own("Geçersiz QoS filtre stili.", "Verilen QoS filtre stili geçerli değil. Desteklenen bir filtre stili kullanın."),
    // WSA_QOS_EFILTERTYPE
    own("Geçersiz QoS filtre türü.", "Verilen QoS filtre türü geçerli değil. Desteklenen bir filtre türü kullanın."),
    // WSA_QOS_EFILTERCOUNT
    own("Yanlış QoS filtre sayısı.", "Bir FLOWDESCRIPTOR içinde verilen FILTERSPEC girdilerinin sayısı yanlış. Sayıyı gerçekten sağlanan filtrelerin sayısıyla eşleştirin."),
    // WSA_QOS_EOBJLENGTH
    own("Geçersiz QoS nesne uzunluğu.", "QoS sağlayıcısına özgü arabellekteki bir nesnenin ObjectLength alanı geçerli değil. Arabellekteki her nesnenin uzunluğunu denetleyin."),
    // WSA_QOS_EFLOWCOUNT
    own("Yanlış QoS akış sayısı.", "QOS yapısı yanlış sayıda akış tanımlayıcısı belirtiyor. Sayıyı gerçekten sağlanan tanımlayıcıların sayısıyla eşleştirin."),
    // WSA_QOS_EUNKOWNPSOBJ
    own("Tanınmayan QoS nesnesi.", "QoS sağlayıcısına özgü arabellek, sağlayıcının tanımadığı türde bir nesne içeriyor. Bu nesneyi kaldırın veya desteklenen bir nesne türü kullanın."),
    // WSA_QOS_EPOLICYOBJ
    own("Geçersiz QoS ilke nesnesi.", "QoS sağlayıcısına özgü arabellek, geçerli olmayan bir ilke nesnesi içeriyor. Arabellekteki ilke verilerini denetleyin."),
    // WSA_QOS_EFLOWDESC
    own("Geçersiz QoS akış tanımlayıcısı.", "Akış tanımlayıcıları listesindeki girdilerden biri geçerli değil. İstekteki her akış tanımlayıcısını (FLOWDESCRIPTOR) denetleyin."),
    // WSA_QOS_EPSFLOWSPEC
    own("Sağlayıcıya özgü QoS akış belirtimi geçersiz.", "QoS sağlayıcısına özgü arabellek, geçersiz veya tutarsız bir FLOWSPEC içeriyor. Arabellekteki akış belirtimini denetleyin."),
    // WSA_QOS_EPSFILTERSPEC
    own("Sağlayıcıya özgü QoS filtre belirtimi geçersiz.", "QoS sağlayıcısına özgü arabellek, geçerli olmayan bir FILTERSPEC içeriyor. Arabellekteki filtre belirtimini denetleyin."),
    // WSA_QOS_ESDMODEOBJ
    own("Geçersiz QoS şekillendirme/atma modu nesnesi.", "QoS sağlayıcısına özgü arabellek, geçerli olmayan bir şekillendirme/atma modu nesnesi (QOS_SD_MODE) içeriyor. Bu nesnedeki mod değerini denetleyin."),
    // WSA_QOS_ESHAPERATEOBJ
    own("Geçersiz QoS şekillendirme hızı nesnesi.", "QoS sağlayıcısına özgü arabellek, geçerli olmayan bir şekillendirme hızı nesnesi (QOS_SHAPING_RATE) içeriyor. Bu nesnede belirtilen hızı denetleyin."),
    // WSA_QOS_RESERVED_PETYPE
    own("Ayrılmış QoS ilke öğesi türü.", "QoS sağlayıcısına özgü arabellek, ayrılmış türde bir ilke öğesi içeriyor. Bu öğeyi kaldırın veya izin verilen bir ilke öğesi türü kullanın."),
    // WSA_SECURE_HOST_NOT_FOUND
    own("Böyle bir ana bilgisayar güvenli olarak bilinmiyor.", "DNSSEC doğrulaması gerektiren bir arama gibi güvenli bir ad araması, ana bilgisayarı bulamadı. Ad mevcut olmayabilir veya doğru şekilde imzalanmamış olabilir; adı ve DNS güvenlik ayarlarını denetleyin."),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("Ad tabanlı IPsec ilkesi eklenemedi.", "Sistem, bir ana bilgisayar adını temel alan bir IPsec ilkesini ekleyemedi. IPsec ve bağlantı güvenliği kurallarını ve bu kuralların ad ayarlarını denetleyin."),
];

static TR_TR_LABELS: &[BakedLabel] = &[
    label("Yuva işlemleri"),
    label("Unix uyumluluğu"),
    label("Başlatma ve hizmet sağlayıcıları"),
    label("Hizmet arama"),
    label("Ad çözümleme"),
    label("Çakışan G/Ç ve olaylar"),
    label("Hizmet kalitesi (QoS)"),
    label("Winsock hata kodları"),
    label("Diğer diller"),
    label("Listeyi numaraya, ada veya sözcüklere göre daraltın"),
    label("Sorgu çok uzun."),
    label("Ad"),
    label("Numara"),
    label("Onaltılık"),
    label("Grup"),
    label("Başlık"),
    label("Açıklama"),
];

static ZH_CN: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("指定的事件对象句柄无效。", "程序使用了无效的事件对象句柄，例如已被关闭的句柄。请确认该句柄由 WSACreateEvent 创建且仍处于打开状态。此代码与 Windows 错误 ERROR_INVALID_HANDLE（6）的值相同。"),
    // WSA_NOT_ENOUGH_MEMORY
    own("可用内存不足。", "某个依赖底层 Windows 函数的 Windows 套接字函数因内存不足而失败。请关闭其他程序或释放内存，然后重试。此代码与 Windows 错误 ERROR_NOT_ENOUGH_MEMORY（8）的值相同。"),
    // WSA_INVALID_PARAMETER
    own("一个或多个参数无效。", "某个 Windows 套接字函数把参数传给了底层 Windows 函数，而后者拒绝了其中一个或多个参数。请检查该调用的全部参数。此代码与 Windows 错误 ERROR_INVALID_PARAMETER（87）的值相同。"),
    // WSA_OPERATION_ABORTED
    own("重叠操作已中止。", "一个重叠操作在完成前被取消，原因是套接字已被关闭，或者通过 WSAIoctl 发出了 SIO_FLUSH 命令。程序在仍有未完成的 I/O 时关闭套接字，出现此错误属于预期情况；此代码与 Windows 错误 ERROR_OPERATION_ABORTED（995）的值相同。"),
    // WSA_IO_INCOMPLETE
    own("重叠 I/O 事件对象未处于有信号状态。", "程序请求获取一个尚未完成的重叠操作的结果。以轮询方式调用 WSAGetOverlappedResult 且其 fWait 标志设为 FALSE 时，在操作完成之前都会返回此错误；请稍候再重新获取。此代码与 Windows 错误 ERROR_IO_INCOMPLETE（996）的值相同。"),
    // WSA_IO_PENDING
    own("重叠操作将在稍后完成。", "重叠操作已经启动，但无法立即完成。这并非失败：操作完成后，程序会通过其事件、完成例程或 I/O 完成端口（IOCP）收到通知，随后可用 WSAGetOverlappedResult 获取结果。此代码与 Windows 错误 ERROR_IO_PENDING（997）的值相同。"),
    // WSAEINTR
    own("函数调用被中断。", "阻塞调用在完成之前被中断，传统上是由 WSACancelBlockingCall 造成的；该函数是 Windows 套接字 1.1 的遗留产物，现代 Winsock 2 程序不应再使用。在调用仍在等待时由另一个线程用 closesocket 关闭该套接字，也会产生同样的效果；如果中断并非有意为之，请重新发起调用。"),
    // WSAEBADF
    own("文件句柄无效。", "指定的文件或套接字句柄无效。请确认该句柄处于打开状态，且没有被提前关闭。"),
    // WSAEACCES
    own("权限被拒绝。", "对套接字的使用方式超出了其访问权限所允许的范围。常见原因是未先用 setsockopt 启用 SO_BROADCAST 就调用 sendto 向广播地址发送数据，或者调用 bind 时所用的地址和端口已被其他程序、服务或驱动程序通过 SO_EXCLUSIVEADDRUSE 独占；防火墙或安全产品也可能拦截此类访问。"),
    // WSAEFAULT
    own("地址无效。", "传给套接字函数的某个指针没有指向有效的内存，或者某个缓冲区或长度参数太小。请逐一检查指针参数，并确认长度值与实际缓冲区大小相符；例如，sockaddr 结构的长度至少应为 sizeof(sockaddr)。"),
    // WSAEINVAL
    own("参数无效。", "某个参数无效，例如向 setsockopt 传入了未知的级别。调用与套接字的当前状态不相符时也会返回此错误，例如对尚未调用 listen 的套接字调用 accept。"),
    // WSAEMFILE
    own("打开的套接字过多。", "本程序已没有可用的套接字句柄。该上限可能针对整个系统、进程或线程；请关闭不再需要的套接字，并排查句柄泄漏。"),
    // WSAEWOULDBLOCK
    own("资源暂时不可用。", "非阻塞套接字无法立即完成该操作，例如调用 recv 时还没有数据到达。这并非真正的失败：请等待套接字就绪（可借助 select、WSAPoll 或事件）后重试；对非阻塞的 SOCK_STREAM 套接字调用 connect 时，在连接建立期间通常都会报告此错误。"),
    // WSAEINPROGRESS
    own("已有阻塞操作正在执行。", "Windows 套接字规定每个任务或线程同一时刻只能有一个阻塞调用，而在前一个调用尚未完成时又发起了另一个调用。这主要影响按 Windows 套接字 1.1 方式编写的旧程序；请确保先前的阻塞调用返回后再发起新的调用。"),
    // WSAEALREADY
    own("该非阻塞套接字上已有操作正在进行。", "在一个仍忙于同类操作的非阻塞套接字上请求了操作，例如在第一次 connect 仍在建立连接时又发起第二次。取消一个已经完成或已被取消的异步请求（WSAAsyncGetXbyY 类函数之一）时也会返回此错误。"),
    // WSAENOTSOCK
    own("对非套接字执行了套接字操作。", "传给函数的句柄不是有效的套接字。它可能从来就不是套接字，也可能已被关闭；对于 select，则可能是 fd_set 中的某个条目不是有效的套接字。"),
    // WSAEDESTADDRREQ
    own("需要目标地址。", "该操作需要目标地址，但调用中没有提供。例如调用 sendto 时把远程地址设为 ADDR_ANY；请提供对等方的实际地址。"),
    // WSAEMSGSIZE
    own("消息过长。", "数据报超过了协议或网络所能承载的大小，或者接收缓冲区小于到达的数据报，此时该数据报会被截断。请发送较短的消息，或改用更大的接收缓冲区。"),
    // WSAEPROTOTYPE
    own("协议与套接字类型不匹配。", "传给 socket 函数的协议与所请求的套接字类型不相符。例如 UDP 不能用于 SOCK_STREAM 套接字；请选择与该类型相符的协议，或传入 0 由系统选择。"),
    // WSAENOPROTOOPT
    own("协议选项无效。", "传给 getsockopt 或 setsockopt 的选项或级别未知、无效，或者该协议不支持。请确认该选项属于正确的级别（如 SOL_SOCKET 或 IPPROTO_TCP），并且该套接字类型支持它。"),
    // WSAEPROTONOSUPPORT
    own("不支持该协议。", "所请求的协议未在本系统上安装，或者没有相应的实现。协议与套接字类型冲突时也会出现此错误，例如请求 SOCK_DGRAM 套接字却指定了流协议。"),
    // WSAESOCKTNOSUPPORT
    own("不支持该套接字类型。", "该地址族不支持所请求的套接字类型。例如，实现可能根本不提供 SOCK_RAW 套接字，或者要求具有管理员权限才能创建。"),
    // WSAEOPNOTSUPP
    own("不支持该操作。", "此类套接字或对象不支持所请求的操作。典型情形是在数据报套接字上调用 accept 或 listen，而这类套接字没有可接受的连接。"),
    // WSAEPFNOSUPPORT
    own("不支持该协议族。", "所请求的协议族未在本系统上配置，或者没有相应的实现。实际上，Windows 套接字函数遇到这种情况时通常报告 WSAEAFNOSUPPORT。"),
    // WSAEAFNOSUPPORT
    own("协议族不支持该地址族。", "使用了协议不支持的地址族中的地址。常见原因是向 socket 函数请求了不属于该地址族的协议，或者在 sendto、connect 等调用中把 IPv6 地址用于 AF_INET 套接字（或者反过来）。"),
    // WSAEADDRINUSE
    own("地址已被占用。", "另一个套接字已绑定到此地址和端口，该套接字可能仍在关闭过程中，或者未被正确关闭。请停止另一个程序或改用其他端口；确实需要共享端口的服务器可以设置 SO_REUSEADDR，而客户端通常根本不必调用 bind。如果 bind 使用的是通配地址（ADDR_ANY），此错误可能要到地址真正确定时才会出现，即在之后调用 connect、listen、WSAConnect 或者 WSAJoinLeaf 时。"),
    // WSAEADDRNOTAVAIL
    own("无法分配请求的地址。", "该地址在此上下文中无效。通常是 bind 使用了不属于本机的 IP 地址，或者 connect 或 sendto 指定了不可用的远程地址或端口，例如端口 0 或地址 0.0.0.0。"),
    // WSAENETDOWN
    own("网络已断开。", "网络子系统、网络适配器或本地网络发生了故障。请检查网络连接和网络适配器；如果问题仍然存在，请重新启动网络堆栈或计算机。"),
    // WSAENETUNREACH
    own("网络不可达。", "本机没有通往目标网络的路由。请检查网络连接、默认网关和路由表，并确认地址正确。"),
    // WSAENETRESET
    own("网络重置时断开了连接。", "在操作进行期间，保持活动探测发现对等方或通往对等方的路径已经失效，连接因此被断开。在已经失效的连接上用 setsockopt 启用 SO_KEEPALIVE 时，也可能返回此错误；请重新连接后再继续。"),
    // WSAECONNABORTED
    own("软件导致连接中止。", "连接被本机上的软件关闭，通常发生在数据传输超时或协议错误之后。会切断连接的防火墙、防病毒软件或 VPN 软件也可能导致此错误；请重新连接，如果反复出现，请检查这类软件。"),
    // WSAECONNRESET
    own("连接被对等方重置。", "远程主机突然关闭了连接。可能是另一端的程序已崩溃或被停止，远程主机已重新启动或已从网络断开，或者远程主机以硬重置方式（启用 SO_LINGER 且超时为 0）关闭了套接字；请重新连接并检查远程端。"),
    // WSAENOBUFS
    own("没有可用的缓冲区空间。", "系统的缓冲区空间已耗尽或某个队列已满，因此无法执行该操作。这通常说明打开的连接过多、内存耗尽或没有空闲的临时端口；请关闭不用的套接字，稍后再试。"),
    // WSAEISCONN
    own("套接字已连接。", "对已经建立连接的套接字调用了 connect。在已连接的 SOCK_DGRAM 套接字上使用显式指定地址的 sendto 时，有些实现也会返回此错误。"),
    // WSAENOTCONN
    own("套接字未连接。", "该套接字尚未连接，因此无法在其上发送或接收数据，而且也没有提供目标地址（数据报套接字可通过 sendto 提供地址）。其他调用也可能返回此错误，例如对已被重置的连接设置 SO_KEEPALIVE；请先建立连接。"),
    // WSAESHUTDOWN
    own("套接字的发送方向已关闭，无法再发送。", "该套接字的这个方向已被先前的 shutdown 调用关闭，因此发送或接收请求被拒绝。一个方向一旦关闭，就不能在该套接字上再次使用。"),
    // WSAETOOMANYREFS
    own("引用过多。", "对某个内核对象的引用过多。请释放不再需要的对象，然后重试。"),
    // WSAETIMEDOUT
    own("连接超时。", "对等方没有及时响应，这可能发生在建立连接时，也可能发生在已建立的连接上。远程主机可能已离线或负载过重，也可能是防火墙在静默丢弃流量；请检查地址、端口和防火墙设置。"),
    // WSAECONNREFUSED
    own("连接被拒绝。", "目标计算机主动拒绝了连接。通常是该端口上没有程序在侦听、服务已停止，或者防火墙拒绝了连接；请检查地址、端口号，并确认服务器正在运行。"),
    // WSAELOOP
    own("无法转换名称。", "某个名称无法转换，例如解析该名称时陷入了循环。请检查名称是否有误。"),
    // WSAENAMETOOLONG
    own("名称过长。", "某个名称或其中的某一部分超过了允许的长度。请使用较短的名称。"),
    // WSAEHOSTDOWN
    own("主机已停止运行。", "目标主机似乎已停止运行，因此操作失败。Windows 通常以 WSAETIMEDOUT 报告这种情况；请确认远程计算机已开机并已接入网络。"),
    // WSAEHOSTUNREACH
    own("没有通往主机的路由。", "从本机无法到达目标主机，因为没有通往它的路由。请检查地址、网络连接以及路由或网关设置。"),
    // WSAENOTEMPTY
    own("目录不为空。", "目录中仍有条目，因此无法删除。请先清空该目录。"),
    // WSAEPROCLIM
    own("进程过多。", "Windows 套接字实现对可同时使用它的程序数量有限制，目前已达到该上限，因此 WSAStartup 可能会以此错误失败。请关闭其他使用网络的程序，然后重试。"),
    // WSAEUSERS
    own("超出用户配额。", "用户数或用户资源的配额已经用尽。请释放部分资源，或请管理员提高限额。"),
    // WSAEDQUOT
    own("超出磁盘配额。", "磁盘空间配额已经用完。请释放部分空间，或请管理员提高配额。"),
    // WSAESTALE
    own("文件句柄引用已失效。", "该文件句柄所引用的项目已不再可用。请重新打开该项目以获取新的句柄。"),
    // WSAEREMOTE
    own("项目位于远程系统上。", "该项目在本地不可用，因为它位于远程系统上。请改为通过该远程系统访问它。"),
    // WSASYSNOTREADY
    own("网络子系统不可用。", "Windows 套接字所依赖的底层网络系统目前尚未就绪，因此 WSAStartup 失败。请检查：正确的 Ws2_32.dll 是否就位，搜索路径中是否有其他 Winsock DLL 排在它前面，网络组件是否已安装和配置，以及系统是否仍在启动过程中。"),
    // WSAVERNOTSUPPORTED
    own("不支持该 Winsock 版本。", "已安装的 Windows 套接字实现不支持程序在 WSAStartup 中请求的版本。请确认程序请求的是受支持的版本（通常为 2.2），并确认没有加载过时的 Winsock DLL 来代替系统自带的版本。"),
    // WSANOTINITIALISED
    own("尚未成功调用 WSAStartup。", "在 WSAStartup 成功之前，或在 WSACleanup 的调用次数已与 WSAStartup 相同之后，使用了套接字函数。请先调用 WSAStartup 并检查其结果；另外，请确认没有与从未初始化 Windows 套接字的任务共享套接字。"),
    // WSAEDISCON
    own("正在正常关闭连接。", "WSARecv 或 WSARecvFrom 报告远程端已开始有序关闭连接。之后不会再有数据到达；请完成处理并关闭该套接字。"),
    // WSAENOMORE
    own("没有更多结果。", "WSALookupServiceNext 对本次查询已没有更多结果可返回。这表示查找已正常结束；请以 WSALookupServiceEnd 结束本次查找。"),
    // WSAECANCELLED
    own("查找调用已被取消。", "在 WSALookupServiceNext 调用仍在执行时调用了 WSALookupServiceEnd，因此该查找已被取消。提前结束查找时出现此情况属于预期行为。"),
    // WSAEINVALIDPROCTABLE
    own("服务提供程序的过程调用表无效。", "某个 Windows 套接字服务提供程序交给 Ws2_32.dll 的过程调用表无效，通常是因为其中有函数指针为 NULL。请重新安装或移除有问题的分层服务提供程序（LSP）或网络软件。"),
    // WSAEINVALIDPROVIDER
    own("服务提供程序版本号无效。", "某个 Windows 套接字服务提供程序报告的版本号不是 2.0，系统不接受这样的版本；WSCGetProviderInfo 与 WSCGetProviderInfo32 在找不到所查询的协议条目时也会返回此错误。请更新或移除随第三方网络软件安装的服务提供程序。"),
    // WSAEPROVIDERFAILEDINIT
    own("无法初始化服务提供程序。", "某个服务提供程序无法启动：要么用 LoadLibrary 加载其 DLL 失败，要么其 WSPStartup 或 NSPStartup 函数报告了错误。重新安装相关的网络软件或重置 Winsock 目录（netsh winsock reset）通常能解决问题。"),
    // WSASYSCALLFAILURE
    own("系统调用失败。", "某个本不应失败的系统调用失败了，例如用 WaitForMultipleObjects 等待事件，或者对协议目录或命名空间目录执行注册表操作。服务提供程序报告失败却没有给出更具体的代码时，也会返回此错误，这可能说明该服务提供程序存在缺陷。"),
    // WSASERVICE_NOT_FOUND
    own("找不到服务。", "在所搜索的命名空间中没有这样的已知服务。请检查服务名称，并确认查询的是正确的命名空间。"),
    // WSATYPE_NOT_FOUND
    own("找不到类类型。", "找不到所请求的服务类类型。请确认该类已经安装并注册；当服务名称不能用于所请求的套接字类型时，getaddrinfo 会以 EAI_SERVICE 的形式报告同一代码。"),
    // WSA_E_NO_MORE
    own("没有更多结果。", "WSALookupServiceNext 对本次查询已没有更多结果可返回。这表示查找已正常结束；请以 WSALookupServiceEnd 结束本次查找。"),
    // WSA_E_CANCELLED
    own("查找调用已被取消。", "在 WSALookupServiceNext 调用仍在执行时调用了 WSALookupServiceEnd，因此该查找已被取消。提前结束查找时出现此情况属于预期行为。"),
    // WSAEREFUSED
    own("数据库查询被拒绝。", "命名空间数据库主动拒绝了该查询。服务器或服务提供程序可能不允许此请求；请检查权限以及查询本身。"),
    // WSAHOST_NOT_FOUND
    own("找不到主机。", "没有使用该名称的已知主机：在所查询的数据库或 DNS 服务器中，它既不是正式主机名，也不是别名。请检查名称的拼写和 DNS 设置；对于协议或服务查找，此错误表示在相应数据库中找不到该名称。"),
    // WSATRY_AGAIN
    own("名称查找暂时失败（非权威应答：找不到主机）。", "名称查找暂时失败，因为本地 DNS 服务器没有从该名称的权威服务器得到应答。这通常是暂时的；请稍后重试，如果问题仍然存在，请检查网络连接和 DNS 服务器。"),
    // WSANO_RECOVERY
    own("名称查找发生不可恢复的错误。", "查找失败，所遇到的错误无法通过重试解决。可能是本地数据库文件（hosts、services、protocols）缺失，或者 DNS 服务器返回了严重错误；请检查 DNS 配置。"),
    // WSANO_DATA
    own("名称有效，但没有所请求类型的数据。", "该名称存在，但没有所请求类型的记录。例如，某个主机可能有邮件交换（MX）记录，却没有地址（A 或 AAAA）记录，因此无法通过该名称直接访问它。"),
    // WSA_QOS_RECEIVERS
    own("已有 QoS 接收方。", "至少已收到一个来自接收方的 QoS 预留请求（RSVP RESV 消息）。这是状态通知，并非失败。"),
    // WSA_QOS_SENDERS
    own("已有 QoS 发送方。", "至少已收到一条来自发送方的 QoS 路径消息（RSVP PATH 消息）。这是状态通知，并非失败。"),
    // WSA_QOS_NO_SENDERS
    own("没有 QoS 发送方。", "该数据流已不再有任何 QoS 发送方。这是状态通知；依赖这些发送方的预留已不再适用。"),
    // WSA_QOS_NO_RECEIVERS
    own("没有 QoS 接收方。", "该数据流已不再有任何 QoS 接收方。这是状态通知；发送方已没有需要兑现的预留。"),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS 请求已确认。", "网络已确认该 QoS 预留请求。这是表示成功的通知。"),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS 准入错误。", "由于路径上的资源（如带宽）不足，该 QoS 请求未能通过准入控制。请降低请求量或稍后重试。"),
    // WSA_QOS_POLICY_FAILURE
    own("QoS 策略失败。", "策略系统无法在现行策略下批准所请求的资源，因此拒绝了该 QoS 请求。请检查 QoS 策略或咨询管理员。"),
    // WSA_QOS_BAD_STYLE
    own("QoS 样式错误。", "遇到了未知的或相互冲突的 QoS 预留样式。请检查请求中指定的预留样式。"),
    // WSA_QOS_BAD_OBJECT
    own("QoS 对象错误。", "某个筛选器规范（FILTERSPEC）有问题，或者服务提供程序专用缓冲区整体上有问题。请检查传给该调用的 QoS 结构。"),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS 流量控制错误。", "在本地应用通用 QoS 请求时，底层的流量控制（TC）接口出错。原因包括内存不足或 QoS 服务提供程序内部错误。"),
    // WSA_QOS_GENERIC_ERROR
    own("QoS 一般错误。", "发生了没有更具体代码的一般性 QoS 错误。请检查 QoS 请求以及服务提供程序的状态。"),
    // WSA_QOS_ESERVICETYPE
    own("QoS 服务类型错误。", "流规范（FLOWSPEC）中的服务类型无效或无法识别。请使用已定义的服务类型之一，例如 SERVICETYPE_GUARANTEED 或 SERVICETYPE_CONTROLLEDLOAD。"),
    // WSA_QOS_EFLOWSPEC
    own("QoS 流规范错误。", "QOS 结构中的某个流规范（FLOWSPEC）无效或前后矛盾。请检查其中的速率、大小和服务类型。"),
    // WSA_QOS_EPROVSPECBUF
    own("QoS 服务提供程序专用缓冲区无效。", "随 QoS 请求传入的服务提供程序专用缓冲区（ProviderSpecific）无效。请检查其大小和内容。"),
    // WSA_QOS_EFILTERSTYLE
    own("QoS 筛选器样式无效。", "指定的 QoS 筛选器样式无效。请使用受支持的筛选器样式。"),
    // WSA_QOS_EFILTERTYPE
    own("QoS 筛选器类型无效。", "指定的 QoS 筛选器类型无效。请使用受支持的筛选器类型。"),
    // WSA_QOS_EFILTERCOUNT
    own("QoS 筛选器数量不正确。", "FLOWDESCRIPTOR 中给出的筛选器规范（FILTERSPEC）条目数量不正确。请使该数量与实际提供的筛选器个数一致。"),
    // WSA_QOS_EOBJLENGTH
    own("QoS 对象长度无效。", "QoS 服务提供程序专用缓冲区中某个对象的 ObjectLength 字段无效。请检查缓冲区中每个对象的长度。"),
    // WSA_QOS_EFLOWCOUNT
    own("QoS 数据流数量不正确。", "QOS 结构中指定的流描述符数量不正确。请使该数量与实际提供的流描述符个数一致。"),
    // WSA_QOS_EUNKOWNPSOBJ
    own("无法识别的 QoS 对象。", "QoS 服务提供程序专用缓冲区中含有一个服务提供程序无法识别其类型的对象。请删除该对象或改用受支持的对象类型。"),
    // WSA_QOS_EPOLICYOBJ
    own("QoS 策略对象无效。", "QoS 服务提供程序专用缓冲区中含有无效的策略对象。请检查缓冲区中的策略数据。"),
    // WSA_QOS_EFLOWDESC
    own("QoS 流描述符无效。", "流描述符列表中有一个条目无效。请逐一检查请求中的流描述符（FLOWDESCRIPTOR）。"),
    // WSA_QOS_EPSFLOWSPEC
    own("QoS 服务提供程序专用流规范无效。", "QoS 服务提供程序专用缓冲区中的流规范（FLOWSPEC）无效或前后矛盾。请检查缓冲区中的流规范。"),
    // WSA_QOS_EPSFILTERSPEC
    own("QoS 服务提供程序专用筛选器规范无效。", "QoS 服务提供程序专用缓冲区中的筛选器规范（FILTERSPEC）无效。请检查缓冲区中的筛选器规范。"),
    // WSA_QOS_ESDMODEOBJ
    own("QoS 整形丢弃模式对象无效。", "QoS 服务提供程序专用缓冲区中的整形丢弃模式对象（QOS_SD_MODE）无效。请检查该对象中的模式值。"),
    // WSA_QOS_ESHAPERATEOBJ
    own("QoS 整形速率对象无效。", "QoS 服务提供程序专用缓冲区中的整形速率对象（QOS_SHAPING_RATE）无效。请检查该对象中给出的速率。"),
    // WSA_QOS_RESERVED_PETYPE
    own("QoS 策略元素类型为保留类型。", "QoS 服务提供程序专用缓冲区中含有保留类型的策略元素。请删除它或改用允许使用的策略元素类型。"),
    // WSA_SECURE_HOST_NOT_FOUND
    own("安全查找中找不到该主机。", "安全的名称查找（例如要求 DNSSEC 验证的查找）没有找到该主机。该名称可能不存在，或者签名不正确；请检查名称和 DNS 安全设置。"),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("无法添加基于名称的 IPsec 策略。", "系统未能添加基于主机名的 IPsec 策略。请检查 IPsec 和连接安全规则及其中的名称设置。"),
];

static ZH_CN_LABELS: &[BakedLabel] = &[
    label("套接字操作"),
    label("Unix 兼容"),
    label("启动与服务提供程序"),
    label("服务查找"),
    label("名称解析"),
    label("重叠 I/O 与事件"),
    label("服务质量（QoS）"),
    label("Winsock 错误代码"),
    label("其他语言"),
    label("按编号、名称或关键字筛选列表"),
    label("查询过长。"),
    label("名称"),
    label("编号"),
    label("十六进制"),
    label("分组"),
    label("标题"),
    label("说明"),
];

static ZH_TW: &[BakedEntry] = &[
    // WSA_INVALID_HANDLE
    own("指定的事件物件控制代碼無效。", "程式使用了無效的事件物件控制代碼，例如已經關閉的控制代碼。請確認該控制代碼是由 WSACreateEvent 取得，而且尚未關閉。這個錯誤碼的值與 Windows 錯誤 ERROR_INVALID_HANDLE（6）相同。"),
    // WSA_NOT_ENOUGH_MEMORY
    own("可用的記憶體不足。", "某個依賴底層 Windows 函式的 Windows 通訊端函式因為記憶體不足而失敗。請關閉其他程式或釋放記憶體，然後再試一次。這個錯誤碼的值與 Windows 錯誤 ERROR_NOT_ENOUGH_MEMORY（8）相同。"),
    // WSA_INVALID_PARAMETER
    own("一或多個參數無效。", "某個 Windows 通訊端函式把引數交給底層的 Windows 函式，而該函式拒絕了其中一或多個引數。請檢查這次呼叫的所有參數。這個錯誤碼的值與 Windows 錯誤 ERROR_INVALID_PARAMETER（87）相同。"),
    // WSA_OPERATION_ABORTED
    own("重疊作業已中止。", "某個重疊作業在完成之前遭到取消，原因是通訊端已關閉，或是透過 WSAIoctl 發出了 SIO_FLUSH 命令。程式在 I/O 尚未完成時關閉通訊端，就會出現這個預期中的結果；這個錯誤碼的值與 Windows 錯誤 ERROR_OPERATION_ABORTED（995）相同。"),
    // WSA_IO_INCOMPLETE
    own("重疊 I/O 事件物件尚未處於收到訊號的狀態。", "程式要求取得某個尚未完成之重疊作業的結果。以 WSAGetOverlappedResult 輪詢並將 fWait 旗標設為 FALSE 時，在作業完成之前都會傳回這個錯誤；請稍候再查詢一次。這個錯誤碼的值與 Windows 錯誤 ERROR_IO_INCOMPLETE（996）相同。"),
    // WSA_IO_PENDING
    own("重疊作業將於稍後完成。", "已經啟動一項重疊作業，但無法立即完成。這並非錯誤：作業完成時，程式會透過它的事件、完成常式或 I/O 完成連接埠（IOCP）收到通知，之後可由 WSAGetOverlappedResult 取得結果。這個錯誤碼的值與 Windows 錯誤 ERROR_IO_PENDING（997）相同。"),
    // WSAEINTR
    own("函式呼叫遭到中斷。", "封鎖呼叫在完成之前遭到中斷，典型的原因是呼叫了 WSACancelBlockingCall；這是 Windows 通訊端 1.1 遺留下來的函式，現代的 Winsock 2 程式不應再使用。呼叫仍在等候時，若另一個執行緒以 closesocket 關閉該通訊端，也會造成同樣的結果；如果這次中斷並非刻意造成，請重試這個呼叫。"),
    // WSAEBADF
    own("檔案控制代碼無效。", "指定的檔案或通訊端控制代碼無效。請確認該控制代碼已經開啟，而且尚未關閉。"),
    // WSAEACCES
    own("存取被拒。", "通訊端的使用方式超出了其存取權限所允許的範圍。常見的原因包括：尚未以 setsockopt 啟用 SO_BROADCAST 就呼叫 sendto 傳送到廣播位址，或是呼叫 bind 時指定的位址與連接埠，已由其他程式、服務或驅動程式以 SO_EXCLUSIVEADDRUSE 獨佔；防火牆或安全性產品也可能攔截這項存取。"),
    // WSAEFAULT
    own("位址錯誤。", "傳給通訊端函式的某個指標並未指向有效的記憶體，或是某個緩衝區或長度引數太小。請逐一檢查指標引數，並確認長度值與實際的緩衝區大小相符；例如 sockaddr 結構的長度至少必須是 sizeof(sockaddr)。"),
    // WSAEINVAL
    own("引數無效。", "其中一個引數無效，例如傳給 setsockopt 的層級無法辨識。呼叫與通訊端目前的狀態不符時，也會傳回這個錯誤，例如對尚未呼叫 listen 的通訊端呼叫 accept。"),
    // WSAEMFILE
    own("開啟的通訊端太多。", "這個程式已沒有可用的通訊端控制代碼。這項上限可能是針對整個系統、處理程序或執行緒；請關閉不再需要的通訊端，並檢查是否有控制代碼洩漏。"),
    // WSAEWOULDBLOCK
    own("資源暫時無法使用。", "非封鎖通訊端無法立即完成作業，例如呼叫 recv 時還沒有任何資料送達。這並非真正的錯誤：請等到通訊端就緒（可使用 select、WSAPoll 或事件）後再試一次；對非封鎖的 SOCK_STREAM 通訊端呼叫 connect 時，在連線建立期間通常都會回報這個錯誤碼。"),
    // WSAEINPROGRESS
    own("已有封鎖作業正在執行。", "Windows 通訊端在每個工作或執行緒中一次只允許一個封鎖呼叫，但前一個呼叫尚未結束，就又發出了另一個呼叫。這主要影響沿用舊式 Windows 通訊端 1.1 寫法的程式；請確定先前的封鎖呼叫已經傳回，再發出新的呼叫。"),
    // WSAEALREADY
    own("這個非封鎖通訊端上已有作業正在進行。", "非封鎖通訊端仍在處理同一類作業時，又對它要求了另一項作業，例如第一次 connect 還在連線中，又呼叫了第二次 connect。取消已經完成或已經取消的非同步要求（WSAAsyncGetXbyY 系列函式之一）時，也會傳回這個錯誤。"),
    // WSAENOTSOCK
    own("對非通訊端的物件執行了通訊端作業。", "傳給函式的控制代碼不是有效的通訊端。它可能從來就不是通訊端，也可能已經關閉；如果是 select，則表示 fd_set 中有某個項目不是有效的通訊端。"),
    // WSAEDESTADDRREQ
    own("必須指定目的地位址。", "這項作業需要目的地位址，但呼叫中並未提供。例如呼叫 sendto 時以 ADDR_ANY 作為遠端位址；請改為提供對方的實際位址。"),
    // WSAEMSGSIZE
    own("訊息太長。", "資料包超過了通訊協定或網路所能承載的大小，或是接收緩衝區小於送達的資料包；在後者的情況下，資料包會遭到截斷。請傳送較小的訊息，或改用較大的接收緩衝區。"),
    // WSAEPROTOTYPE
    own("通訊協定類型與通訊端不符。", "傳給 socket 函式的通訊協定與所要求的通訊端類型不符。例如 UDP 不能搭配 SOCK_STREAM 通訊端使用；請選擇與類型相符的通訊協定，或傳入 0 由系統自行選擇。"),
    // WSAENOPROTOOPT
    own("通訊協定選項無效。", "傳給 getsockopt 或 setsockopt 的選項或層級無法辨識、無效，或是此通訊協定不支援。請確認該選項屬於正確的層級（例如 SOL_SOCKET 或 IPPROTO_TCP），而且此通訊端類型支援該選項。"),
    // WSAEPROTONOSUPPORT
    own("不支援此通訊協定。", "系統上沒有安裝所要求的通訊協定，或是該通訊協定沒有實作。通訊協定與通訊端類型互相衝突時也會發生這個錯誤，例如以串流通訊協定要求建立 SOCK_DGRAM 通訊端。"),
    // WSAESOCKTNOSUPPORT
    own("不支援此通訊端類型。", "這個位址家族不支援所要求的通訊端類型。例如，實作可能完全不提供 SOCK_RAW 通訊端，或是必須具備系統管理員權限才能建立。"),
    // WSAEOPNOTSUPP
    own("不支援此作業。", "這種通訊端或物件不支援所要求的作業。典型的例子是對資料包通訊端呼叫 accept 或 listen，而資料包通訊端並沒有可以接受的連線。"),
    // WSAEPFNOSUPPORT
    own("不支援此通訊協定家族。", "系統上沒有設定所要求的通訊協定家族，或是該家族沒有實作。實際上，Windows 通訊端函式在同樣的情況下通常會回報 WSAEAFNOSUPPORT。"),
    // WSAEAFNOSUPPORT
    own("通訊協定家族不支援此位址家族。", "所使用的位址屬於該通訊協定不支援的位址家族。典型的原因是向 socket 函式要求了不屬於該位址家族的通訊協定，或是在 sendto、connect 等呼叫中將 IPv6 位址傳給 AF_INET 通訊端（或反過來）。"),
    // WSAEADDRINUSE
    own("位址已在使用中。", "已經有另一個通訊端繫結到這個位址與連接埠，它可能仍在關閉中，或先前未正確關閉。請停止另一個程式或改用其他連接埠；確實需要共用連接埠的伺服器可以設定 SO_REUSEADDR，而用戶端通常完全不需要呼叫 bind。如果傳給 bind 的是萬用位址（ADDR_ANY），這個錯誤可能要等到位址真正確定時才會出現，也就是之後呼叫 connect、listen、WSAConnect 與 WSAJoinLeaf 其中之一的時候。"),
    // WSAEADDRNOTAVAIL
    own("無法指派所要求的位址。", "這個位址在此情況下無效。通常是傳給 bind 的 IP 位址不屬於這部電腦，或是傳給 connect 或 sendto 的遠端位址或連接埠無法使用，例如連接埠 0 或位址 0.0.0.0。"),
    // WSAENETDOWN
    own("網路無法運作。", "網路子系統、網路介面卡或區域網路發生故障。請檢查網路連線與網路介面卡；如果問題持續發生，請重新啟動網路堆疊或電腦。"),
    // WSAENETUNREACH
    own("無法連到目的地網路。", "本機系統沒有通往目的地網路的路由。請檢查網路連線、預設閘道與路由表，並確認位址正確無誤。"),
    // WSAENETRESET
    own("網路重設，連線已中斷。", "作業進行期間，保持運作探查封包發現另一端或通往另一端的路徑已經失效，因此中斷了連線。對已經失效的連線以 setsockopt 啟用 SO_KEEPALIVE 時，也可能傳回這個錯誤；請重新連線後再繼續。"),
    // WSAECONNABORTED
    own("軟體造成連線中止。", "這部電腦上的軟體關閉了連線，往往是在發生資料傳輸逾時或通訊協定錯誤之後。會切斷連線的防火牆、防毒產品或 VPN 軟體也可能造成這種情況；請重新連線，如果一再發生，請檢查這類軟體。"),
    // WSAECONNRESET
    own("連線被對方重設。", "遠端主機突然關閉了連線。另一端的程式可能已當機或遭到停止，遠端主機可能已重新啟動或從網路上斷線，也可能是它以強制重設的方式（啟用 SO_LINGER 並將逾時設為 0）關閉了通訊端；請重新連線，並檢查遠端的狀況。"),
    // WSAENOBUFS
    own("沒有可用的緩衝區空間。", "系統的緩衝區空間不足或佇列已滿，因此無法執行這項作業。這往往表示開啟的連線太多、記憶體已耗盡，或是沒有可用的暫時連接埠；請關閉未使用的通訊端，稍後再試。"),
    // WSAEISCONN
    own("通訊端已經連線。", "對已經建立連線的通訊端呼叫了 connect。有些實作在已連線的 SOCK_DGRAM 通訊端上以 sendto 明確指定位址傳送時，也會傳回這個錯誤。"),
    // WSAENOTCONN
    own("通訊端尚未連線。", "這個通訊端沒有連線，因此無法透過它傳送或接收資料，而且呼叫中也沒有提供目的地位址（資料包通訊端使用 sendto 時可以提供）。其他呼叫也可能傳回這個錯誤，例如對已遭重設的連線設定 SO_KEEPALIVE；請先呼叫 connect 建立連線。"),
    // WSAESHUTDOWN
    own("以 shutdown 關閉通訊端後，無法再傳送。", "先前的 shutdown 呼叫已經關閉了通訊端的這個方向，因此傳送或接收遭到拒絕。某個方向一經關閉，就無法在這個通訊端上再次使用。"),
    // WSAETOOMANYREFS
    own("參考太多。", "對某個核心物件的參考太多。請釋放不再需要的物件，然後再試一次。"),
    // WSAETIMEDOUT
    own("連線逾時。", "另一端沒有在時限內回應，這可能發生在建立連線期間，也可能發生在已建立的連線上。遠端主機可能已離線或負載過重，或是防火牆悄悄丟棄了流量；請檢查位址、連接埠與防火牆設定。"),
    // WSAECONNREFUSED
    own("連線遭拒。", "目標電腦主動拒絕了連線。通常是該連接埠上沒有程式在接聽、服務已停止，或是防火牆拒絕了連線；請檢查位址和連接埠號碼，並確認伺服器正在執行。"),
    // WSAELOOP
    own("無法轉譯名稱。", "無法轉譯某個名稱，例如解析時陷入了迴圈。請檢查名稱是否有誤。"),
    // WSAENAMETOOLONG
    own("名稱太長。", "名稱或其中某個部分超過了允許的長度。請改用較短的名稱。"),
    // WSAEHOSTDOWN
    own("主機已停止運作。", "目的地主機似乎已停止運作，因此作業失敗。Windows 通常會改以 WSAETIMEDOUT 回報這種情況；請確認遠端電腦已開機並已連上網路。"),
    // WSAEHOSTUNREACH
    own("沒有通往主機的路由。", "從這部電腦無法連到目的地主機，因為沒有任何路由可以抵達。請檢查位址、網路連線，以及路由或閘道設定。"),
    // WSAENOTEMPTY
    own("目錄不是空的。", "目錄中仍有項目，因此無法移除。請先清空該目錄。"),
    // WSAEPROCLIM
    own("處理程序太多。", "Windows 通訊端實作對可同時使用它的應用程式數量設有上限，而目前已達到上限，因此 WSAStartup 可能會失敗並傳回這個錯誤。請關閉其他使用網路的程式，然後再試一次。"),
    // WSAEUSERS
    own("超過使用者配額。", "使用者人數或使用者資源的配額已經用完。請釋放部分資源，或請系統管理員提高上限。"),
    // WSAEDQUOT
    own("超過磁碟配額。", "磁碟空間配額已經用完。請釋放一些空間，或請系統管理員提高配額。"),
    // WSAESTALE
    own("檔案控制代碼參考已失效。", "這個檔案控制代碼所參考的項目已經無法使用。請重新開啟該項目，以取得新的控制代碼。"),
    // WSAEREMOTE
    own("項目位於遠端。", "這個項目位於遠端系統上，因此無法在本機取得。請改為透過該遠端系統存取。"),
    // WSASYSNOTREADY
    own("網路子系統無法使用。", "WSAStartup 失敗，因為 Windows 通訊端所依賴的底層網路系統目前尚未就緒。請確認正確的 Ws2_32.dll 位於應有的位置、搜尋路徑上沒有其他 Winsock DLL 排在它前面、網路元件已安裝並設定妥當，而且系統已經完成啟動。"),
    // WSAVERNOTSUPPORTED
    own("不支援此 Winsock 版本。", "已安裝的 Windows 通訊端實作不支援應用程式在 WSAStartup 中要求的版本。請確認程式要求的是受支援的版本（通常是 2.2），而且載入的是系統本身的 DLL，而不是過時的 Winsock DLL。"),
    // WSANOTINITIALISED
    own("尚未成功呼叫 WSAStartup。", "在 WSAStartup 成功之前就使用了通訊端函式，或是在 WSACleanup 的呼叫次數已與 WSAStartup 相同之後仍繼續使用。請先呼叫 WSAStartup 並檢查其結果；此外也請確認沒有與從未初始化 Windows 通訊端的工作共用通訊端。"),
    // WSAEDISCON
    own("正在正常關閉連線。", "WSARecv 或 WSARecvFrom 回報遠端已經開始依正常程序關閉連線。之後不會再收到任何資料；請完成處理，然後關閉通訊端。"),
    // WSAENOMORE
    own("沒有其他結果。", "WSALookupServiceNext 對這項查詢已經沒有其他結果可以傳回。這代表查詢已正常結束；請呼叫 WSALookupServiceEnd 完成這項查詢。"),
    // WSAECANCELLED
    own("查詢呼叫已取消。", "在 WSALookupServiceNext 呼叫仍在執行時呼叫了 WSALookupServiceEnd，因此這次查詢已取消。提早結束查詢時，出現這個結果是正常的。"),
    // WSAEINVALIDPROCTABLE
    own("服務提供者傳回的程序表無效。", "某個 Windows 通訊端服務提供者交給 Ws2_32.dll 的程序表無效，通常是因為其中有些函式指標是 NULL。請重新安裝或移除有問題的分層服務提供者（LSP）或網路軟體。"),
    // WSAEINVALIDPROVIDER
    own("服務提供者的版本號碼無效。", "某個 Windows 通訊端服務提供者回報的版本不是 2.0，而系統不接受其他版本；WSCGetProviderInfo 與 WSCGetProviderInfo32 找不到所查詢的通訊協定項目時，也會傳回這個錯誤。請更新或移除隨協力廠商網路軟體一起安裝的服務提供者。"),
    // WSAEPROVIDERFAILEDINIT
    own("無法初始化服務提供者。", "無法啟動某個服務提供者：以 LoadLibrary 載入它的 DLL 時失敗，或是它的啟動函式（WSPStartup 或 NSPStartup）回報了錯誤。重新安裝受影響的網路軟體，或是重設 Winsock 目錄（netsh winsock reset），往往有助於解決問題。"),
    // WSASYSCALLFAILURE
    own("系統呼叫失敗。", "某個照理不會失敗的系統呼叫失敗了，例如以 WaitForMultipleObjects 等候事件，或是對通訊協定目錄或命名空間目錄所做的登錄作業。服務提供者回報失敗卻沒有提供更具體的錯誤碼時，也會傳回這個錯誤，這可能表示該服務提供者本身有程式錯誤。"),
    // WSASERVICE_NOT_FOUND
    own("找不到服務。", "所搜尋的命名空間中沒有這項服務。請檢查服務名稱，並確認查詢的是正確的命名空間。"),
    // WSATYPE_NOT_FOUND
    own("找不到類別類型。", "找不到所要求的服務類別類型。請確認該類別已經安裝並完成註冊；服務名稱無法搭配所要求的通訊端類型使用時，getaddrinfo 也會以 EAI_SERVICE 回報同一個錯誤碼。"),
    // WSA_E_NO_MORE
    own("沒有其他結果。", "WSALookupServiceNext 對這項查詢已經沒有其他結果可以傳回。這代表查詢已正常結束；請呼叫 WSALookupServiceEnd 完成這項查詢。"),
    // WSA_E_CANCELLED
    own("查詢呼叫已取消。", "在 WSALookupServiceNext 呼叫仍在執行時呼叫了 WSALookupServiceEnd，因此這次查詢已取消。提早結束查詢時，出現這個結果是正常的。"),
    // WSAEREFUSED
    own("資料庫查詢遭拒。", "命名空間資料庫主動拒絕了這項查詢。伺服器或提供者可能不允許這項要求；請檢查權限以及查詢本身的內容。"),
    // WSAHOST_NOT_FOUND
    own("找不到主機。", "查無使用此名稱的主機：在所查詢的資料庫或 DNS 伺服器中，這個名稱既不是正式的主機名稱，也不是別名。請檢查名稱的拼寫與 DNS 設定；如果查詢的是通訊協定或服務，則表示該資料庫中查無此名稱。"),
    // WSATRY_AGAIN
    own("名稱查詢暫時失敗（非授權回應：找不到主機）。", "本機 DNS 伺服器沒有收到該名稱之授權伺服器的回應，因此這次名稱查詢未能完成。這種情況通常不會持續太久；請稍後再試，如果問題持續發生，請檢查網路連線與 DNS 伺服器。"),
    // WSANO_RECOVERY
    own("名稱查詢發生無法復原的錯誤。", "查詢發生了重試也無法解決的錯誤。可能是本機的資料庫檔案（hosts、services、protocols）遺失，或是 DNS 伺服器回應了嚴重錯誤；請檢查 DNS 設定。"),
    // WSANO_DATA
    own("名稱有效，但沒有所要求類型的資料。", "這個名稱存在，但沒有所要求類型的記錄。例如某部主機可能有郵件（MX）記錄，卻沒有位址（A 或 AAAA）記錄，因此無法直接以這個名稱連線到它。"),
    // WSA_QOS_RECEIVERS
    own("已有 QoS 接收端。", "已收到至少一個來自接收端的 QoS 保留要求（RSVP RESV 訊息）。這是狀態通知，並非錯誤。"),
    // WSA_QOS_SENDERS
    own("已有 QoS 傳送端。", "已收到至少一個來自傳送端的 QoS 路徑訊息（RSVP PATH 訊息）。這是狀態通知，並非錯誤。"),
    // WSA_QOS_NO_SENDERS
    own("沒有 QoS 傳送端。", "這個資料流已經沒有任何 QoS 傳送端。這是狀態通知；依賴這些傳送端的保留已不再適用。"),
    // WSA_QOS_NO_RECEIVERS
    own("沒有 QoS 接收端。", "這個資料流已經沒有任何 QoS 接收端。這是狀態通知；傳送端已經沒有需要履行的保留。"),
    // WSA_QOS_REQUEST_CONFIRMED
    own("QoS 要求已確認。", "網路已經確認這項 QoS 保留要求。這是表示成功的通知。"),
    // WSA_QOS_ADMISSION_FAILURE
    own("QoS 允入控制錯誤。", "由於路徑上的資源（例如頻寬）不足，這項 QoS 要求未能通過允入控制。請降低所要求的資源量，或稍後再試。"),
    // WSA_QOS_POLICY_FAILURE
    own("QoS 原則檢查失敗。", "原則系統無法依照目前的原則授予所要求的資源，因此拒絕了這項 QoS 要求。請檢查 QoS 原則，或洽詢系統管理員。"),
    // WSA_QOS_BAD_STYLE
    own("QoS 樣式錯誤。", "發現未知或互相衝突的 QoS 保留樣式。請檢查要求中指定的保留樣式。"),
    // WSA_QOS_BAD_OBJECT
    own("QoS 物件錯誤。", "FILTERSPEC 有問題，或提供者專用緩衝區整體有誤。請檢查傳給這次呼叫的 QoS 結構。"),
    // WSA_QOS_TRAFFIC_CTRL_ERROR
    own("QoS 流量控制錯誤。", "在本機套用通用 QoS 要求時，底層的流量控制（TC）介面發生錯誤。可能的原因包括記憶體不足，或 QoS 提供者發生內部錯誤。"),
    // WSA_QOS_GENERIC_ERROR
    own("QoS 一般錯誤。", "發生了一般的 QoS 錯誤，而且沒有更具體的錯誤碼。請檢查 QoS 要求以及提供者的狀態。"),
    // WSA_QOS_ESERVICETYPE
    own("QoS 服務類型錯誤。", "FLOWSPEC 中的服務類型無效或無法辨識。請使用已定義的服務類型之一，例如 SERVICETYPE_GUARANTEED 或 SERVICETYPE_CONTROLLEDLOAD。"),
    // WSA_QOS_EFLOWSPEC
    own("QoS 資料流規格錯誤。", "QOS 結構中的 FLOWSPEC 無效或內容不一致。請檢查其中的速率、大小與服務類型。"),
    // WSA_QOS_EPROVSPECBUF
    own("QoS 提供者緩衝區無效。", "隨 QoS 要求傳入的提供者專用緩衝區（ProviderSpecific）無效。請檢查它的大小與內容。"),
    // WSA_QOS_EFILTERSTYLE
    own("QoS 篩選器樣式無效。", "指定的 QoS 篩選器樣式無效。請使用支援的篩選器樣式。"),
    // WSA_QOS_EFILTERTYPE
    own("QoS 篩選器類型無效。", "指定的 QoS 篩選器類型無效。請使用支援的篩選器類型。"),
    // WSA_QOS_EFILTERCOUNT
    own("QoS 篩選器數目不正確。", "FLOWDESCRIPTOR 中指定的 FILTERSPEC 項目數目不正確。請讓數目與實際提供的篩選器相符。"),
    // WSA_QOS_EOBJLENGTH
    own("QoS 物件長度無效。", "QoS 提供者專用緩衝區中有某個物件的 ObjectLength 欄位無效。請檢查緩衝區中每個物件的長度。"),
    // WSA_QOS_EFLOWCOUNT
    own("QoS 資料流數目不正確。", "QOS 結構指定的資料流描述元數目不正確。請讓數目與實際提供的描述元相符。"),
    // WSA_QOS_EUNKOWNPSOBJ
    own("無法辨識的 QoS 物件。", "QoS 提供者專用緩衝區中含有提供者無法辨識其類型的物件。請移除該物件，或改用支援的物件類型。"),
    // WSA_QOS_EPOLICYOBJ
    own("QoS 原則物件無效。", "QoS 提供者專用緩衝區中含有無效的原則物件。請檢查緩衝區中的原則資料。"),
    // WSA_QOS_EFLOWDESC
    own("QoS 資料流描述元無效。", "資料流描述元清單中有某個項目無效。請逐一檢查要求中的每個資料流描述元（FLOWDESCRIPTOR）。"),
    // WSA_QOS_EPSFLOWSPEC
    own("提供者專用的 QoS 資料流規格無效。", "QoS 提供者專用緩衝區中含有無效或內容不一致的 FLOWSPEC。請檢查緩衝區中的資料流規格。"),
    // WSA_QOS_EPSFILTERSPEC
    own("提供者專用的 QoS 篩選器規格無效。", "QoS 提供者專用緩衝區中含有無效的 FILTERSPEC。請檢查緩衝區中的篩選器規格。"),
    // WSA_QOS_ESDMODEOBJ
    own("QoS 成形捨棄模式物件無效。", "QoS 提供者專用緩衝區中含有無效的成形捨棄模式物件（QOS_SD_MODE）。請檢查該物件中的模式值。"),
    // WSA_QOS_ESHAPERATEOBJ
    own("QoS 成形速率物件無效。", "QoS 提供者專用緩衝區中含有無效的成形速率物件（QOS_SHAPING_RATE）。請檢查該物件中指定的速率。"),
    // WSA_QOS_RESERVED_PETYPE
    own("QoS 原則元素類型為保留值。", "QoS 提供者專用緩衝區中含有類型為保留值的原則元素。請移除該元素，或改用允許的原則元素類型。"),
    // WSA_SECURE_HOST_NOT_FOUND
    own("安全名稱查詢找不到此主機。", "安全的名稱查詢（例如必須通過 DNSSEC 驗證的查詢）找不到這部主機。這個名稱可能不存在，或是未經正確簽署；請檢查名稱與 DNS 安全性設定。"),
    // WSA_IPSEC_NAME_POLICY_ERROR
    own("無法新增以名稱為基礎的 IPsec 原則。", "系統無法新增以主機名稱為基礎的 IPsec 原則。請檢查 IPsec 和連線安全性規則，以及其中的名稱設定。"),
];

static ZH_TW_LABELS: &[BakedLabel] = &[
    label("通訊端作業"),
    label("Unix 相容性"),
    label("啟動與服務提供者"),
    label("服務查詢"),
    label("名稱解析"),
    label("重疊 I/O 與事件"),
    label("服務品質（QoS）"),
    label("Winsock 錯誤碼"),
    label("其他語言"),
    label("依編號、名稱或字詞篩選清單"),
    label("查詢過長。"),
    label("名稱"),
    label("編號"),
    label("十六進位"),
    label("群組"),
    label("標題"),
    label("說明"),
];
