/** The studio's chrome in Arabic (studio.html), part of the Arabic catalog (../ar.ts). */
import type { Catalog } from '../../loadTranslator.ts';

const studio: Catalog = {
  'Select some words of the source text first.': 'حدّد أولًا بعض كلمات نص المصدر.',
  'Cited “{words}” for a new event (dated the publication day until you change it).':
    'اقتُبس «{words}» لحدث جديد (مؤرَّخ بيوم النشر إلى أن تغيّر تاريخه).',
  'Cited “{words}” for “{title}”.': 'اقتُبس «{words}» للحدث «{title}».',
  'Cite a passage': 'اقتبس مقطعًا',
  'Cite the selected words for': 'اقتبس الكلمات المحدَّدة لـ',
  'a new event': 'حدث جديد',
  'Cite the selection': 'اقتبس التحديد',
  '4. The draft’s events': '4. أحداث المسودة',
  'No events yet: add a proposed one, or cite a selected passage.':
    'لا أحداث بعد: أضف حدثًا مقترحًا، أو اقتبس مقطعًا محدَّدًا.',
  'Event {number}: {title}': 'الحدث {number, number}: {title}',
  'Event {number}: untitled': 'الحدث {number, number}: بلا عنوان',
  'Event title': 'عنوان الحدث',
  'Date (EDTF)': 'التاريخ (EDTF)',
  'Lanes (who acted, comma-separated)': 'المسارات (من قام بالفعل، مفصولة بفواصل)',
  'The date comes from': 'مصدر التاريخ',
  'the article, as stated': 'المقال، كما ورد فيه',
  'worked out from the article': 'مستنتج من المقال',
  'the public record': 'السجل العام',
  'Record (name it)': 'السجل (سمِّه)',
  'Basis (how it was worked out)': 'الأساس (كيف استُنتج)',
  Summary: 'الملخص',
  '(optional)': '(اختياري)',
  'Key event (its label is never shortened)': 'حدث رئيسي (لا يُختصر عنوانه أبدًا)',
  'Cited passages': 'المقاطع المقتبسة',
  'Remove this passage': 'أزل هذا المقطع',
  'Remove event {number}': 'أزل الحدث {number, number}',
  '3. Preview': '3. المعاينة',
  'The timeline appears here as soon as the draft has an event.':
    'يظهر الخط الزمني هنا حالما يكون في المسودة حدث.',
  'Valid: 1 event, every quote found in the article.':
    'صالح: حدث واحد، وكل اقتباس موجود في المقال.',
  'Valid: {count} events, every quote found in the article.':
    'صالح: {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}، وكل اقتباس موجود في المقال.',
  'The article with its cited passages': 'المقال مع مقاطعه المقتبسة',
  '1 problem to fix before the timeline can be drawn:':
    'مشكلة واحدة يجب إصلاحها قبل رسم الخط الزمني:',
  '{count} problems to fix before the timeline can be drawn:':
    '{count, plural, zero {لا مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}} يجب إصلاحها قبل رسم الخط الزمني:',
  'Paste or open the article first.': 'الصق المقال أو افتحه أولًا.',
  'Finding dates…': 'جارٍ البحث عن التواريخ…',
  'No date expressions found in this text. Select a passage to cite it by hand.':
    'لم يُعثر على تعبيرات تاريخ في هذا النص. حدّد مقطعًا لتقتبسه يدويًا.',
  '1 proposed event. Add the ones you want.': 'حدث مقترح واحد. أضف ما تريده.',
  '{count} proposed events. Add the ones you want.':
    '{count, plural, zero {لا أحداث مقترحة} one {حدث مقترح واحد} two {حدثان مقترحان} few {# أحداث مقترحة} many {# حدثًا مقترحًا} other {# حدث مقترح}}. أضف ما تريده منها.',
  'The date finder failed; reload the page to try again.':
    'فشل البحث عن التواريخ؛ أعد تحميل الصفحة لتحاول مجددًا.',
  '2. Dates in the article': '2. التواريخ في المقال',
  'Find dates': 'ابحث عن التواريخ',
  'Proposed events': 'الأحداث المقترحة',
  unsure: 'غير مؤكد',
  'Added to the draft': 'أُضيف إلى المسودة',
  'Add {date}: {expression}': 'أضف {date}: {expression}',
  Add: 'أضف',
  'Dismiss {date}: {expression}': 'استبعد {date}: {expression}',
  Dismiss: 'استبعد',
  'The importer did not load: reload the page to try again.':
    'لم تُحمَّل أداة الاستيراد: أعد تحميل الصفحة لتحاول مجددًا.',
  '1. The article': '1. المقال',
  Title: 'العنوان',
  Publisher: 'الناشر',
  Published: 'تاريخ النشر',
  Address: 'العنوان الإلكتروني',
  'The publication day: “last year” and “on Friday” are counted from it.':
    'يوم النشر: منه تُحسب «العام الماضي» و«يوم الجمعة».',
  'Open a .txt or .html file': 'افتح ملف ⁦.txt⁩ أو ⁦.html⁩',
  'Or open a dataset (ours, or TimelineJS .json or sheet .csv) to add citations to it':
    'أو افتح مجموعة بيانات (بصيغتنا، أو TimelineJS بصيغة ⁦.json⁩ أو جدول ⁦.csv⁩) لتضيف إليها اقتباسات',
  'Source text': 'نص المصدر',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them. The text is too long: at most {limit} characters.':
    'الصق المقال حرفيًا. حدّد الكلمات هنا (بالفأرة، أو بمفتاح Shift والأسهم) لتقتبسها. النص طويل جدًا: {limit} حرف على الأكثر.',
  'Paste the article word for word. Select words here (mouse, or Shift and the arrow keys) to cite them.':
    'الصق المقال حرفيًا. حدّد الكلمات هنا (بالفأرة، أو بمفتاح Shift والأسهم) لتقتبسها.',
  'Sourceline Studio': 'Sourceline Studio',
  'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.':
    'اصنع خطًا زمنيًا لمقالك: الصقه، وابحث عن تواريخه، وأضف الأحداث، ونزّل مجموعة البيانات. كل حدث يقتبس كلمات المقال نفسها. تبقى مسوداتك في هذا المتصفح وتُحفظ أثناء الكتابة.',
  'Opening your drafts…': 'جارٍ فتح مسوداتك…',
  Undo: 'تراجع',
  Redo: 'إعادة',
  'Download dataset': 'تنزيل مجموعة البيانات',
  'Open the reader': 'افتح صفحة القراءة',
  'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.':
    'أدخل أولًا يوم النشر بالصيغة YYYY-MM-DD (مثل 2023-03-17): فالتواريخ النسبية تعتمد عليه.',
  'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.':
    'النص أطول من أن يُبحث فيه عن التواريخ ({length} حرف؛ والحد {limit}). قسّمه، أو اقتبس المقاطع بتحديدها.',
  'The date finder failed to start; reload the page to try again.':
    'تعذّر بدء البحث عن التواريخ؛ أعد تحميل الصفحة لتحاول مجددًا.',
  'Add at least one event before downloading.': 'أضف حدثًا واحدًا على الأقل قبل التنزيل.',
  'Fix the problem listed in the preview first.': 'أصلح أولًا المشكلة المذكورة في المعاينة.',
  'Fix the {count} problems listed in the preview first.':
    'أصلح أولًا {count, plural, zero {المشكلات} one {المشكلة} two {المشكلتين} few {المشكلات الـ#} many {المشكلات الـ#} other {المشكلات الـ#}} المذكورة في المعاينة.',
  'Downloaded {name}: open it in the reader with ?data=, or check it with npm run validate.':
    'نُزّل {name}: افتحه في صفحة القراءة باستخدام ?data=‎، أو افحصه بالأمر npm run validate.',
  'the file': 'الملف',
  'This is not a Sourceline dataset ({where}: {problem}).':
    'هذه ليست مجموعة بيانات Sourceline ‏({where}: {problem}).',
  'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.':
    'تستشهد مجموعة البيانات هذه بـ{count, plural, zero {لا مصادر} one {مصدر واحد} two {مصدرين} few {# مصادر} many {# مصدرًا} other {# مصدر}}، والاستوديو لا يحرّر حتى الآن إلا الخطوط الزمنية ذات المصدر الواحد. افتحها في صفحة القراءة، أو حرّر ملف JSON الخاص بها.',
  'Untitled draft': 'مسودة بلا عنوان',
  'Your drafts': 'مسوداتك',
  'New draft': 'مسودة جديدة',
  Drafts: 'المسودات',
  '{title} (open)': '{title} (مفتوحة)',
  'Open “{title}”': 'افتح «{title}»',
  'changed {date}': 'عُدّلت في {date}',
  'Delete “{title}”': 'احذف «{title}»',
  Delete: 'احذف',
  'Deleted “{title}”.': 'حُذفت «{title}».',
  'Restore it': 'استعدها',
  'This browser cannot keep drafts (no IndexedDB here): your work will be lost on reload. Download the dataset to keep it.':
    'لا يستطيع هذا المتصفح حفظ المسودات (لا يتوفر IndexedDB هنا): سيضيع عملك عند إعادة التحميل. نزّل مجموعة البيانات لتحتفظ به.',
  'The draft could not be saved (the browser’s storage is full, or refuses it in a private window): download the dataset to keep your work.':
    'تعذّر حفظ المسودة (مساحة تخزين المتصفح ممتلئة، أو يرفض الحفظ في نافذة خاصة): نزّل مجموعة البيانات لتحتفظ بعملك.',
  'Your saved drafts could not be read: this draft is not being saved. Download the dataset to keep your work.':
    'تعذّرت قراءة مسوداتك المحفوظة: هذه المسودة لا تُحفظ. نزّل مجموعة البيانات لتحتفظ بعملك.',
  '“{name}” {reason}; nothing was changed.': '«{name}»: {reason}؛ لم يتغيّر شيء.',
  '“{name}” is not valid JSON ({error}); nothing was changed.':
    '«{name}» ليس JSON صالحًا ({error})؛ لم يتغيّر شيء.',
  'Opened “{name}”. Now open or paste its source text, “{file}”. (Undo brings the previous draft back.)':
    'فُتح «{name}». افتح الآن نص مصدره «{file}» أو الصقه. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” with its source text. (Undo brings the previous draft back.)':
    'فُتح «{name}» مع نص مصدره. (التراجع يعيد المسودة السابقة.)',
  '“{name}” (a TimelineJS sheet) could not be read: {problem}; nothing was changed.':
    'تعذّرت قراءة «{name}» (جدول TimelineJS): {problem}؛ لم يتغيّر شيء.',
  '“{name}” (TimelineJS JSON) could not be read: {problem}; nothing was changed.':
    'تعذّرت قراءة «{name}» (JSON من TimelineJS): {problem}؛ لم يتغيّر شيء.',
  'Opened “{name}” (a TimelineJS sheet): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (جدول TimelineJS): حدث واحد. افتح الآن المقال الذي جاء منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” (a TimelineJS sheet): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (جدول TimelineJS): {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}. افتح الآن المقال الذي جاءت منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” (TimelineJS JSON): 1 event. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (JSON من TimelineJS): حدث واحد. افتح الآن المقال الذي جاء منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  'Opened “{name}” (TimelineJS JSON): {count} events. Now open or paste the article it comes from, with its publication day, and cite each event’s passage. (Undo brings the previous draft back.)':
    'فُتح «{name}» (JSON من TimelineJS): {count, plural, zero {لا أحداث} one {حدث واحد} two {حدثان} few {# أحداث} many {# حدثًا} other {# حدث}}. افتح الآن المقال الذي جاءت منه أو الصقه، مع يوم نشره، واقتبس مقطع كل حدث. (التراجع يعيد المسودة السابقة.)',
  '{message} Nothing was changed.': '{message} لم يتغيّر شيء.',
  '“{name}” is too large ({size} MB); open a file under 20 MB.':
    '«{name}» كبير جدًا ({size, number} ميغابايت)؛ افتح ملفًا أصغر من 20 ميغابايت.',
  '“{name}” could not be read.': 'تعذّرت قراءة «{name}».',
  '“{name}” is not a text file (it looks like binary data); nothing was changed.':
    '«{name}» ليس ملفًا نصيًا (يبدو أنه بيانات ثنائية)؛ لم يتغيّر شيء.',
  '“{name}” holds no words; nothing was changed.': '«{name}» لا يحتوي على كلمات؛ لم يتغيّر شيء.',
  '“{name}” is too long ({length} characters; the limit is {limit}).':
    '«{name}» طويل جدًا ({length} حرف؛ والحد {limit}).',
  'Opened “{name}” (its markup was removed: only the words are kept).':
    'فُتح «{name}» (أُزيلت الوسوم: لم يُحتفظ إلا بالكلمات).',
  'Opened “{name}”.': 'فُتح «{name}».',
  'That is not a web address.': 'هذا ليس عنوان ويب.',
  'The reader loads datasets only from its own site ({origin}): publish the file there.':
    'لا تحمّل صفحة القراءة مجموعات البيانات إلا من موقعها ({origin}): انشر الملف هناك.',
  'Embed it in a page': 'ضمّنه في صفحة',
  'Address the dataset will be published at': 'العنوان الذي ستُنشر عليه مجموعة البيانات',
  'Download the dataset, put the file on the same site as the reader, and give its address here: the snippet opens it in the reader with {data}. Paste the snippet into your page’s HTML.':
    'نزّل مجموعة البيانات، وضع الملف على موقع صفحة القراءة نفسه، وأدخل عنوانه هنا: تفتحه الشيفرة في صفحة القراءة باستخدام {data}. الصق الشيفرة في HTML صفحتك.',
  'Embed snippet': 'شيفرة التضمين',
  'Copy the embed snippet': 'انسخ شيفرة التضمين',
  'Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).':
    'نُزّل {name}: مجلد مجموعة بيانات (timeline.json وsource.txt وREADME.md).',
  'The zip could not be made (its code did not load): try again, or download the dataset.':
    'تعذّر إنشاء ملف zip (لم تُحمَّل شيفرته): حاول مجددًا، أو نزّل مجموعة البيانات.',
  'Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).':
    'نُزّل {name}: تعليق توضيحي واحد (W3C Web Annotation، JSON-LD).',
  'Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).':
    'نُزّل {name}: {count, plural, zero {لا تعليقات توضيحية} one {تعليق توضيحي واحد} two {تعليقان توضيحيان} few {# تعليقات توضيحية} many {# تعليقًا توضيحيًا} other {# تعليق توضيحي}} (W3C Web Annotation، JSON-LD).',
  '5. Publish': '5. النشر',
  'Download zip': 'تنزيل zip',
  'Download annotations': 'تنزيل التعليقات التوضيحية',
  'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.':
    'ملف zip مجلد مجموعة بيانات لمستودع؛ والتعليقات التوضيحية هي كل الاقتباسات بصيغة W3C Web Annotations ‏(JSON-LD)، لأدوات التعليق التوضيحي.',
  'Untitled article': 'مقال بلا عنوان',
  'Sourceline Studio — make a cited timeline': 'Sourceline Studio — أنشئ خطًا زمنيًا موثقًا',
};
export default studio;
