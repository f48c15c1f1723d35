<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalystPanel</name>
    <message>
        <source>Now: a tie (margin %1).</source>
        <translation>当前：打平（差距 %1）。</translation>
    </message>
    <message>
        <source>Now: %1, ahead by %2.</source>
        <translation>当前：%1，领先 %2。</translation>
    </message>
    <message>
        <source>Not answered: no weight to change.</source>
        <translation>未回答：没有可调整的权重。</translation>
    </message>
    <message>
        <source>The result becomes %1 at %2.</source>
        <translation>在 %2 时结果变为：%1。</translation>
    </message>
    <message>
        <source>The result stays between %1 and %2.</source>
        <translation>在 %1 到 %2 之间结果不变。</translation>
    </message>
    <message>
        <source>Analyst mode</source>
        <translation>分析师模式</translation>
    </message>
    <message>
        <source>How much each criterion counts (×1 is the document&apos;s weight). Below each: the importance at which the recommendation changes.</source>
        <translation>每项标准所占的分量（×1 为文档给出的权重）。每项下方：推荐结果发生变化时的重要性。</translation>
    </message>
    <message>
        <source>Importance of %1</source>
        <translation>%1 的重要性</translation>
    </message>
    <message>
        <source>&amp;Reset Weights</source>
        <translation>重置权重(&amp;R)</translation>
    </message>
</context>
<context>
    <name>AnswersFile</name>
    <message>
        <source>%1: over %2 KiB; answer files are small</source>
        <translation>%1：超过 %2 KiB；回答文件应当很小</translation>
    </message>
    <message>
        <source>%1:1:1: the file is empty; expected {&quot;QUESTION&quot;: &quot;OPTION&quot;, ...}</source>
        <translation>%1:1:1: 文件为空；应为 {&quot;QUESTION&quot;: &quot;OPTION&quot;, ...}</translation>
    </message>
    <message>
        <source>%1:%2:%3: %4</source>
        <translation>%1:%2:%3: %4</translation>
    </message>
    <message>
        <source>%1: /: expected an object {&quot;QUESTION&quot;: &quot;OPTION&quot;, ...}</source>
        <translation>%1: /: 应为对象 {&quot;QUESTION&quot;: &quot;OPTION&quot;, ...}</translation>
    </message>
    <message>
        <source>%1: /%2: expected an option id (a string)</source>
        <translation>%1: /%2: 应为选项 ID（字符串）</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>未指定文件名</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>cannot write %1: the file was not opened</source>
        <translation>无法写入 %1：文件未打开</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>chart export is not available in this build (chart &quot;%1&quot;)</source>
        <translation>此版本不支持导出图表（图表“%1”）</translation>
    </message>
    <message>
        <source>matrix export is not available in this build (%1)</source>
        <translation>此版本不支持导出对比矩阵（%1）</translation>
    </message>
    <message>
        <source>report export is not available in this build (%1)</source>
        <translation>此版本不支持导出报告（%1）</translation>
    </message>
    <message>
        <source>Versus explores the DeepSeek vs Qwen comparison: the feature matrix, benchmark charts, a recommendation wizard and a PDF report.

Headless modes need no display and print nothing but their result. Exit status: 0 success, 1 bad input, 2 usage error.</source>
        <translation>Versus 用于探索 DeepSeek 与 Qwen 的对比：功能矩阵、基准测试图表、推荐向导和 PDF 报告。

无界面模式不需要显示器，只输出结果。退出状态：0 成功，1 输入有误，2 用法错误。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Use FILE instead of the bundled dataset.</source>
        <translation>使用 FILE 代替内置数据集。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Language: en or zh_CN (default: the system locale, else en).</source>
        <translation>界面语言：en 或 zh_CN（默认跟随系统区域设置，否则为 en）。</translation>
    </message>
    <message>
        <source>LOCALE</source>
        <translation>LOCALE</translation>
    </message>
    <message>
        <source>Check a dataset; print ok with counts, or one located line per problem.</source>
        <translation>检查数据集；通过时输出 ok 及各项数量，否则每个问题输出一行并注明位置。</translation>
    </message>
    <message>
        <source>List the charts, one line each: ID&lt;TAB&gt;title.</source>
        <translation>列出图表，每行一个：ID&lt;TAB&gt;标题。</translation>
    </message>
    <message>
        <source>Export chart ID to OUT (.pdf, .svg or .png): --export-chart ID OUT.</source>
        <translation>将图表 ID 导出到 OUT（.pdf、.svg 或 .png）：--export-chart ID OUT。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Export the feature matrix to OUT (.csv or .json).</source>
        <translation>将功能矩阵导出到 OUT（.csv 或 .json）。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Export the whole report to OUT.pdf.</source>
        <translation>将完整报告导出到 OUT.pdf。</translation>
    </message>
    <message>
        <source>OUT.pdf</source>
        <translation>OUT.pdf</translation>
    </message>
    <message>
        <source>List the wizard&apos;s questions: QID&lt;TAB&gt;OPTION,...&lt;TAB&gt;text.</source>
        <translation>列出向导的问题：QID&lt;TAB&gt;OPTION,...&lt;TAB&gt;文本。</translation>
    </message>
    <message>
        <source>Print a recommendation for the given answers.</source>
        <translation>根据给定的回答输出推荐结果。</translation>
    </message>
    <message>
        <source>Answer a question (repeatable), with --recommend or --export-report.</source>
        <translation>回答一个问题（可重复使用），与 --recommend 或 --export-report 一起使用。</translation>
    </message>
    <message>
        <source>QID=OPTION</source>
        <translation>QID=OPTION</translation>
    </message>
    <message>
        <source>Read answers from a JSON file {&quot;QID&quot;: &quot;OPTION&quot;, ...}.</source>
        <translation>从 JSON 文件读取回答 {&quot;QID&quot;: &quot;OPTION&quot;, ...}。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>With --recommend: print JSON.</source>
        <translation>与 --recommend 一起使用：以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>A dataset to open in the main window.</source>
        <translation>要在主窗口中打开的数据集。</translation>
    </message>
    <message>
        <source>choose one mode, not %1</source>
        <translation>只能选择一种模式，不能同时使用 %1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 被指定了多次</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use en or zh_CN</source>
        <translation>未知语言“%1”；请使用 en 或 zh_CN</translation>
    </message>
    <message>
        <source>--answer and --answers go with --recommend or --export-report</source>
        <translation>--answer 和 --answers 需与 --recommend 或 --export-report 一起使用</translation>
    </message>
    <message>
        <source>--json goes with --recommend</source>
        <translation>--json 需与 --recommend 一起使用</translation>
    </message>
    <message>
        <source>--export-chart takes a chart id and an output file: --export-chart ID OUT</source>
        <translation>--export-chart 需要一个图表 ID 和一个输出文件：--export-chart ID OUT</translation>
    </message>
    <message>
        <source>open one dataset at a time</source>
        <translation>一次只能打开一个数据集</translation>
    </message>
    <message>
        <source>give the dataset either as FILE.json or with --data, not both</source>
        <translation>请以 FILE.json 或 --data 之一指定数据集，不要同时使用</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>%1: ok (%2)</source>
        <translation>%1: ok (%2)</translation>
    </message>
    <message>
        <source>%1: cannot be loaded</source>
        <translation>%1：无法加载</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s); run --validate)</source>
        <translation>
            <numerusform>（另有 %n 个问题；请运行 --validate）</numerusform>
        </translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>打平</translation>
    </message>
    <message>
        <source>versus: --answer takes QUESTION=OPTION, not &quot;%1&quot;</source>
        <translation>versus: --answer 的格式为 QUESTION=OPTION，而不是“%1”</translation>
    </message>
    <message>
        <source>Recommendation: a tie (margin %1)</source>
        <translation>推荐结果：打平（差距 %1）</translation>
    </message>
    <message>
        <source>Recommendation: %1 (margin %2)</source>
        <translation>推荐结果：%1（差距 %2）</translation>
    </message>
    <message>
        <source>Scores:</source>
        <translation>得分：</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>none: no answer favours a family</source>
        <translation>无：没有任何回答偏向某个模型家族</translation>
    </message>
    <message>
        <source>What would change it:</source>
        <translation>可改变结果的回答：</translation>
    </message>
    <message>
        <source>no single answer change</source>
        <translation>改变任何单个回答都不会改变结果</translation>
    </message>
</context>
<context>
    <name>DatasetLoader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为%1，实际为%2</translation>
    </message>
    <message>
        <source>missing required field &quot;%1&quot;</source>
        <translation>缺少必填字段“%1”</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (expected %2)</source>
        <translation>“%1”不是有效的 ID（应符合 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code</source>
        <translation>“%1”不是语言代码</translation>
    </message>
    <message>
        <source>no %1 text</source>
        <translation>缺少 %1 文本</translation>
    </message>
    <message>
        <source>%1 is out of range [%2, %3]</source>
        <translation>%1 超出范围 [%2, %3]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在 %2 之中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour #RRGGBB</source>
        <translation>“%1”不是 #RRGGBB 格式的颜色</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (first at %2)</source>
        <translation>ID“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>&quot;tie&quot; is reserved and cannot name a family</source>
        <translation>“tie”为保留字，不能用作模型家族的 ID</translation>
    </message>
    <message>
        <source>a cell needs at least one statement</source>
        <translation>每个单元格至少需要一条陈述</translation>
    </message>
    <message>
        <source>valueMax is below value</source>
        <translation>valueMax 小于 value</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month YYYY-MM</source>
        <translation>“%1”不是 YYYY-MM 格式的月份</translation>
    </message>
    <message>
        <source>more active than total parameters</source>
        <translation>激活参数量大于总参数量</translation>
    </message>
    <message>
        <source>a question needs at least one option</source>
        <translation>每个问题至少需要一个选项</translation>
    </message>
    <message>
        <source>claim check</source>
        <translation>说法核查</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot;</source>
        <translation>未知的%1“%2”</translation>
    </message>
    <message>
        <source>unknown passage &quot;%1&quot;</source>
        <translation>未知段落“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not occur in passage &quot;%2&quot;</source>
        <translation>“%1”未出现在段落“%2”中</translation>
    </message>
    <message>
        <source>no cell for family &quot;%1&quot;</source>
        <translation>缺少模型家族“%1”的单元格</translation>
    </message>
    <message>
        <source>a comparison needs at least two families</source>
        <translation>对比至少需要两个模型家族</translation>
    </message>
    <message>
        <source>at least one status is needed</source>
        <translation>至少需要一个确定程度</translation>
    </message>
    <message>
        <source>%1 families, %2 dimensions, %3 sections, %4 paragraphs, %5 verdicts, %6 figures, %7 models, %8 scores, %9 sources, %10 claim checks, %11 questions, %12 charts; languages %13</source>
        <translation>%1 个模型家族，%2 个维度，%3 个章节，%4 个段落，%5 条结论，%6 个数字，%7 个模型，%8 项得分，%9 个来源，%10 项说法核查，%11 个问题，%12 张图表；语言 %13</translation>
    </message>
    <message>
        <source>is a folder, not a dataset file</source>
        <translation>是文件夹，不是数据集文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is %1 MiB; datasets over %2 MiB are refused</source>
        <translation>大小为 %1 MiB；超过 %2 MiB 的数据集将被拒绝</translation>
    </message>
    <message>
        <source>is over %1 MiB; such datasets are refused</source>
        <translation>超过 %1 MiB；此类数据集将被拒绝</translation>
    </message>
    <message>
        <source>the file is empty; expected a JSON object</source>
        <translation>文件为空；应为 JSON 对象</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>expected an object at the top level</source>
        <translation>顶层应为对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Versus dataset (expected &quot;versus-dataset&quot;)</source>
        <translation>“%1”不是 Versus 数据集（应为“versus-dataset”）</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is listed twice</source>
        <translation>语言“%1”被列出了两次</translation>
    </message>
    <message>
        <source>at least one language is needed</source>
        <translation>至少需要一种语言</translation>
    </message>
    <message>
        <source>duplicate paragraph id &quot;%1&quot; (first at %2)</source>
        <translation>段落 ID“%1”重复（首次出现于 %2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is reserved for an unanswered question</source>
        <translation>“%1”为保留字，表示未回答的问题</translation>
    </message>
    <message>
        <source>name at least one option</source>
        <translation>请至少列出一个选项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a question asked before this one</source>
        <translation>“%1”不是在此问题之前提出的问题</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;</source>
        <translation>问题“%1”没有选项“%2”</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Tie</source>
        <translation>平手</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配（Shift+F3）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配（F3）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配</translation>
    </message>
    <message>
        <source>Close find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>第 %1 个，共 %n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;%1&lt;/i&gt;: %2</source>
        <comment>a statement&apos;s status, then the statement</comment>
        <translation>&lt;i&gt;%1&lt;/i&gt;：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The dataset could not be opened; the one shown before stays open. Correct these problems and open it again:</source>
        <translation>无法打开该数据集；之前显示的数据集保持打开。请修正以下问题后重新打开：</translation>
    </message>
    <message>
        <source>The dataset could not be opened; the bundled dataset is shown instead. Correct these problems and open it again:</source>
        <translation>无法打开该数据集；现改为显示内置数据集。请修正以下问题后重新打开：</translation>
    </message>
    <message>
        <source>Opened %1 (version %2)</source>
        <translation>已打开：%1（版本 %2）</translation>
    </message>
    <message>
        <source>the bundled dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>Versus — %1</source>
        <translation>Versus — %1</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Dataset…</source>
        <translation>打开数据集(&amp;O)…</translation>
    </message>
    <message>
        <source>Open another Versus dataset (JSON)</source>
        <translation>打开另一个 Versus 数据集（JSON）</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Bundled Dataset</source>
        <translation>打开内置数据集(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>下一个标签页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>上一个标签页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Versus &amp;Help</source>
        <translation>Versus 帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Versus</source>
        <translation>关于 Versus(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Open Dataset</source>
        <translation>打开数据集</translation>
    </message>
    <message>
        <source>Versus datasets (*.json);;All files (*)</source>
        <translation>Versus 数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Versus %1&lt;/h3&gt;&lt;p&gt;Explore the DeepSeek vs Qwen comparison and decide which model family fits what you build.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Versus %1&lt;/h3&gt;&lt;p&gt;探索 DeepSeek 与 Qwen 的对比，判断哪个模型家族更适合你要构建的东西。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Dataset: %1, version %2&lt;br&gt;%3&lt;br&gt;SHA-256: &lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据集：%1，版本 %2&lt;br&gt;%3&lt;br&gt;SHA-256：&lt;code&gt;%4&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>bundled with Versus</source>
        <translation>Versus 内置</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Sources: the comparison document, and %n public source(s):&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;来源：对比文档，以及 %n 个公开来源：&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>About Versus</source>
        <translation>关于 Versus</translation>
    </message>
    <message>
        <source>Versus Help</source>
        <translation>Versus 帮助</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Versus&lt;/h2&gt;&lt;p&gt;Versus lays out the comparison of the DeepSeek and Qwen model families: every statement with where it comes from and how sure it is.&lt;/p&gt;&lt;h3&gt;Views&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Document&lt;/b&gt;: the comparison as written. The contents on the left jump to a section; Ctrl+F finds text, F3 and Shift+F3 move between matches.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recommend&lt;/b&gt;: a few questions about your project lead to a recommendation, with the passages behind each reason and the answers that would change it; Analyst Mode weighs each criterion. Ctrl+E exports it as a PDF.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;How sure a statement is&lt;/h3&gt;&lt;p&gt;The document separates what it states from what is reported, rumored or anticipated; Versus keeps that distinction everywhere, and marks vendors&apos; own benchmark numbers as vendor-reported.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ctrl+O open a dataset, Ctrl+Q quit&lt;/li&gt;&lt;li&gt;Ctrl+PgDown / Ctrl+PgUp next and previous tab&lt;/li&gt;&lt;li&gt;Ctrl+F find, F1 this help&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Datasets&lt;/h3&gt;&lt;p&gt;Another dataset can be opened with File → Open Dataset…, by dropping a JSON file on the window, or with &lt;code&gt;versus FILE.json&lt;/code&gt;. &lt;code&gt;versus --validate FILE&lt;/code&gt; checks one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Versus&lt;/h2&gt;&lt;p&gt;Versus 逐条呈现 DeepSeek 与 Qwen 两个模型家族的对比：每条陈述都注明出处和确定程度。&lt;/p&gt;&lt;h3&gt;视图&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;文档&lt;/b&gt;：对比文档原文。左侧目录可跳转到各章节；Ctrl+F 查找文本，F3 和 Shift+F3 在匹配项之间移动。&lt;/li&gt;&lt;li&gt;&lt;b&gt;推荐&lt;/b&gt;：回答几个关于你项目的问题即可得到推荐结果，每条理由都附有所依据的文档段落，并列出哪些回答会改变结果；分析师模式可为每项标准设定权重。Ctrl+E 将其导出为 PDF。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;陈述的确定程度&lt;/h3&gt;&lt;p&gt;文档区分了明确陈述的内容与据报道、传闻或预期的内容；Versus 处处保留这一区分，并将厂商自己发布的基准测试数字标为“厂商自报”。&lt;/p&gt;&lt;h3&gt;快捷键&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ctrl+O 打开数据集，Ctrl+Q 退出&lt;/li&gt;&lt;li&gt;Ctrl+PgDown / Ctrl+PgUp 切换到下一个/上一个标签页&lt;/li&gt;&lt;li&gt;Ctrl+F 查找，F1 打开本帮助&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;数据集&lt;/h3&gt;&lt;p&gt;可以通过“文件 → 打开数据集…”、将 JSON 文件拖放到窗口上，或使用 &lt;code&gt;versus FILE.json&lt;/code&gt; 打开其他数据集。&lt;code&gt;versus --validate FILE&lt;/code&gt; 可检查数据集。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Leave this out; it favours neither family.</source>
        <translation>不考虑此项；不偏向任何一个模型家族。</translation>
    </message>
</context>
<context>
    <name>RecommendWizard</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Your answers from last time are filled in (%1 answered).</source>
        <translation>已填入你上次的回答（已回答 %1 项）。</translation>
    </message>
    <message>
        <source>Export Recommendation</source>
        <translation>导出推荐结果</translation>
    </message>
    <message>
        <source>recommendation.pdf</source>
        <translation>推荐结果.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Exported the recommendation to %1</source>
        <translation>已将推荐结果导出到 %1</translation>
    </message>
    <message>
        <source>Save Answers</source>
        <translation>保存回答</translation>
    </message>
    <message>
        <source>answers.json</source>
        <translation>回答.json</translation>
    </message>
    <message>
        <source>Answers (*.json)</source>
        <translation>回答 (*.json)</translation>
    </message>
    <message>
        <source>Saved the answers to %1</source>
        <translation>已将回答保存到 %1</translation>
    </message>
    <message>
        <source>Load Answers</source>
        <translation>加载回答</translation>
    </message>
    <message>
        <source>Answers (*.json);;All files (*)</source>
        <translation>回答 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loaded the answers from %1</source>
        <translation>已从 %1 加载回答</translation>
    </message>
    <message>
        <source>Which model family fits what you build?</source>
        <translation>哪个模型家族适合你要构建的项目？</translation>
    </message>
    <message>
        <source>A few questions about your project (%1 at most) lead to a recommendation that you can defend: each reason points to the words of the document it rests on, and the result shows which answer would change it.

Any question can be answered &quot;No preference&quot;. Your answers are kept for next time.</source>
        <translation>回答几个关于你项目的问题（最多 %1 个），即可得到一份有理有据的推荐：每条理由都指向其所依据的文档原文，结果还会显示改变哪个回答会改变推荐。

任何问题都可以回答“无偏好”。你的回答会保留到下次使用。</translation>
    </message>
    <message>
        <source>&amp;Load Answers…</source>
        <translation>加载回答(&amp;L)…</translation>
    </message>
    <message>
        <source>See the &amp;Result</source>
        <translation>查看结果(&amp;R)</translation>
    </message>
    <message>
        <source>Your recommendation</source>
        <translation>你的推荐结果</translation>
    </message>
    <message>
        <source>Follow a reason&apos;s quote to read it in the document.</source>
        <translation>点击理由中的引文，即可在文档中阅读原文。</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export this recommendation as a PDF (Ctrl+E)</source>
        <translation>将此推荐结果导出为 PDF（Ctrl+E）</translation>
    </message>
    <message>
        <source>&amp;Save Answers…</source>
        <translation>保存回答(&amp;S)…</translation>
    </message>
    <message>
        <source>Start &amp;Over</source>
        <translation>重新开始(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Analyst Mode</source>
        <translation>分析师模式(&amp;A)</translation>
    </message>
    <message>
        <source>Weigh each criterion and see where the winner changes</source>
        <translation>为每项标准设定权重，查看胜出方在何处改变</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐结果</translation>
    </message>
</context>
<context>
    <name>RecommendationReport</name>
    <message>
        <source>a tie</source>
        <translation>打平</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>No clear winner: a tie</source>
        <translation>没有明显胜出方：打平</translation>
    </message>
    <message>
        <source>Neither family leads by at least %1 points on your answers; the flips below show which answer would decide it.</source>
        <translation>根据你的回答，没有任何一个模型家族领先至少 %1 分；下方列出的改变会显示哪个回答能决定结果。</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>推荐：%1</translation>
    </message>
    <message>
        <source>Lead over the runner-up: %1.</source>
        <translation>领先第二名：%1。</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>No answer favours either family yet.</source>
        <translation>目前还没有任何回答偏向任何一个模型家族。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The document&apos;s verdict: %1</source>
        <translation>文档结论：%1</translation>
    </message>
    <message>
        <source>Best for this: %1</source>
        <translation>最适合：%1</translation>
    </message>
    <message>
        <source>What would change the answer</source>
        <translation>什么会改变推荐结果</translation>
    </message>
    <message>
        <source>No single change of answer changes the recommendation.</source>
        <translation>改变任何单个回答都不会改变推荐结果。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>你的回答</translation>
    </message>
    <message>
        <source>importance ×%1</source>
        <translation>重要性 ×%1</translation>
    </message>
    <message>
        <source>Source: %1 (dataset %2, version %3). Every weight is derived from the document; each reason names the words it rests on.</source>
        <translation>来源：%1（数据集 %2，版本 %3）。每项权重都源自文档；每条理由都注明了其所依据的原文。</translation>
    </message>
    <message>
        <source>Versus recommendation · %1 · %2</source>
        <translation>Versus 推荐结果 · %1 · %2</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>推荐结果：%1</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Lead over the runner-up: %1. The document calls it %2.</source>
        <translation>领先第二名：%1。文档称之为%2。</translation>
    </message>
</context>
<context>
    <name>Recommender</name>
    <message>
        <source>unknown question &quot;%1&quot;; the questions are: %2</source>
        <translation>未知问题“%1”；可用的问题有：%2</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; has no option &quot;%2&quot;; its options are: %3, %4</source>
        <translation>问题“%1”没有选项“%2”；它的选项有：%3, %4</translation>
    </message>
</context>
</TS>
