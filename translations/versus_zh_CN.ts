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
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Within ±%1 of these weights, first in %2 random draws: %3.</source>
        <translation>在这些权重 ±%1 的范围内，%2 次随机抽样中排第一的比例：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>No single weight between %1 and %2 changes the winner.</source>
        <translation>在 %1 到 %2 之间，改变任何单个权重都不会改变胜出者。</translation>
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
    <message>
        <source>unknown member; expected one of %1</source>
        <translation>未知成员；应为 %1 之一</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的数</translation>
    </message>
    <message>
        <source>expected an id (a string)</source>
        <translation>应为一个 ID（字符串）</translation>
    </message>
    <message>
        <source>/%1: expected an object</source>
        <translation>/%1：应为一个对象</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>BackNavigation</name>
    <message>
        <source>&amp;Back to %1</source>
        <translation>返回%1(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Return to where you were before a link opened another tab (Alt+Left)</source>
        <translation>回到链接打开另一个标签页之前所在的位置（Alt+左方向键）</translation>
    </message>
</context>
<context>
    <name>ChangesDialog</name>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Nothing changed between %1 and the dataset shown.</source>
        <translation>%1 与当前显示的数据集之间没有变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) from %1 to the dataset shown (+ added, − removed, ~ changed):</source>
        <translation>
            <numerusform>从 %1 到当前显示的数据集共有 %n 处变化（+ 新增，− 删除，~ 更改）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>What (by ids)</source>
        <translation>对象（按 ID）</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>+ added</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>− removed</source>
        <translation>− 删除</translation>
    </message>
    <message>
        <source>~ changed</source>
        <translation>~ 更改</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>solid</source>
        <translation>实心</translation>
    </message>
    <message>
        <source>pale with a border</source>
        <translation>浅色带边框</translation>
    </message>
    <message>
        <source>dashed outline, no fill</source>
        <translation>虚线轮廓、无填充</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2（%3）</translation>
    </message>
    <message>
        <source>How sure: %1.</source>
        <translation>确定程度：%1。</translation>
    </message>
    <message>
        <source>%1B</source>
        <translation>%1B</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>%1, billions (log scale): a size, not a score</source>
        <translation>%1（十亿，对数刻度）：表示规模，而非得分</translation>
    </message>
    <message>
        <source>%1, billions: a size, not a score</source>
        <translation>%1（十亿）：表示规模，而非得分</translation>
    </message>
    <message>
        <source>Not plotted, a size not stated by the source: %1.</source>
        <translation>未绘制（来源未说明规模）：%1。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>%1: %2 %3
How sure: %4
The document: “%5”</source>
        <translation>%1：%2 %3
确定程度：%4
文档原文：“%5”</translation>
    </message>
    <message>
        <source>%1: %2 (passage %3)</source>
        <translation>%1：%2（段落 %3）</translation>
    </message>
    <message>
        <source>neither better nor worse</source>
        <translation>无好坏之分</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>value in the unit each label names: %1</source>
        <translation>数值单位见各标签：%1</translation>
    </message>
    <message>
        <source>Source: the document itself. %1.</source>
        <translation>来源：文档本身。%1。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source> reported by %1</source>
        <translation>，由 %1 报告</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>%1 · %2 on %3: %4 %5
Reported by %6 in %7 (%8)
Setting: %9
How sure: %10</source>
        <translation>%1 · %2，%3：%4 %5
由 %6 在 %7（%8）中报告
设置：%9
确定程度：%10</translation>
    </message>
    <message>
        <source>not stated by the source</source>
        <translation>来源未说明</translation>
    </message>
    <message>
        <source>[%1] %2, reported by %3</source>
        <translation>[%1] %2，由 %3 报告</translation>
    </message>
    <message>
        <source>no score reported</source>
        <translation>未报告得分</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
    <message>
        <source>Who reported each score: %1.</source>
        <translation>各得分的报告方：%1。</translation>
    </message>
    <message>
        <source>* Settings: %1. The other scores name no setting.</source>
        <translation>* 设置：%1。其他得分未注明设置。</translation>
    </message>
    <message>
        <source>Not strictly comparable: these scores were measured under different settings or reported by different makers.</source>
        <translation>不可严格比较：这些得分是在不同设置下测得的，或由不同的开发方报告。</translation>
    </message>
    <message>
        <source>No score reported for %1: shown as a gap, not as zero.</source>
        <translation>%1 未报告得分：显示为空缺，而非零。</translation>
    </message>
    <message>
        <source>%1 (source: %2, %3)</source>
        <translation>%1（来源：%2，%3）</translation>
    </message>
    <message>
        <source>%1 total, %2 active per token:
%3</source>
        <translation>总参数量 %1，每 token 激活 %2：
%3</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>dense: total = active</source>
        <translation>稠密：总参数 = 激活参数</translation>
    </message>
    <message>
        <source>Active parameters per token</source>
        <translation>每 token 激活参数量</translation>
    </message>
    <message>
        <source>Total parameters</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>Sizes from each model&apos;s card or report, as the maker states them. Dense models have as many active as total parameters.</source>
        <translation>规模取自各模型的模型卡或技术报告，以开发方的说法为准。稠密模型的激活参数量等于总参数量。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more (%2)</source>
        <translation>
            <numerusform>%1 及另外 %n 个（%2）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 total parameters: %2
Source: %3</source>
        <translation>总参数量 %1：%2
来源：%3</translation>
    </message>
    <message>
        <source>The document: %1 %2 (%3)</source>
        <translation>文档：%1 %2（%3）</translation>
    </message>
    <message>
        <source>Dashed lines: the document&apos;s range, “%1” (passage %2).</source>
        <translation>虚线：文档给出的范围，“%1”（段落 %2）。</translation>
    </message>
    <message>
        <source>Sizes of the family, smallest to largest (one step per distinct size)</source>
        <translation>该家族的模型规模，从小到大（每种规模占一级）</translation>
    </message>
    <message>
        <source>Only the models in the dataset; a family may publish more sizes.</source>
        <translation>仅包含数据集中的模型；一个家族发布的规模可能更多。</translation>
    </message>
    <message>
        <source>%1: released %2, %3 total parameters
Source: %4 (%5)</source>
        <translation>%1：发布于 %2，总参数量 %3
来源：%4（%5）</translation>
    </message>
    <message>
        <source>Release month</source>
        <translation>发布月份</translation>
    </message>
    <message>
        <source>Release months and sizes from each model&apos;s card or report.</source>
        <translation>发布月份和规模取自各模型的模型卡或技术报告。</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4 with %5 active parameters
Reported by %6 in %7 (%8)
Setting: %9</source>
        <translation>%1 · %2：%3 %4，激活参数量 %5
由 %6 在 %7（%8）中报告
设置：%9</translation>
    </message>
    <message>
        <source>Up and to the left is more score for fewer active parameters.</source>
        <translation>越靠左上，表示以越少的激活参数取得越高的得分。</translation>
    </message>
    <message>
        <source>Not strictly comparable: these scores were measured under different settings (hover a point for its setting).</source>
        <translation>不可严格比较：这些得分是在不同设置下测得的（将鼠标悬停在数据点上可查看其设置）。</translation>
    </message>
    <message>
        <source>No %1 score for %2: left out, not drawn as zero.</source>
        <translation>%2 没有 %1 得分：已略去，未按零绘制。</translation>
    </message>
    <message>
        <source>Not plotted, active parameters not stated: %1.</source>
        <translation>未绘制（未说明激活参数量）：%1。</translation>
    </message>
    <message>
        <source>No score for %1: left out, not drawn as zero.</source>
        <translation>%1 没有得分：已略去，未按零绘制。</translation>
    </message>
    <message>
        <source>The document (%1)</source>
        <translation>文档（%1）</translation>
    </message>
    <message>
        <source>Dashed line: the document&apos;s date, %1; the models right of it were released after it (facts as of %2).</source>
        <translation>虚线：文档日期 %1；其右侧的模型发布于文档之后（事实截至 %2）。</translation>
    </message>
    <message>
        <source>%1 · %2: %3 %4 at %5 %6 per million tokens (blended)
Price: %7, %8 (%9)
Score reported by %10 in %11 (%12)</source>
        <translation>%1 · %2：%3 %4，每百万 token 混合价格 %5 %6
价格：%7，%8（%9）
得分由 %10 在 %11（%12）中报告</translation>
    </message>
    <message>
        <source>Blended price, %1 per million tokens (log scale)</source>
        <translation>混合价格，每百万 token %1（对数刻度）</translation>
    </message>
    <message>
        <source>Blended price, %1 per million tokens</source>
        <translation>混合价格，每百万 token %1</translation>
    </message>
    <message>
        <source>Up and to the left is a higher score for a lower price. Cheaper and better than every other model shown (none both cheaper and higher): %1.</source>
        <translation>越靠左上，价格越低、得分越高。比图中其他所有模型都更便宜且更好（没有哪个模型既更便宜又得分更高）：%1。</translation>
    </message>
    <message>
        <source>List prices in force on %1, %2 per million tokens, blended %3:%4 (input on a cache miss : output), each model at its lowest standard price; prices in other currencies are not drawn (no exchange rate is assumed).</source>
        <translation>%1 生效的标价，每百万 token %2，按 %3:%4 混合（缓存未命中的输入 : 输出），每个模型取其最低标准价；其他币种的价格不绘制（不假定任何汇率）。</translation>
    </message>
    <message>
        <source>Not plotted, no %1 price in force that day: %2.</source>
        <translation>未绘制，当天没有生效的 %1 价格：%2。</translation>
    </message>
    <message>
        <source>From the Versus dataset %1, version %2.</source>
        <translation>出自 Versus 数据集 %1，版本 %2。</translation>
    </message>
    <message>
        <source>From the Versus dataset %1, version %2; facts as of %3.</source>
        <translation>出自 Versus 数据集 %1，版本 %2；事实截至 %3。</translation>
    </message>
    <message>
        <source>The shaded corner: prices and scores that no model shown beats on both.</source>
        <translation>阴影区域：图中没有任何模型能在价格和分数上同时胜过的位置。</translation>
    </message>
    <message>
        <source>hatched with a border</source>
        <translation>带边框的斜线填充</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1%2 (%3 − %4)</source>
        <translation>%1%2（%3 − %4）</translation>
    </message>
    <message>
        <source>%1 on %2: the maker&apos;s %3 %4 (%5, %6) minus %7&apos;s %8 %4 (%9)</source>
        <translation>%1 在 %2 上：开发方的 %3 %4（%5，%6）减去 %7 的 %8 %4（%9）</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Maker&apos;s minus independent score</source>
        <translation>开发方分数减独立评测分数</translation>
    </message>
    <message>
        <source>Above zero the maker&apos;s score is higher. Where the maker reports several scores on a benchmark (modes, settings), its highest is taken; each bar&apos;s tooltip names both sources.</source>
        <translation>大于零表示开发方的分数更高。开发方在某基准上报告多个分数（不同模式、设置）时，取其最高者；每个条形的提示中列出两个来源。</translation>
    </message>
    <message>
        <source>No model has both a maker&apos;s and an independent score on one benchmark.</source>
        <translation>没有模型在同一基准上同时具有开发方分数和独立评测分数。</translation>
    </message>
    <message>
        <source>%1K</source>
        <translation>%1K</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>一台设备</translation>
    </message>
    <message>
        <source>each of %1 × %2: %3 GB</source>
        <translation>%1 × %2 中每台：%3 GB</translation>
    </message>
    <message>
        <source>%1: %2 GB</source>
        <translation>%1：%2 GB</translation>
    </message>
    <message>
        <source>%1 at %2 tokens: %3 on a device, of which the KV cache %4 in all</source>
        <translation>%1 在 %2 词元时：每台设备 %3，其中 KV 缓存共 %4</translation>
    </message>
    <message>
        <source>beyond the native %1: needs YaRN or the like</source>
        <translation>超出原生的 %1：需要 YaRN 等扩展</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>The largest models that fit on this hardware at %1 tokens, one of each size.</source>
        <translation>在此硬件上以 %1 词元能容纳的最大模型，每种规模一个。</translation>
    </message>
    <message>
        <source>context chosen: %1</source>
        <translation>所选上下文：%1</translation>
    </message>
    <message>
        <source>Context, tokens (log scale; 1K = 1,024 tokens)</source>
        <translation>上下文，词元（对数刻度；1K = 1,024 词元）</translation>
    </message>
    <message>
        <source>Memory on each device, GB (10^9 bytes): a size, not a score</source>
        <translation>每台设备的内存，GB（10^9 字节）：表示规模，而非得分</translation>
    </message>
    <message>
        <source>Memory on the device, GB (10^9 bytes): a size, not a score</source>
        <translation>设备上的内存，GB（10^9 字节）：表示规模，而非得分</translation>
    </message>
    <message>
        <source>Weights %1, KV cache %2, sequences: %3; memory = weights (total parameters × bits ÷ 8) + KV cache (by attention kind, growing with the context) + linear-attention state + overhead, each device holding its share.</source>
        <translation>权重 %1，KV 缓存 %2，序列数：%3；内存 = 权重（总参数 × 位数 ÷ 8）+ KV 缓存（按注意力类型，随上下文增长）+ 线性注意力状态 + 开销，每台设备承担其份额。</translation>
    </message>
    <message>
        <source>Each line ends at its model&apos;s longest stated context; past the native one it needs YaRN or the like. The Fit tab shows every formula with its sources.</source>
        <translation>每条线止于其模型所述的最长上下文；超出原生上下文需要 YaRN 等扩展。“适配”标签页列出每个公式及其来源。</translation>
    </message>
    <message>
        <source>Not drawn, an input not stated by any source read: %1.</source>
        <translation>未绘制，所读来源均未说明某项输入：%1。</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>there is no chart &quot;%1&quot;</source>
        <translation>没有图表“%1”</translation>
    </message>
    <message>
        <source>%1: cannot tell the format; the file name must end in .pdf, .svg or .png</source>
        <translation>%1：无法判断格式；文件名必须以 .pdf、.svg 或 .png 结尾</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is too large for a PNG (at most 20000 × 20000)</source>
        <translation>%1 × %2 像素对 PNG 来说太大（最大 20000 × 20000）</translation>
    </message>
    <message>
        <source>%1: cannot write a PDF</source>
        <translation>%1：无法写入 PDF</translation>
    </message>
    <message>
        <source>%1: cannot write an SVG</source>
        <translation>%1：无法写入 SVG</translation>
    </message>
    <message>
        <source>%1: the PNG image could not be written</source>
        <translation>%1：无法写入 PNG 图像</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>This dataset defines no charts.</source>
        <translation>此数据集未定义任何图表。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Switch the value axis between a linear and a logarithmic scale</source>
        <translation>在线性刻度和对数刻度之间切换数值轴</translation>
    </message>
    <message>
        <source>Families:</source>
        <translation>模型家族：</translation>
    </message>
    <message>
        <source>M&amp;odels:</source>
        <translation>模型(&amp;O)：</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Thinking and non-thinking</source>
        <translation>思考模式与非思考模式</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>思考模式</translation>
    </message>
    <message>
        <source>Non-thinking</source>
        <translation>非思考模式</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Click to hide %1; the Families boxes bring it back.</source>
        <translation>点击可隐藏 %1；勾选“模型家族”中的复选框可重新显示。</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation>PDF 文档 (*.pdf);;SVG 图像 (*.svg);;PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>PNG Resolution</source>
        <translation>PNG 分辨率</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>图像尺寸：</translation>
    </message>
    <message>
        <source>The chart was not exported: %1</source>
        <translation>图表未导出：%1</translation>
    </message>
    <message>
        <source>Exported “%1” to %2, as shown</source>
        <translation>已按当前显示将“%1”导出到 %2</translation>
    </message>
    <message>
        <source>Every mode</source>
        <translation>所有模式</translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation>%1：无数值</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Models shown</source>
        <translation>显示的模型</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>No logarithmic scale here: bars are measured from zero, and a logarithmic scale has no zero.</source>
        <translation>此图不能用对数刻度：条形从零开始量，而对数刻度没有零。</translation>
    </message>
    <message>
        <source>No logarithmic scale here: this chart has no numeric value axis.</source>
        <translation>此图不能用对数刻度：它没有数值轴。</translation>
    </message>
    <message>
        <source>%1 is hidden: tick it under Families to choose its models.</source>
        <translation>%1 已隐藏：在“模型家族”下勾选它，才能选择它的模型。</translation>
    </message>
    <message>
        <source>Every family is hidden, so there is nothing to draw. Tick a family under Families to show it.</source>
        <translation>所有模型家族都已隐藏，没有可绘制的内容。请在“模型家族”下勾选一个。</translation>
    </message>
    <message>
        <source>Nothing to draw with these choices. Tick a model, or choose another mode.</source>
        <translation>按当前选择没有可绘制的内容。请勾选一个模型，或选择另一种模式。</translation>
    </message>
    <message>
        <source>Nothing to draw with these choices.</source>
        <translation>按当前选择没有可绘制的内容。</translation>
    </message>
    <message>
        <source>No switch here: the context is always on a logarithmic scale, the memory always on a linear one.</source>
        <translation>此处不可切换：上下文始终为对数刻度，内存始终为线性刻度。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
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
        <source>--export-chart takes a chart id and an output file: --export-chart ID OUT</source>
        <translation>--export-chart 需要一个图表 ID 和一个输出文件：--export-chart ID OUT</translation>
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
    <message>
        <source>versus: there is no chart &quot;%1&quot;; the charts are: %2</source>
        <translation>versus: 没有图表“%1”；可用的图表有：%2</translation>
    </message>
    <message>
        <source>versus: %1</source>
        <translation>versus: %1</translation>
    </message>
    <message>
        <source>%1: the output must end in .csv or .json</source>
        <translation>%1：输出文件名必须以 .csv 或 .json 结尾</translation>
    </message>
    <message>
        <source>%1: the report is a PDF; give a file name ending in .pdf</source>
        <translation>%1：报告为 PDF 格式；请指定以 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>Try &apos;versus --help&apos;.</source>
        <translation>请运行 &apos;versus --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>List the models, one line each: ID&lt;TAB&gt;name&lt;TAB&gt;family&lt;TAB&gt;released (YYYY-MM, empty where not stated).</source>
        <translation>列出模型，每行一个：ID&lt;TAB&gt;名称&lt;TAB&gt;家族&lt;TAB&gt;发布月份（YYYY-MM，未说明则为空）。</translation>
    </message>
    <message numerus="yes">
        <source>Win probability (%n random importance draws):</source>
        <translation>
            <numerusform>胜出概率（%n 次随机重要性抽样）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Smallest importance change:</source>
        <translation>改变结果的最小重要性变化：</translation>
    </message>
    <message>
        <source>none within the sliders&apos; range</source>
        <translation>在滑块范围内没有</translation>
    </message>
    <message>
        <source>Without rumored or anticipated evidence: %1</source>
        <translation>不计传闻与预期证据：%1</translation>
    </message>
    <message>
        <source>As things turned out: %1</source>
        <translation>按实际结果：%1</translation>
    </message>
    <message>
        <source>With --recommend: how many random importance draws give the win probability (1 to %1, default %2).</source>
        <translation>与 --recommend 一起使用：计算胜出概率所用的随机重要性抽样次数（1 到 %1，默认 %2）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --recommend: the seed of those draws (default %1).</source>
        <translation>与 --recommend 一起使用：这些抽样的随机种子（默认 %1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>versus: --samples takes a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>versus: --samples 须为 1 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>versus: --seed takes a whole number from 0 to %1, not &quot;%2&quot;</source>
        <translation>versus: --seed 须为 0 到 %1 之间的整数，而不是“%2”</translation>
    </message>
    <message>
        <source>versus: --%1 takes a number of at least 0, not &quot;%2&quot;</source>
        <translation>versus：--%1 需要不小于 0 的数，而不是“%2”</translation>
    </message>
    <message>
        <source>versus: --%1 takes a number from 0 to %3, not &quot;%2&quot;</source>
        <translation>versus：--%1 需要 0 到 %3 之间的数，而不是“%2”</translation>
    </message>
    <message>
        <source>versus: --on takes a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>versus：--on 需要 YYYY-MM-DD 格式的日期，而不是“%1”</translation>
    </message>
    <message>
        <source>Prices in force on %1; %2 M input tokens (%3% cached), %4 M output tokens a month</source>
        <translation>%1 生效的价格；每月输入 %2 M token（%3% 命中缓存），输出 %4 M token</translation>
    </message>
    <message>
        <source>Print the monthly API cost of a workload for every priced model, at the list prices in force on a day, each in its own currency, with its date and source.</source>
        <translation>按某一天生效的标价，输出每个有定价的模型处理某一工作负载的每月 API 成本，各自以原币种表示，并附价格日期与来源。</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>versus: --%1 takes a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>versus：--%1 需要 %2 到 %3 之间的数字，而不是“%4”</translation>
    </message>
    <message>
        <source>versus: --%1 takes a whole number, not &quot;%2&quot;</source>
        <translation>versus：--%1 需要整数，而不是“%2”</translation>
    </message>
    <message>
        <source>versus: unknown precision &quot;%1&quot;; choose one of %2</source>
        <translation>versus：未知精度“%1”；请从以下选择：%2</translation>
    </message>
    <message>
        <source>versus: unknown device &quot;%1&quot;; choose one of %2</source>
        <translation>versus：未知设备“%1”；请从以下选择：%2</translation>
    </message>
    <message>
        <source>versus: the dataset has no precisions</source>
        <translation>versus：数据集中没有精度</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>≤ %1 tokens/s</source>
        <translation>≤ %1 词元/秒</translation>
    </message>
    <message>
        <source>%1 of %2 a device</source>
        <translation>每台设备 %1 / %2</translation>
    </message>
    <message>
        <source>max context %1</source>
        <translation>最大上下文 %1</translation>
    </message>
    <message>
        <source>List the devices, one line each: ID&lt;TAB&gt;memory in GB&lt;TAB&gt;name.</source>
        <translation>列出设备，每行一个：ID&lt;TAB&gt;内存（GB）&lt;TAB&gt;名称。</translation>
    </message>
    <message>
        <source>List the precisions, one line each: ID&lt;TAB&gt;bits per weight&lt;TAB&gt;name.</source>
        <translation>列出精度，每行一个：ID&lt;TAB&gt;每权重位数&lt;TAB&gt;名称。</translation>
    </message>
    <message>
        <source>Print, for every model, the memory it needs on the hardware, whether it fits, the largest context that fits and an upper bound of its decode speed.</source>
        <translation>为每个模型输出其在该硬件上所需的内存、能否放下、可容纳的最大上下文及解码速度上限。</translation>
    </message>
    <message>
        <source>GB</source>
        <translation>GB</translation>
    </message>
    <message>
        <source>GBPS</source>
        <translation>GBPS</translation>
    </message>
    <message>
        <source>With --fit: the KV cache&apos;s precision (default bf16).</source>
        <translation>与 --fit 一起使用：KV 缓存精度（默认 bf16）。</translation>
    </message>
    <message>
        <source>TOKENS</source>
        <translation>TOKENS</translation>
    </message>
    <message>
        <source>With --fit: concurrent sequences (default 1).</source>
        <translation>与 --fit 一起使用：并发序列数（默认 1）。</translation>
    </message>
    <message>
        <source>--%1 goes with --%2</source>
        <translation>--%1 须与 --%2 一起使用</translation>
    </message>
    <message>
        <source>give either --device or --memory, not both</source>
        <translation>请给出 --device 或 --memory 之一，不要同时给出</translation>
    </message>
    <message>
        <source>--fit needs --device ID or --memory GB</source>
        <translation>--fit 需要 --device ID 或 --memory GB</translation>
    </message>
    <message>
        <source>--bandwidth goes with --memory; a device&apos;s bandwidth comes from the data</source>
        <translation>--bandwidth 须与 --memory 一起使用；已知设备的带宽来自数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>With --cost, --recommend or --export-report: input tokens a month, in millions (default 1; with --recommend, the volume the cost is shown for).</source>
        <translation>与 --cost、--recommend 或 --export-report 同用：每月输入 token 数，单位百万（默认 1；与 --recommend 同用时为显示费用所依据的用量）。</translation>
    </message>
    <message>
        <source>With --cost, --recommend or --export-report: output tokens a month, in millions (default 1).</source>
        <translation>与 --cost、--recommend 或 --export-report 同用：每月输出 token 数，单位百万（默认 1）。</translation>
    </message>
    <message>
        <source>With --cost, --recommend or --export-report: the share of the input served from the cache, 0 to 1 (default 0).</source>
        <translation>与 --cost、--recommend 或 --export-report 同用：输入中由缓存提供的比例，0 到 1（默认 0）。</translation>
    </message>
    <message>
        <source>With --cost or --export-report: the prices in force on this day (default: the newest).</source>
        <translation>与 --cost 或 --export-report 同用：采用该日生效的价格（默认：最新）。</translation>
    </message>
    <message>
        <source>With --fit, --recommend or --export-report: the device (see --list-devices); the recommendation then names the models that fit, the report gets its hardware-fit section.</source>
        <translation>与 --fit、--recommend 或 --export-report 同用：设备（见 --list-devices）；推荐随后列出能装下的模型，报告随之包含硬件适配一节。</translation>
    </message>
    <message>
        <source>With --fit, --recommend or --export-report: the memory of a device not in the list, in GB (10^9 bytes).</source>
        <translation>与 --fit、--recommend 或 --export-report 同用：列表之外设备的内存，单位 GB（10^9 字节）。</translation>
    </message>
    <message>
        <source>With --memory: its memory bandwidth in GB/s.</source>
        <translation>与 --memory 同用：其内存带宽，单位 GB/s。</translation>
    </message>
    <message>
        <source>With --fit, --recommend or --export-report: how many devices of that kind (default 1).</source>
        <translation>与 --fit、--recommend 或 --export-report 同用：该种设备的数量（默认 1）。</translation>
    </message>
    <message>
        <source>With --fit, --recommend or --export-report: the weights&apos; precision (see --list-precisions; --fit&apos;s default bf16, the recommendation&apos;s the most bits that fit each model).</source>
        <translation>与 --fit、--recommend 或 --export-report 同用：权重精度（见 --list-precisions；--fit 默认 bf16，推荐默认取每个模型能装下的最高位数）。</translation>
    </message>
    <message>
        <source>With --fit, --recommend or --export-report: the context length in tokens (default 8192).</source>
        <translation>与 --fit、--recommend 或 --export-report 同用：上下文长度，单位 token（默认 8192）。</translation>
    </message>
    <message>
        <source>--%1 goes with %2</source>
        <translation>--%1 须与 %2 同用</translation>
    </message>
    <message>
        <source>--cost, --recommend or --export-report</source>
        <translation>--cost、--recommend 或 --export-report</translation>
    </message>
    <message>
        <source>--cost or --export-report</source>
        <translation>--cost 或 --export-report</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>a device of %1</source>
        <translation>一台 %1 的设备</translation>
    </message>
    <message>
        <source>Self-hosting %1: an estimate</source>
        <translation>自托管 %1：估算</translation>
    </message>
    <message>
        <source>GPUs needed	%1 × %2 at %3, %4 tokens of context</source>
        <translation>所需 GPU	%1 × %2，精度 %3，上下文 %4 个 token</translation>
    </message>
    <message>
        <source>Throughput	%1 (%2)</source>
        <translation>吞吐量	%1（%2）</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>the fit&apos;s decode upper bound</source>
        <translation>适配计算的解码速度上限</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>你给出的</translation>
    </message>
    <message>
        <source>Cost per million tokens	%1</source>
        <translation>每百万 token 成本	%1</translation>
    </message>
    <message>
        <source>A month of %1 M tokens	%2 (GPUs paid while busy); %3 always on</source>
        <translation>每月 %1 百万 token	%2（只计忙时的 GPU 费用）；全天候运行 %3</translation>
    </message>
    <message>
        <source>Missing	%1</source>
        <translation>缺少	%1</translation>
    </message>
    <message>
        <source>Assumption	%1</source>
        <translation>假设	%1</translation>
    </message>
    <message>
        <source>versus: unknown model &quot;%1&quot;; choose one of %2</source>
        <translation>versus：未知模型“%1”；请从 %2 中选择</translation>
    </message>
    <message>
        <source>Print an estimate of what self-hosting MODEL costs per million tokens on the hardware given (--device or --memory, --precision, --context): the GPUs needed from the fit, your --gpu-hour-price, the throughput you give with --tokens-per-second or else the fit&apos;s decode upper bound; with its assumptions.</source>
        <translation>输出在给定硬件（--device 或 --memory、--precision、--context）上自托管 MODEL 每百万 token 成本的估算：所需 GPU 数来自适配计算，价格为你的 --gpu-hour-price，吞吐量为你用 --tokens-per-second 给出的值，否则为适配计算的解码速度上限；并列出其假设。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>With --self-host: your price of one GPU hour (no default).</source>
        <translation>与 --self-host 同用：你的每 GPU 小时价格（无默认值）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>With --self-host: the currency of that price (a label; never converted).</source>
        <translation>与 --self-host 同用：该价格的币种（仅作标注，从不换算）。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>With --self-host: the deployment&apos;s throughput you measured (default: the fit&apos;s decode upper bound).</source>
        <translation>与 --self-host 同用：你实测的部署吞吐量（默认：适配计算的解码速度上限）。</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>--self-host needs --gpu-hour-price P: your price of one GPU hour (Versus assumes none)</source>
        <translation>--self-host 需要 --gpu-hour-price P：你的每 GPU 小时价格（Versus 不做任何假设）</translation>
    </message>
    <message>
        <source>--cost, --recommend, --export-report or --self-host</source>
        <translation>--cost、--recommend、--export-report 或 --self-host</translation>
    </message>
    <message>
        <source>--self-host needs --device ID or --memory GB</source>
        <translation>--self-host 需要 --device ID 或 --memory GB</translation>
    </message>
    <message>
        <source>Warning	%1</source>
        <translation>警告	%1</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>Add the scores of Epoch AI benchmark CSVs and LMArena leaderboard CSVs to the dataset (--data or the bundled one) as independent evidence: --import FILE... --output OUT.json. Rows that match no model are listed on stderr with their lines.</source>
        <translation>将 Epoch AI 基准 CSV 和 LMArena 排行榜 CSV 中的分数作为独立证据加入数据集（--data 指定的或内置的）：--import FILE... --output OUT.json。未匹配到任何模型的行连同行号列在标准错误输出上。</translation>
    </message>
    <message>
        <source>With --import: the dataset to write.</source>
        <translation>配合 --import：要写入的数据集。</translation>
    </message>
    <message>
        <source>OUT.json</source>
        <translation>OUT.json</translation>
    </message>
    <message>
        <source>Print what changed between two datasets, one line each (+ added, - removed, ~ changed): --diff OLD.json NEW.json.</source>
        <translation>输出两个数据集之间的变化，每行一处（+ 新增，- 删除，~ 更改）：--diff OLD.json NEW.json。</translation>
    </message>
    <message>
        <source>OLD.json</source>
        <translation>OLD.json</translation>
    </message>
    <message>
        <source>Export every score with its model, benchmark, mode, value, unit, uncertainty, reporter, status and source to OUT (.csv or .json).</source>
        <translation>将每个分数连同其模型、基准、模式、数值、单位、不确定度、报告方、状态和来源导出到 OUT（.csv 或 .json）。</translation>
    </message>
    <message>
        <source>With --recommend, --cost, --fit, --self-host or --diff: print JSON.</source>
        <translation>与 --recommend、--cost、--fit、--self-host 或 --diff 同用：输出 JSON。</translation>
    </message>
    <message>
        <source>--json goes with --recommend, --cost, --fit, --self-host or --diff</source>
        <translation>--json 须与 --recommend、--cost、--fit、--self-host 或 --diff 同用</translation>
    </message>
    <message>
        <source>--diff takes two datasets: --diff OLD.json NEW.json</source>
        <translation>--diff 需要两个数据集：--diff OLD.json NEW.json</translation>
    </message>
    <message>
        <source>--import needs --output OUT.json</source>
        <translation>--import 需要 --output OUT.json</translation>
    </message>
    <message>
        <source>versus: chart &quot;%1&quot; takes no hardware options; only a chart of memory against context does</source>
        <translation>versus：图表“%1”不接受硬件选项；只有内存与上下文长度图接受</translation>
    </message>
    <message>
        <source>Export chart ID to OUT (.pdf, .svg or .png): --export-chart ID OUT. A chart of memory against context (fit-context) takes the hardware options --device or --memory, --bandwidth, --count, --precision, --kv-precision, --context and --sequences, over its own device and precisions.</source>
        <translation>将图表 ID 导出到 OUT（.pdf、.svg 或 .png）：--export-chart ID OUT。内存与上下文长度图（fit-context）接受硬件选项 --device 或 --memory、--bandwidth、--count、--precision、--kv-precision、--context 和 --sequences，替代其自身的设备和精度。</translation>
    </message>
    <message>
        <source>--fit or --export-chart</source>
        <translation>--fit 或 --export-chart</translation>
    </message>
    <message>
        <source>--fit, --recommend, --export-report or --export-chart</source>
        <translation>--fit、--recommend、--export-report 或 --export-chart</translation>
    </message>
    <message>
        <source>--fit, --recommend, --export-report, --self-host or --export-chart</source>
        <translation>--fit、--recommend、--export-report、--self-host 或 --export-chart</translation>
    </message>
    <message>
        <source>Datasets to open, each in a main window of its own; an answers file opens the Recommend tab on its recommendation.</source>
        <translation>要打开的数据集，每个各占一个主窗口；回答文件则在“推荐”标签页打开其推荐。</translation>
    </message>
</context>
<context>
    <name>Cost</name>
    <message>
        <source>no price in the dataset</source>
        <translation>数据集中没有价格</translation>
    </message>
    <message>
        <source>no price in force on %1</source>
        <translation>%1 没有生效的价格</translation>
    </message>
    <message>
        <source>seen in force %1 to %2</source>
        <translation>%1 至 %2 期间可见生效</translation>
    </message>
    <message>
        <source>seen in force %1</source>
        <translation>%1 可见生效</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1 止</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未说明日期</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Monthly, converted</source>
        <translation>每月（换算后）</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Input / M</source>
        <translation>输入 / M</translation>
    </message>
    <message>
        <source>Cached / M</source>
        <translation>缓存 / M</translation>
    </message>
    <message>
        <source>Output / M</source>
        <translation>输出 / M</translation>
    </message>
    <message>
        <source>Blended / M</source>
        <translation>混合 / M</translation>
    </message>
    <message>
        <source>Price&apos;s date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>not offered for requests of %1 input tokens (%2)</source>
        <translation>不提供输入为 %1 token 的请求（%2）</translation>
    </message>
    <message>
        <source>no cached price stated: cached input counted at the input price</source>
        <translation>未说明缓存价格：缓存输入按输入价格计</translation>
    </message>
    <message>
        <source>%1% of traffic at the discount price (UTC %2–%3)</source>
        <translation>%1% 的流量按优惠价格计（UTC %2–%3）</translation>
    </message>
    <message>
        <source>no discount window in force: all traffic at the standard price</source>
        <translation>没有生效的优惠时段：全部流量按标准价格计</translation>
    </message>
    <message>
        <source>possibly out of date</source>
        <translation>可能已过时</translation>
    </message>
    <message>
        <source>undated: possibly out of date</source>
        <translation>无日期：可能已过时</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <source>%1 (possibly out of date)</source>
        <translation>%1（可能已过时）</translation>
    </message>
</context>
<context>
    <name>CostExport</name>
    <message>
        <source>%1: the file name must end in .csv or .json</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
</context>
<context>
    <name>CostReport</name>
    <message>
        <source>What it costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>&lt;p&gt;List prices in force on %1, per million tokens, each in its own currency (never converted). Workload: %2 million input tokens a month (%3% from the cache), %4 million output tokens. A price dated more than six months before %5, or undated, is marked possibly out of date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 生效的标价，每百万 token，各自以原币种表示（从不换算）。工作负载：每月输入 %2 百万 token（%3% 来自缓存），输出 %4 百万 token。日期早于 %5 六个月以上或没有日期的价格标记为可能已过时。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The cost claim, checked from the prices</source>
        <translation>按价格核查成本说法</translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1” — &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;“%1” — &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message>
        <source>Tokens a month (millions), input:</source>
        <translation>每月 token 数（百万），输入：</translation>
    </message>
    <message>
        <source>output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Input from the cache (%):</source>
        <translation>来自缓存的输入（%）：</translation>
    </message>
    <message>
        <source>traffic in a discount window (%):</source>
        <translation>处于优惠时段的流量（%）：</translation>
    </message>
    <message>
        <source>Input tokens per request (context band):</source>
        <translation>每个请求的输入 token 数（上下文档位）：</translation>
    </message>
    <message>
        <source>Prices in force on:</source>
        <translation>采用该日生效的价格：</translation>
    </message>
    <message>
        <source>the newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>mark prices older than (months):</source>
        <translation>标记早于以下月数的价格：</translation>
    </message>
    <message>
        <source>Blended price, input:output ratio:</source>
        <translation>混合价格，输入:输出比例：</translation>
    </message>
    <message>
        <source>Compare in:</source>
        <translation>比较币种：</translation>
    </message>
    <message>
        <source>Price against the score on:</source>
        <translation>价格对比以下基准的得分：</translation>
    </message>
    <message>
        <source>each price&apos;s own currency</source>
        <translation>各价格的原币种</translation>
    </message>
    <message>
        <source>no rate</source>
        <translation>无汇率</translation>
    </message>
    <message>
        <source>Your exchange rate; Versus never assumes one.</source>
        <translation>您的汇率；Versus 从不假定汇率。</translation>
    </message>
    <message>
        <source>1 %1 =</source>
        <translation>1 %1 =</translation>
    </message>
    <message numerus="yes">
        <source>List prices in force on %1, each in its own currency; ages measured against %2. %n model(s) have no price in force that day.</source>
        <translation>
            <numerusform>%1 生效的标价，各自以原币种表示；价格新旧以 %2 为准衡量。%n 个模型当天没有生效的价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Select a row to see its price&apos;s sources.</source>
        <translation>选择一行以查看其价格的来源。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; at %2: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2：%3</translation>
    </message>
    <message>
        <source>Date as the source gives it: %1</source>
        <translation>来源给出的日期：%1</translation>
    </message>
    <message>
        <source>Terms: %1</source>
        <translation>条款：%1</translation>
    </message>
    <message>
        <source>%1 (secondary): %2 — %3</source>
        <translation>%1（二手）：%2 — %3</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1：%2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;The document:&lt;/b&gt; “%1” — &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;文档：&lt;/b&gt;“%1” — &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 against the blended price</source>
        <translation>%1 与混合价格对比</translation>
    </message>
    <message>
        <source>Export Cost Table</source>
        <translation>导出成本表</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Cost table exported to %1</source>
        <translation>成本表已导出到 %1</translation>
    </message>
    <message>
        <source>Input tokens a month, in millions</source>
        <translation>每月输入 token 数（百万）</translation>
    </message>
    <message>
        <source>Output tokens a month, in millions</source>
        <translation>每月输出 token 数（百万）</translation>
    </message>
    <message>
        <source>Share of the input from the cache, in percent</source>
        <translation>输入中命中缓存的比例（%）</translation>
    </message>
    <message>
        <source>Share of the traffic in a discount window, in percent</source>
        <translation>处于折扣时段的流量比例（%）</translation>
    </message>
    <message>
        <source>Input tokens per request (context band)</source>
        <translation>每次请求的输入 token 数（上下文档位）</translation>
    </message>
    <message>
        <source>Prices in force: the newest</source>
        <translation>适用价格：最新价格</translation>
    </message>
    <message>
        <source>Prices in force on this day</source>
        <translation>此日期适用的价格</translation>
    </message>
    <message>
        <source>Mark prices older than this many months</source>
        <translation>超过此月数的价格标为可能过时</translation>
    </message>
    <message>
        <source>Blended price: parts of input</source>
        <translation>混合价格：输入所占份数</translation>
    </message>
    <message>
        <source>Blended price: parts of output</source>
        <translation>混合价格：输出所占份数</translation>
    </message>
    <message>
        <source>Currency to compare in</source>
        <translation>用于比较的货币</translation>
    </message>
    <message>
        <source>Exchange rate you give</source>
        <translation>您给出的汇率</translation>
    </message>
    <message>
        <source>Monthly cost of the workload for every priced model</source>
        <translation>各有定价模型在此工作负载下的月度成本</translation>
    </message>
    <message>
        <source>Score axis: %1.</source>
        <translation>分数轴：%1。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>more than %1 columns in a record</source>
        <translation>一条记录超过 %1 列</translation>
    </message>
    <message>
        <source>the text is not UTF-8</source>
        <translation>文本不是 UTF-8 编码</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>超过 %1 条记录</translation>
    </message>
    <message>
        <source>a field longer than %1 bytes</source>
        <translation>有字段长于 %1 字节</translation>
    </message>
    <message>
        <source>a character after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>结束引号后还有字符（带引号字段中的引号必须写成两个）</translation>
    </message>
    <message>
        <source>a quoted field opened on line %1 is not closed</source>
        <translation>第 %1 行开始的带引号字段没有结束</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the %2 a CSV file may have</source>
        <translation>文件有 %1 字节，超过 CSV 文件允许的 %2 字节</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): not a CSV text file</source>
        <translation>二进制数据（含 NUL 字节）：不是 CSV 文本文件</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>mode not stated</source>
        <translation>未说明模式</translation>
    </message>
    <message>
        <source>thinking</source>
        <translation>思考模式</translation>
    </message>
    <message>
        <source>non-thinking</source>
        <translation>非思考模式</translation>
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
    <message>
        <source>a figures chart needs at least one figure</source>
        <translation>数值图表至少需要一个数值</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date %2</source>
        <translation>“%1”不是 %2 格式的日期</translation>
    </message>
    <message>
        <source>name at least one source</source>
        <translation>请至少列出一个来源</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 families, %2 dimensions, %3 sections, %4 paragraphs, %5 verdicts, %6 figures, %7 models, %8 scores, %9 sources, %10 claim checks, %11 anticipation checks, %12 questions, %13 charts; languages %14</source>
        <translation>%1 个模型家族，%2 个维度，%3 个章节，%4 个段落，%5 条结论，%6 个数字，%7 个模型，%8 项得分，%9 个来源，%10 项说法核查，%11 项预期核查，%12 个问题，%13 张图表；语言 %14</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”列出了两次</translation>
    </message>
    <message>
        <source>anticipation check</source>
        <translation>预期核查</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date YYYY-MM-DD</source>
        <translation>“%1”不是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>a price cannot be negative (%1)</source>
        <translation>价格不能为负（%1）</translation>
    </message>
    <message>
        <source>the band&apos;s upper bound is not above its lower bound</source>
        <translation>档位的上限不大于其下限</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time HH:MM</source>
        <translation>“%1”不是 HH:MM 格式的时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code (three capital letters, ISO 4217: USD, CNY)</source>
        <translation>“%1”不是币种代码（三个大写字母，ISO 4217：USD、CNY）</translation>
    </message>
    <message>
        <source>ends on or before it starts (%1)</source>
        <translation>结束日期不晚于开始日期（%1）</translation>
    </message>
    <message>
        <source>seen after it ended (%1)</source>
        <translation>在结束之后仍被看到（%1）</translation>
    </message>
    <message>
        <source>a price needs at least one source</source>
        <translation>价格至少需要一个来源</translation>
    </message>
    <message>
        <source>a family is compared with itself</source>
        <translation>一个系列与自身比较</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 不是整数</translation>
    </message>
    <message>
        <source>more layers with a KV cache than layers</source>
        <translation>带 KV 缓存的层数多于总层数</translation>
    </message>
    <message>
        <source>a second architecture for model &quot;%1&quot; (first at /architectures/%2)</source>
        <translation>模型“%1”的第二个架构（第一个位于 /architectures/%2）</translation>
    </message>
    <message>
        <source>an alias needs a letter or digit</source>
        <translation>别名须含字母或数字</translation>
    </message>
    <message>
        <source>alias &quot;%1&quot; is given twice</source>
        <translation>别名“%1”出现了两次</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as the same name as &quot;%2&quot; of %3/%4</source>
        <translation>“%1”与 %3/%4 的“%2”视为同一名称</translation>
    </message>
    <message>
        <source>give a standard error or an interval, not both</source>
        <translation>请给出标准误差或区间，不能同时给出</translation>
    </message>
    <message>
        <source>an interval needs both &quot;plus&quot; and &quot;minus&quot;</source>
        <translation>区间需要同时给出“plus”和“minus”</translation>
    </message>
    <message>
        <source>expected &quot;stderr&quot;, or &quot;plus&quot; and &quot;minus&quot;</source>
        <translation>应为“stderr”，或“plus”和“minus”</translation>
    </message>
    <message>
        <source>missing required field &quot;reportedBy&quot; (or &quot;evaluator&quot;)</source>
        <translation>缺少必填字段“reportedBy”（或“evaluator”）</translation>
    </message>
    <message>
        <source>give &quot;reportedBy&quot; (a family) or &quot;evaluator&quot; (a third party), not both</source>
        <translation>请给出“reportedBy”（一个家族）或“evaluator”（第三方），不能同时给出</translation>
    </message>
    <message>
        <source>an independent score names its &quot;evaluator&quot;</source>
        <translation>独立评测的分数须注明其“evaluator”</translation>
    </message>
    <message>
        <source>a fit-context chart needs at least one model</source>
        <translation>fit-context 图表至少需要一个模型</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>精度</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>the file is empty; expected a JSON value</source>
        <translation>文件为空；应为一个 JSON 值</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>文档结束后还有多余的文本</translation>
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
        <source>Since the document (%1):</source>
        <translation>文档之后（%1）：</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a statement&apos;s status, then the statement</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Import Scores</source>
        <translation>导入分数</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Dataset As</source>
        <translation>数据集另存为</translation>
    </message>
    <message>
        <source>dataset.json</source>
        <translation>dataset.json</translation>
    </message>
    <message>
        <source>Versus datasets (*.json)</source>
        <translation>Versus 数据集 (*.json)</translation>
    </message>
    <message>
        <source>The dataset could not be saved.</source>
        <translation>无法保存数据集。</translation>
    </message>
    <message>
        <source>Export Scores</source>
        <translation>导出分数</translation>
    </message>
    <message>
        <source>scores.csv</source>
        <translation>scores.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The scores could not be exported.</source>
        <translation>无法导出分数。</translation>
    </message>
    <message>
        <source>Compare with Dataset</source>
        <translation>与数据集比较</translation>
    </message>
    <message>
        <source>&amp;Import Scores…</source>
        <translation>导入分数(&amp;I)…</translation>
    </message>
    <message>
        <source>Add independent scores from Epoch AI benchmark CSVs or an LMArena leaderboard CSV</source>
        <translation>从 Epoch AI 基准 CSV 或 LMArena 排行榜 CSV 加入独立评测分数</translation>
    </message>
    <message>
        <source>Save Dataset &amp;As…</source>
        <translation>数据集另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the dataset shown, with any imported scores, as a Versus dataset (JSON)</source>
        <translation>将当前显示的数据集（含已导入的分数）保存为 Versus 数据集（JSON）</translation>
    </message>
    <message>
        <source>Export &amp;Scores…</source>
        <translation>导出分数(&amp;S)…</translation>
    </message>
    <message>
        <source>Save every score with its reporter, status and source as CSV or JSON</source>
        <translation>将每个分数连同其报告方、状态和来源保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>&amp;Compare with Dataset…</source>
        <translation>与数据集比较(&amp;C)…</translation>
    </message>
    <message>
        <source>List what changed from another dataset to the one shown</source>
        <translation>列出从另一个数据集到当前显示的数据集的变化</translation>
    </message>
    <message>
        <source>These files could not be imported:</source>
        <translation>以下文件无法导入：</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>imported dataset</source>
        <translation>导入的数据集</translation>
    </message>
    <message>
        <source>The scores could not be imported.</source>
        <translation>无法导入分数。</translation>
    </message>
    <message>
        <source>imported scores, not saved yet</source>
        <translation>含导入的分数，尚未保存</translation>
    </message>
    <message numerus="yes">
        <source>%n independent score(s) imported; the window shows the dataset with them.</source>
        <translation>
            <numerusform>已导入 %n 个独立评测分数；窗口显示含这些分数的数据集。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>跳过了 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save it with File → Save Dataset As…</source>
        <translation>可通过“文件 → 数据集另存为…”保存。</translation>
    </message>
    <message>
        <source>Dataset saved to %1</source>
        <translation>数据集已保存到 %1</translation>
    </message>
    <message>
        <source>Scores exported to %1</source>
        <translation>分数已导出到 %1</translation>
    </message>
    <message>
        <source>That dataset could not be read:</source>
        <translation>无法读取该数据集：</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <source>an Epoch AI file (its header starts &quot;Model version&quot;) but no score column: expected one of %1</source>
        <translation>是 Epoch AI 文件（表头以“Model version”开头），但没有分数列：应为 %1 之一</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>%1 is not a fraction from 0 to 1</source>
        <translation>%1 不是 0 到 1 之间的比例</translation>
    </message>
    <message>
        <source>%1 is not a percentage from 0 to 100</source>
        <translation>%1 不是 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interval &quot;+N/-N&quot;</source>
        <translation>“%1”不是形如“+N/-N”的区间</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 票</translation>
    </message>
    <message>
        <source>not a file of a known format: expected an Epoch AI benchmark CSV (a header starting &quot;Model version&quot;) or an LMArena leaderboard CSV (columns &quot;model&quot; and &quot;arena_score&quot;)</source>
        <translation>不是已知格式的文件：应为 Epoch AI 基准 CSV（表头以“Model version”开头）或 LMArena 排行榜 CSV（含“model”和“arena_score”列）</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the %2 a CSV file may have</source>
        <translation>文件有 %1 字节，超过 CSV 文件允许的 %2 字节</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1:%2: no model matches &quot;%3&quot;</source>
        <translation>%1:%2: no model matches &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: no score for &quot;%3&quot;</source>
        <translation>%1:%2: no score for &quot;%3&quot;</translation>
    </message>
    <message>
        <source>the dataset is not a JSON object: %1</source>
        <translation>数据集不是 JSON 对象：%1</translation>
    </message>
</context>
<context>
    <name>Fit</name>
    <message>
        <source>%1 B</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1 bits (%2)</source>
        <translation>%1 位（%2）</translation>
    </message>
    <message>
        <source>%1 billion</source>
        <translation>%1 × 10^9</translation>
    </message>
    <message>
        <source>not stated: no source read states %1</source>
        <translation>未说明：所读来源均未说明 %1</translation>
    </message>
    <message>
        <source>total parameters × bits per weight ÷ 8 (every expert of a mixture of experts)</source>
        <translation>总参数 × 每权重位数 ÷ 8（混合专家（MoE）模型计入全部专家）</translation>
    </message>
    <message>
        <source>total parameters</source>
        <translation>总参数</translation>
    </message>
    <message>
        <source>weight precision</source>
        <translation>权重精度</translation>
    </message>
    <message>
        <source>%1 × %2 ÷ 8 = %3</source>
        <translation>%1 × %2 ÷ 8 = %3</translation>
    </message>
    <message>
        <source>2 (K and V) × layers that keep a KV cache × KV heads × head_dim × bytes × tokens × sequences</source>
        <translation>2（K 和 V）× 保留 KV 缓存的层数 × KV 头数 × head_dim × 字节数 × 词元数 × 序列数</translation>
    </message>
    <message>
        <source>2 (K and V) × layers × KV heads × head_dim × bytes × tokens × sequences</source>
        <translation>2（K 和 V）× 层数 × KV 头数 × head_dim × 字节数 × 词元数 × 序列数</translation>
    </message>
    <message>
        <source>layers that keep a KV cache</source>
        <translation>保留 KV 缓存的层数</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <source>head_dim</source>
        <translation>head_dim</translation>
    </message>
    <message>
        <source>only the full-attention layers keep a cache that grows with the context</source>
        <translation>只有全注意力层保留随上下文增长的缓存</translation>
    </message>
    <message>
        <source>layers × (kv_lora_rank + qk_rope_head_dim) × bytes × tokens × sequences (one latent per token and layer, no factor 2)</source>
        <translation>层数 × (kv_lora_rank + qk_rope_head_dim) × 字节数 × 词元数 × 序列数（每个词元每层一个潜向量，没有因子 2）</translation>
    </message>
    <message>
        <source>kv_lora_rank</source>
        <translation>kv_lora_rank</translation>
    </message>
    <message>
        <source>qk_rope_head_dim</source>
        <translation>qk_rope_head_dim</translation>
    </message>
    <message>
        <source>bytes per token as the maker states them × tokens × sequences</source>
        <translation>厂商说明的每词元字节数 × 词元数 × 序列数</translation>
    </message>
    <message>
        <source>KV bytes per token</source>
        <translation>每词元 KV 字节数</translation>
    </message>
    <message>
        <source>an attention that none of the formulas covers: only a per-token figure its maker states is used</source>
        <translation>这种注意力机制不适用任何公式：仅采用厂商说明的每词元数字</translation>
    </message>
    <message>
        <source>depends on the attention kind</source>
        <translation>取决于注意力类型</translation>
    </message>
    <message>
        <source>attention kind</source>
        <translation>注意力类型</translation>
    </message>
    <message>
        <source>depends on the architecture</source>
        <translation>取决于架构</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>tokens (context)</source>
        <translation>词元数（上下文）</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>序列数</translation>
    </message>
    <message>
        <source>KV cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <source> + indexer key bytes per token × tokens × sequences (a fixed format, whatever the KV precision)</source>
        <translation> + 每词元索引器键字节数 × 词元数 × 序列数（固定格式，与 KV 精度无关）</translation>
    </message>
    <message>
        <source>indexer key bytes per token</source>
        <translation>每词元索引器键字节数</translation>
    </message>
    <message>
        <source>no linear-attention layers</source>
        <translation>没有线性注意力层</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>linear-attention layers × value heads × key dim × value dim × bytes × sequences</source>
        <translation>线性注意力层数 × 值头数 × 键维度 × 值维度 × 字节数 × 序列数</translation>
    </message>
    <message>
        <source>linear-attention state</source>
        <translation>线性注意力状态</translation>
    </message>
    <message>
        <source>linear-attention layers</source>
        <translation>线性注意力层数</translation>
    </message>
    <message>
        <source>value heads</source>
        <translation>值头数</translation>
    </message>
    <message>
        <source>key head dim</source>
        <translation>键头维度</translation>
    </message>
    <message>
        <source>value head dim</source>
        <translation>值头维度</translation>
    </message>
    <message>
        <source>bytes per state element</source>
        <translation>每个状态元素的字节数</translation>
    </message>
    <message>
        <source>derived from the configuration, not a number the maker states (the small convolution state is left out)</source>
        <translation>由配置推算，并非厂商说明的数字（未计入较小的卷积状态）</translation>
    </message>
    <message>
        <source>devices × (allowance + share × weights on the device)</source>
        <translation>设备数 × (预留量 + 比例 × 该设备上的权重)</translation>
    </message>
    <message>
        <source>allowance per device</source>
        <translation>每台设备的预留量</translation>
    </message>
    <message>
        <source>share of the weights</source>
        <translation>权重比例</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>设备数</translation>
    </message>
    <message>
        <source>an assumption, adjustable; no source states it</source>
        <translation>假设值，可调整；没有来源说明它</translation>
    </message>
    <message>
        <source>upper bound = devices × bandwidth ÷ (active parameters × bits ÷ 8 + KV cache + state read per token)</source>
        <translation>上限 = 设备数 × 带宽 ÷ (激活参数 × 位数 ÷ 8 + 每词元读取的 KV 缓存与状态)</translation>
    </message>
    <message>
        <source>active parameters</source>
        <translation>激活参数</translation>
    </message>
    <message>
        <source>bandwidth per device</source>
        <translation>每台设备的带宽</translation>
    </message>
    <message>
        <source>%1 GB/s</source>
        <translation>%1 GB/s</translation>
    </message>
    <message>
        <source>KV cache and state</source>
        <translation>KV 缓存与状态</translation>
    </message>
    <message>
        <source>an upper bound from memory bandwidth alone, per sequence; never a measurement</source>
        <translation>仅由内存带宽得出的每序列上限，并非实测</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>secondary source</source>
        <translation>二手来源</translation>
    </message>
    <message>
        <source>derived</source>
        <translation>推算</translation>
    </message>
    <message>
        <source>assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <source>%1 = %2 (%3)</source>
        <translation>%1 = %2（%3）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>放得下</translation>
    </message>
    <message>
        <source>tight</source>
        <translation>紧张</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>放不下</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>not stated of %1</source>
        <translation>未说明 / %1</translation>
    </message>
    <message>
        <source>%1 of %2 on each of %3 devices</source>
        <translation>%3 台设备每台 %1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 词元</translation>
    </message>
    <message>
        <source>%1 (the model&apos;s maximum)</source>
        <translation>%1（模型上限）</translation>
    </message>
    <message>
        <source>beyond the native %1: needs YaRN or the like</source>
        <translation>超出原生的 %1：需要 YaRN 等扩展</translation>
    </message>
    <message>
        <source>≤ %1 tokens/s (upper bound)</source>
        <translation>≤ %1 词元/秒（上限）</translation>
    </message>
    <message>
        <source>a device of %1 GB</source>
        <translation>一台 %1 GB 的设备</translation>
    </message>
    <message>
        <source>%1 × %2 (%3 GB each, bandwidth %4); weights %5, KV cache %6; context %7 tokens, sequences: %8.</source>
        <translation>%1 × %2（每台 %3 GB，带宽 %4）；权重 %5，KV 缓存 %6；上下文 %7 词元，序列数：%8。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型家族</translation>
    </message>
    <message>
        <source>Memory on a device</source>
        <translation>每台设备的内存</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最大上下文</translation>
    </message>
    <message>
        <source>Decode speed bound</source>
        <translation>解码速度上限</translation>
    </message>
    <message>
        <source>How the figures are computed</source>
        <translation>这些数字如何计算</translation>
    </message>
    <message>
        <source>Weights: %1.</source>
        <translation>权重：%1。</translation>
    </message>
    <message>
        <source>KV cache, GQA: 2 (K and V) × layers × KV heads × head_dim × bytes × tokens × sequences; MLA: layers × (kv_lora_rank + qk_rope_head_dim) × bytes × tokens × sequences; hybrid: only the layers that keep a KV cache. The linear-attention state of a hybrid model is derived from its configuration.</source>
        <translation>KV 缓存，GQA：2（K 和 V）× 层数 × KV 头数 × head_dim × 字节数 × 词元数 × 序列数；MLA：层数 × (kv_lora_rank + qk_rope_head_dim) × 字节数 × 词元数 × 序列数；混合架构：只计保留 KV 缓存的层。混合架构模型的线性注意力状态由其配置推算。</translation>
    </message>
    <message>
        <source>Several devices split the weights and the cache; each one&apos;s memory is counted on its own.</source>
        <translation>多台设备分担权重与缓存；每台设备的内存单独计算。</translation>
    </message>
    <message>
        <source>The decode speed is an upper bound from memory bandwidth alone, never a measurement.</source>
        <translation>解码速度是仅由内存带宽得出的上限，并非实测。</translation>
    </message>
    <message>
        <source>&quot;Not stated&quot; marks a figure one of whose inputs no source read states.</source>
        <translation>“未说明”表示该数字的某个输入没有任何所读来源说明。</translation>
    </message>
</context>
<context>
    <name>FitContextChart</name>
    <message>
        <source>Select models in the table to see their memory against the context.</source>
        <translation>在表格中选择模型，即可查看其内存随上下文长度的变化。</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <source>This dataset defines no chart of memory against context.</source>
        <translation>此数据集未定义内存与上下文长度图。</translation>
    </message>
</context>
<context>
    <name>FitTableModel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Memory on a device: weights / KV cache / overhead</source>
        <translation>每台设备的内存：权重 / KV 缓存 / 开销</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation>可容纳的最大上下文</translation>
    </message>
    <message>
        <source>Decode speed bound</source>
        <translation>解码速度上限</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV 缓存</translation>
    </message>
    <message>
        <source>Linear-attention state</source>
        <translation>线性注意力状态</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Decode speed upper bound (bytes read per token)</source>
        <translation>解码速度上限（每词元读取的字节数）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>The context is beyond any that a source states for this model.</source>
        <translation>该上下文超出了来源为此模型说明的任何长度。</translation>
    </message>
    <message>
        <source>The context is beyond the model&apos;s native one: it needs YaRN or the like.</source>
        <translation>该上下文超出了模型的原生长度：需要 YaRN 等扩展。</translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message>
        <source>%1 (%2 GB)</source>
        <translation>%1（%2 GB）</translation>
    </message>
    <message>
        <source>Other: type memory and bandwidth</source>
        <translation>其他：输入内存与带宽</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 位）</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>数量(&amp;M)：</translation>
    </message>
    <message>
        <source>Devices of this kind: the weights are split between them, and each one&apos;s memory is counted on its own, never as one pool</source>
        <translation>这种设备的数量：权重在它们之间拆分，每台设备的内存单独计算，从不合并为一个池</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>权重(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;KV cache:</source>
        <translation>KV 缓存(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Sequences:</source>
        <translation>序列数(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Overhead:</source>
        <translation>开销(&amp;O)：</translation>
    </message>
    <message>
        <source> GB a device</source>
        <translation> GB/台</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>Only what &amp;fits</source>
        <translation>只显示放得下的(&amp;F)</translation>
    </message>
    <message>
        <source>Bars: weights (solid, the family&apos;s colour), KV cache and state (hatched), overhead (dotted); the line is the device&apos;s memory. The speed is an upper bound from memory bandwidth alone, never a measurement. %1 Hover over a figure, or select a row, for its formula and sources.</source>
        <translation>条形：权重（实心，模型家族的颜色）、KV 缓存与状态（斜线）、开销（点状）；竖线为设备内存。速度是仅由内存带宽得出的上限，并非实测。%1 将鼠标悬停在数字上或选中一行，可查看其公式与来源。</translation>
    </message>
    <message>
        <source>What fits</source>
        <translation>能放下的模型</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 词元</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n model(s)</source>
        <translation>
            <numerusform>显示 %1 个模型，共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a model for the formulas, the numbers put in and the sources of each input.</source>
        <translation>选中一个模型，可查看公式、代入的数字以及每个输入的来源。</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>unknown device &quot;%1&quot;; choose one of %2</source>
        <translation>未知设备“%1”；请从 %2 中选择</translation>
    </message>
    <message>
        <source>unknown precision &quot;%1&quot;; choose one of %2</source>
        <translation>未知精度“%1”；请从 %2 中选择</translation>
    </message>
</context>
<context>
    <name>FollowUpReport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>a device of %1</source>
        <translation>一台 %1 的设备</translation>
    </message>
    <message>
        <source>%1 × %2, each counted on its own</source>
        <translation>%1 × %2，每台单独计算</translation>
    </message>
    <message>
        <source>%1 at %2: %3, largest context %4</source>
        <translation>%1（%2）：%3，最大上下文 %4</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>On your hardware</source>
        <translation>在你的硬件上</translation>
    </message>
    <message>
        <source>weights at %1</source>
        <translation>权重精度 %1</translation>
    </message>
    <message>
        <source>weights at the precision with the most bits that fits each model</source>
        <translation>权重取每个模型能装下的最高位数精度</translation>
    </message>
    <message>
        <source>%1; %2, a context of %3 tokens, the KV cache at %4.</source>
        <translation>%1；%2，上下文 %3 个 token，KV 缓存精度 %4。</translation>
    </message>
    <message>
        <source>None of %1&apos;s models with open weights fits this hardware.</source>
        <translation>%1 的开源权重模型没有一个能装进这套硬件。</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s models that fit (%n):</source>
        <translation>
            <numerusform>%1 能装下的模型（%n 个）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Memory per device</source>
        <translation>每台设备的内存</translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation>最大上下文</translation>
    </message>
    <message>
        <source>Decode speed, upper bound</source>
        <translation>解码速度上限</translation>
    </message>
    <message>
        <source>%1 (tight)</source>
        <translation>%1（紧张）</translation>
    </message>
    <message>
        <source>The closest of %1: %2.</source>
        <translation>%1 中最接近的：%2。</translation>
    </message>
    <message>
        <source>None of %1&apos;s models fits; the nearest is %2.</source>
        <translation>%1 的模型都装不下；最接近的是 %2。</translation>
    </message>
    <message>
        <source>No model of %1 can be sized: an input is not stated.</source>
        <translation>%1 的模型都无法估算：有输入未说明。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1&apos;s models cannot be sized: an input is not stated.</source>
        <translation>
            <numerusform>%1 有 %n 个模型无法估算：有输入未说明。</numerusform>
        </translation>
    </message>
    <message>
        <source>Memory: weights (all parameters, every expert) + KV cache at the context + overhead; the decode speed is an upper bound from the memory bandwidth, not a measurement. Each figure&apos;s formula and sources: the Fit tab, or versus --fit.</source>
        <translation>内存 = 权重（全部参数，每个专家）+ 该上下文的 KV 缓存 + 开销；解码速度是由内存带宽得出的上限，不是实测。各数字的公式与来源：见“适配”标签页或 versus --fit。</translation>
    </message>
    <message>
        <source>What it would cost</source>
        <translation>要花多少钱</translation>
    </message>
    <message>
        <source>%1 million input tokens a month (%2% from the cache), %3 million output tokens, at %4&apos;s list prices in force on %5, each in its own currency.</source>
        <translation>每月 %1 百万输入 token（%2% 来自缓存）、%3 百万输出 token，按 %4 在 %5 生效的标价计算，各用其原币种。</translation>
    </message>
    <message>
        <source>No model of %1 has a list price in the dataset.</source>
        <translation>数据集中 %1 的模型都没有标价。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>每月费用</translation>
    </message>
    <message>
        <source>Price date</source>
        <translation>价格日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Monthly cost = input on a cache miss × its price + cached input × the cached price + output × the output price, per million tokens. The Cost tab compares every priced model.</source>
        <translation>每月费用 = 未命中缓存的输入 × 其价格 + 缓存输入 × 缓存价格 + 输出 × 输出价格，均按每百万 token 计。“成本”标签页比较所有有标价的模型。</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <source>What hardware will run it?</source>
        <translation>用什么硬件来运行？</translation>
    </message>
    <message>
        <source>The result then names the models of the recommended family that fit, at which precision and context, and the closest of the other family. Leave the device &quot;Not given&quot; to skip this.</source>
        <translation>结果将列出推荐家族中能装下的模型、所用精度与上下文，以及另一家族中最接近的模型。设备选“未给出”即可跳过。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Another device: type its memory</source>
        <translation>其他设备：输入其内存</translation>
    </message>
    <message>
        <source>The most bits that fit each model</source>
        <translation>每个模型能装下的最高位数</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source> GB/s</source>
        <translation> GB/s</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Memory per device:</source>
        <translation>每台设备内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Memory &amp;bandwidth:</source>
        <translation>内存带宽(&amp;B)：</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>数量(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Weights precision:</source>
        <translation>权重精度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>上下文(&amp;C)：</translation>
    </message>
    <message>
        <source>Several devices split the weights; each one&apos;s memory is counted on its own. Memory and speed come from the dataset&apos;s sourced architectures, as in the Fit tab.</source>
        <translation>多台设备分摊权重，每台的内存单独计算。内存与速度来自数据集中有来源的架构数据，与“适配”标签页相同。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n row(s) will be imported as independent scores.</source>
        <translation>
            <numerusform>将有 %n 行作为独立评测分数导入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are skipped: no model matches their name, or they have no score. Choose a model for a row to import it under that model.</source>
        <translation>
            <numerusform>将跳过 %n 行：没有模型与其名称匹配，或没有分数。为某行选择一个模型，即可将其导入到该模型下。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Import Scores</source>
        <translation>导入分数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rows read from the files</source>
        <translation>从文件读取的行</translation>
    </message>
    <message>
        <source>— skip —</source>
        <translation>— 跳过 —</translation>
    </message>
    <message>
        <source>Model for line %1</source>
        <translation>第 %1 行的模型</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>%1 (setting %2)</source>
        <translation>%1（设置 %2）</translation>
    </message>
</context>
<context>
    <name>IndependentEvidence</name>
    <message>
        <source>%1 (setting %2)</source>
        <translation>%1（设置 %2）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; no score of the maker&apos;s</source>
        <translation>；无开发方自报分数</translation>
    </message>
    <message>
        <source>; the maker&apos;s: %1</source>
        <translation>；开发方自报：%1</translation>
    </message>
</context>
<context>
    <name>Json</name>
    <message>
        <source>the file ends where a value was expected</source>
        <translation>文件在应有一个值的位置结束</translation>
    </message>
    <message>
        <source>expected a value (an object, array, string, number, true, false or null)</source>
        <translation>应为一个值（对象、数组、字符串、数字、true、false 或 null）</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>无效的数字</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>数字超出范围</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>文件在字符串内部结束</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation>无效的 \u 转义：应为四位十六进制数字</translation>
    </message>
    <message>
        <source>invalid escape sequence in a string</source>
        <translation>字符串中有无效的转义序列</translation>
    </message>
    <message>
        <source>control character in a string (write it as an escape such as \n)</source>
        <translation>字符串中有控制字符（请写成转义形式，如 \n）</translation>
    </message>
    <message>
        <source>invalid UTF-8 in a string</source>
        <translation>字符串中有无效的 UTF-8</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>the file ends inside an array (missing &quot;]&quot;)</source>
        <translation>文件在数组内部结束（缺少“]”）</translation>
    </message>
    <message>
        <source>a comma before &quot;]&quot;: expected another value</source>
        <translation>“]”之前有逗号：应还有一个值</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; in an array</source>
        <translation>数组中应为“,”或“]”</translation>
    </message>
    <message>
        <source>the file ends inside an object (missing &quot;}&quot;)</source>
        <translation>文件在对象内部结束（缺少“}”）</translation>
    </message>
    <message>
        <source>a comma before &quot;}&quot;: expected another member</source>
        <translation>“}”之前有逗号：应还有一个成员</translation>
    </message>
    <message>
        <source>expected a member name in quotes</source>
        <translation>应为带引号的成员名</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a member name</source>
        <translation>成员名之后应为“:”</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; in an object</source>
        <translation>对象中应为“,”或“}”</translation>
    </message>
    <message>
        <source>duplicate member &quot;%1&quot;</source>
        <translation>重复的成员“%1”</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
</context>
<context>
    <name>KeyboardPaths</name>
    <message>
        <source>Sort by “%1”, Ascending</source>
        <translation>按“%1”升序排序</translation>
    </message>
    <message>
        <source>Sort by “%1”, Descending</source>
        <translation>按“%1”降序排序</translation>
    </message>
</context>
<context>
    <name>LocalizedText</name>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
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
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export what this tab shows: the matrix, the chart, the recommendation, or else the report</source>
        <translation>导出当前标签页显示的内容：矩阵、图表或推荐结果；其他标签页导出报告</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the chart shown in the Charts tab as PDF, SVG or PNG</source>
        <translation>将“图表”标签页中显示的图表保存为 PDF、SVG 或 PNG</translation>
    </message>
    <message>
        <source>Export &amp;Matrix…</source>
        <translation>导出矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>Save the feature matrix as CSV or JSON</source>
        <translation>将功能矩阵保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <source>matrix.csv</source>
        <translation>矩阵.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Matrix exported to %1</source>
        <translation>矩阵已导出到 %1</translation>
    </message>
    <message>
        <source>The matrix could not be exported.</source>
        <translation>无法导出矩阵。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Opening was cancelled; the dataset shown stays open.</source>
        <translation>已取消打开；当前显示的数据集保持不变。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop opening the dataset and keep the one shown</source>
        <translation>停止打开该数据集，保留当前显示的数据集</translation>
    </message>
    <message>
        <source>Opening dataset</source>
        <translation>正在打开数据集</translation>
    </message>
    <message>
        <source>Export Matrix: %1 of %2 Rows as Shown</source>
        <translation>导出矩阵：按当前显示的 %1/%2 行</translation>
    </message>
    <message>
        <source>%1 of %2 matrix rows exported to %3</source>
        <translation>已将矩阵的 %1/%2 行导出到 %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;Facts beyond the document: %1 (the document&apos;s date: %2)&lt;/p&gt;</source>
        <translation>&lt;p&gt;文档之外的事实：%1（文档日期：%2）&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Sources: the comparison document, and %n public source(s)</source>
        <translation>
            <numerusform>&lt;p&gt;来源：对比文档，以及 %n 个公开来源</numerusform>
        </translation>
    </message>
    <message>
        <source>, the first %1 of them:&lt;/p&gt;</source>
        <translation>，以下为其中前 %1 个：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>:&lt;/p&gt;</source>
        <translation>：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适配</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Independent evidence imported from:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;导入的独立评测证据来自：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>Showing %1 (version %2)</source>
        <translation>正在显示%1（版本 %2）</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Versus&lt;/h2&gt;&lt;p&gt;Versus lays out the comparison of the DeepSeek and Qwen model families: every statement with where it comes from and how sure it is.&lt;/p&gt;&lt;h3&gt;Views&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Document&lt;/b&gt;: the comparison as written. The contents on the left jump to a section; Ctrl+F finds text, F3 and Shift+F3 move between matches.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Matrix&lt;/b&gt;: the feature table, a column per family, with how sure each cell is. Ctrl+F searches every cell; select a cell to trace it to its passage and sources, two to compare; Enter opens the passage; Ctrl+C copies as TSV.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Models&lt;/b&gt;: every model with its size, context and license; filter by parameter range to find what fits your hardware.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Charts&lt;/b&gt;: benchmark scores, model sizes and releases. Hover over a bar or point for its value, who reported it and under which setting; the notes under a chart say which scores are not strictly comparable.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Fit&lt;/b&gt;: what runs on your hardware: choose a device (or type its memory), how many, the precisions and the context; each model shows its memory as weights, KV cache and overhead against the device&apos;s, whether it fits, the largest context that fits and an upper bound of its decode speed, with every formula and source.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Recommend&lt;/b&gt;: a few questions about your project lead to a recommendation, with the passages behind each reason and the answers that would change it; Analyst Mode weighs each criterion.&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;How sure a statement is&lt;/h3&gt;&lt;p&gt;The document separates what it states from what is reported, rumored or anticipated; Versus keeps that distinction everywhere, and marks vendors&apos; own benchmark numbers as vendor-reported.&lt;/p&gt;&lt;h3&gt;Exports&lt;/h3&gt;&lt;p&gt;File → Export… (Ctrl+E) saves what the tab shows: the matrix as CSV or JSON, the chart as PDF, SVG or PNG, the recommendation as PDF; elsewhere the report. File → Export Report… makes the whole report as a PDF; Print Preview… and Print… (Ctrl+P) print it.&lt;/p&gt;&lt;h3&gt;Keys&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ctrl+O open a dataset, Ctrl+Q quit&lt;/li&gt;&lt;li&gt;Ctrl+PgDown / Ctrl+PgUp, or Ctrl+Tab / Ctrl+Shift+Tab, next and previous tab&lt;/li&gt;&lt;li&gt;Alt+Left back to where you were before a link opened another tab&lt;/li&gt;&lt;li&gt;Ctrl+F find, Ctrl+E export, Ctrl+P print, F1 this help&lt;/li&gt;&lt;li&gt;Tab and Shift+Tab move through the controls of a tab; on a table, the Menu key (or Shift+F10) sorts by the current column, and in the Matrix moves or hides it&lt;/li&gt;&lt;li&gt;Ctrl+F1 shows the tooltip of the focused control or table cell (a source, a note)&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;Appearance&lt;/h3&gt;&lt;p&gt;View → Theme chooses light or dark colours, or the system&apos;s; View → Language switches between English and Simplified Chinese.&lt;/p&gt;&lt;h3&gt;Datasets&lt;/h3&gt;&lt;p&gt;Another dataset can be opened with File → Open Dataset…, by dropping a JSON file on the window, or with &lt;code&gt;versus FILE.json&lt;/code&gt;. &lt;code&gt;versus --validate FILE&lt;/code&gt; checks one.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Versus&lt;/h2&gt;&lt;p&gt;Versus 展示 DeepSeek 与通义千问 Qwen 两大模型家族的对比：每一条陈述都注明出处与可信程度。&lt;/p&gt;&lt;h3&gt;视图&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;文档&lt;/b&gt;：对比原文。左侧目录可跳转到各节；Ctrl+F 查找文本，F3 和 Shift+F3 在匹配项之间移动。&lt;/li&gt;&lt;li&gt;&lt;b&gt;矩阵&lt;/b&gt;：功能对比表，每个模型家族一列，并标明每个单元格的可信程度。Ctrl+F 搜索所有单元格；选中一个单元格可追溯其原文段落与来源，选中两个可并排比较；Enter 打开原文段落；Ctrl+C 以 TSV 格式复制。&lt;/li&gt;&lt;li&gt;&lt;b&gt;模型&lt;/b&gt;：每个模型的规模、上下文长度与许可证；按参数范围筛选，找到适合你硬件的模型。&lt;/li&gt;&lt;li&gt;&lt;b&gt;图表&lt;/b&gt;：基准得分、模型规模与发布时间。将鼠标悬停在柱或点上，可查看数值、发布方及测试设置；图表下方的注释说明哪些分数不能严格比较。&lt;/li&gt;&lt;li&gt;&lt;b&gt;适配&lt;/b&gt;：你的硬件能运行什么：选择设备（或输入其内存）、数量、精度与上下文长度；每个模型以权重、KV 缓存和开销对比设备内存显示其内存占用，并给出能否放下、可容纳的最大上下文以及解码速度上限，每个公式与来源均可查看。&lt;/li&gt;&lt;li&gt;&lt;b&gt;推荐&lt;/b&gt;：回答几个关于你项目的问题，即可得到推荐结果，每条理由都附有依据的原文段落，并列出会改变结果的回答；分析师模式可调整各项标准的权重。&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;陈述的可信程度&lt;/h3&gt;&lt;p&gt;文档区分了明确陈述、据报道、传闻与预期的内容；Versus 在各处都保留这一区分，并将厂商自行发布的基准分数标为“厂商自报”。&lt;/p&gt;&lt;h3&gt;导出&lt;/h3&gt;&lt;p&gt;文件 → 导出…（Ctrl+E）保存当前标签页显示的内容：矩阵导出为 CSV 或 JSON，图表导出为 PDF、SVG 或 PNG，推荐结果导出为 PDF；在其他标签页则导出报告。文件 → 导出报告… 生成完整的 PDF 报告；打印预览… 与打印…（Ctrl+P）用于打印报告。&lt;/p&gt;&lt;h3&gt;快捷键&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Ctrl+O 打开数据集，Ctrl+Q 退出&lt;/li&gt;&lt;li&gt;Ctrl+PgDown / Ctrl+PgUp，或 Ctrl+Tab / Ctrl+Shift+Tab：下一个和上一个标签页&lt;/li&gt;&lt;li&gt;Alt+Left：返回链接打开另一个标签页之前所在的位置&lt;/li&gt;&lt;li&gt;Ctrl+F 查找，Ctrl+E 导出，Ctrl+P 打印，F1 本帮助&lt;/li&gt;&lt;li&gt;Tab 与 Shift+Tab：在标签页的控件之间移动；在表格中按菜单键（或 Shift+F10）按当前列排序，在矩阵中还可移动或隐藏该列&lt;/li&gt;&lt;li&gt;Ctrl+F1：显示当前焦点控件或表格单元格的工具提示（来源、注释）&lt;/li&gt;&lt;/ul&gt;&lt;h3&gt;外观&lt;/h3&gt;&lt;p&gt;视图 → 主题：选择浅色、深色或跟随系统的配色；视图 → 语言：在英文和简体中文之间切换。&lt;/p&gt;&lt;h3&gt;数据集&lt;/h3&gt;&lt;p&gt;可通过 文件 → 打开数据集…、将 JSON 文件拖放到窗口上，或使用 &lt;code&gt;versus FILE.json&lt;/code&gt; 打开其他数据集。&lt;code&gt;versus --validate FILE&lt;/code&gt; 可检查数据集。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The focused control has no tooltip.</source>
        <translation>当前焦点控件没有工具提示。</translation>
    </message>
    <message>
        <source>Show &amp;Tooltip</source>
        <translation>显示工具提示(&amp;T)</translation>
    </message>
    <message>
        <source>The answers could not be loaded.</source>
        <translation>无法加载回答。</translation>
    </message>
    <message>
        <source>Loaded the answers from %1</source>
        <translation>已从 %1 加载回答</translation>
    </message>
</context>
<context>
    <name>MatrixDelegate</name>
    <message>
        <source>≠ primary source</source>
        <translation>≠ 一手来源</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message>
        <source>Tie</source>
        <translation>平手</translation>
    </message>
    <message>
        <source>Dimension ID</source>
        <translation>维度 ID</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 确定程度</translation>
    </message>
    <message>
        <source>Document favours</source>
        <translation>文档倾向</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv or .json</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
</context>
<context>
    <name>MatrixFilterModel</name>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>Pinned: stays at the top</source>
        <translation>已置顶：始终显示在最上方</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Tie</source>
        <translation>平手</translation>
    </message>
    <message>
        <source>Differs from the primary source: %1</source>
        <translation>与一手来源不符：%1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>The row of the document&apos;s feature table</source>
        <translation>文档功能对比表中的行</translation>
    </message>
    <message>
        <source>Document favours</source>
        <translation>文档倾向</translation>
    </message>
    <message>
        <source>The family the document&apos;s analysis favours on this row, and why</source>
        <translation>文档分析在此行倾向的模型家族及理由</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Since the document (%1): %2 %3 — %4</source>
        <translation>文档之后（%1）：%2 %3 — %4</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>How sure:</source>
        <translation>确定程度：</translation>
    </message>
    <message>
        <source>A check against the primary source differs from what the document says (see the detail pane).</source>
        <translation>对照一手来源的核查结果与文档所述不符（见详情面板）。</translation>
    </message>
    <message>
        <source>Double-click or Enter: open the passage · Ctrl+C: copy as TSV · select two cells to compare</source>
        <translation>双击或按 Enter：打开段落 · Ctrl+C：复制为 TSV · 选中两个单元格可对比</translation>
    </message>
    <message>
        <source>Search all cells (Ctrl+F)</source>
        <translation>搜索所有单元格（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the matrix</source>
        <translation>搜索矩阵</translation>
    </message>
    <message>
        <source>F&amp;avours:</source>
        <translation>倾向(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>确定程度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Choose which family columns to show; drag a header to reorder</source>
        <translation>选择要显示的模型家族列；拖动表头可调整顺序</translation>
    </message>
    <message>
        <source>&amp;Pin Row</source>
        <translation>置顶行(&amp;P)</translation>
    </message>
    <message>
        <source>Keep the current row at the top</source>
        <translation>将当前行固定在最上方</translation>
    </message>
    <message>
        <source>&amp;Document Order</source>
        <translation>文档顺序(&amp;D)</translation>
    </message>
    <message>
        <source>Sort the rows as the document lists them</source>
        <translation>按文档中的顺序排列各行</translation>
    </message>
    <message>
        <source>Feature matrix</source>
        <translation>功能矩阵</translation>
    </message>
    <message>
        <source>Cell details</source>
        <translation>单元格详情</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Tie</source>
        <translation>平手</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>显示 %1 行，共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Show All in Document Order</source>
        <translation>全部显示并按文档顺序排列</translation>
    </message>
    <message>
        <source>Hide Column</source>
        <translation>隐藏列</translation>
    </message>
    <message>
        <source>Move Left</source>
        <translation>左移</translation>
    </message>
    <message>
        <source>Move Right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Unpin Row</source>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin Row</source>
        <translation>置顶行</translation>
    </message>
    <message>
        <source>Open Passage in Document</source>
        <translation>在文档中打开段落</translation>
    </message>
    <message>
        <source>Copy as Text (TSV)</source>
        <translation>复制为文本（TSV）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
    <message>
        <source>below %1</source>
        <translation>低于 %1</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2 %3&lt;/b&gt; (%4)</source>
        <translation>%1：&lt;b&gt;%2 %3&lt;/b&gt;（%4）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Claim:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;说法：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check:&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;≠ %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;核查：&lt;/b&gt;&lt;span style=&quot;color:%1&quot;&gt;≠ %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;核查：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3 source)</source>
        <translation>%1 — %2（%3来源）</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>一手</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>二手</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The document favours:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;文档倾向：&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the passage that says so</source>
        <translation>打开相关段落</translation>
    </message>
    <message>
        <source>Open this row in the document</source>
        <translation>在文档中打开此行</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;≠ A check against the primary source differs from the document&lt;/b&gt; (see below).&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1&quot;&gt;&lt;b&gt;≠ 对照一手来源的核查结果与文档不符&lt;/b&gt;（见下文）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Statements&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;陈述&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Open this cell in the document</source>
        <translation>在文档中打开此单元格</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Public facts and claim checks&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;公开事实与说法核查&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No public source in the dataset checks this cell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;数据集中没有核查此单元格的公开来源。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cell to see its full text, how sure each statement is, the passage it comes from and the public sources that check it.&lt;/p&gt;&lt;p&gt;Select two cells (Ctrl+click) to compare them side by side.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选中一个单元格，可查看其全文、每条陈述的确定程度、所出自的段落，以及核查它的公开来源。&lt;/p&gt;&lt;p&gt;选中两个单元格（Ctrl+单击）可并排对比。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Comparing two cells&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;对比两个单元格&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Export Shown Rows…</source>
        <translation>导出显示的行…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Since the document&lt;/b&gt; (%1), what became of its anticipated, rumored and time-bound statements: %2</source>
        <translation>&lt;b&gt;文档之后&lt;/b&gt;（%1），文档中预期、传闻及有时效的说法的结果：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;The document:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;文档：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;What happened:&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;%2 %3&lt;/span&gt; (%4)</source>
        <translation>&lt;b&gt;实际结果：&lt;/b&gt;&lt;span style=&quot;color:%1&quot;&gt;%2 %3&lt;/span&gt;（%4）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;日期：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>none (it has not happened)</source>
        <translation>无（尚未发生）</translation>
    </message>
    <message>
        <source>Open the passage</source>
        <translation>打开该段落</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Since the document (%1)&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;文档之后（%1）&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>No dimension passes these filters.</source>
        <translation>没有维度符合这些筛选条件。</translation>
    </message>
    <message>
        <source>No dimension matches “%1” with these filters.</source>
        <translation>在这些筛选条件下，没有维度与“%1”匹配。</translation>
    </message>
    <message>
        <source>No dimension matches “%1”.</source>
        <translation>没有维度与“%1”匹配。</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>清除搜索（Esc）</translation>
    </message>
    <message numerus="yes">
        <source>%n cells selected; the first is shown. Select two to compare them.</source>
        <translation>
            <numerusform>已选择 %n 个单元格，显示第一个。选择两个可进行比较。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h4&gt;Independent evidence&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;独立评测证据&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Column “%1”</source>
        <translation>“%1”列</translation>
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
    <name>ModelsModel</name>
    <message>
        <source>not stated by the source</source>
        <translation>来源未说明</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <source>%1 (%2 source)
%3</source>
        <translation>%1（%2来源）
%3</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>一手</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>二手</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型家族</translation>
    </message>
    <message>
        <source>Month of release</source>
        <translation>发布月份</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Total parameters, in billions</source>
        <translation>总参数量（十亿）</translation>
    </message>
    <message>
        <source>Total params</source>
        <translation>总参数量</translation>
    </message>
    <message>
        <source>Parameters active per token, in billions (mixture-of-experts models)</source>
        <translation>每 token 激活参数量（十亿；混合专家模型）</translation>
    </message>
    <message>
        <source>Active params</source>
        <translation>激活参数量</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Context window, in tokens</source>
        <translation>上下文窗口（token 数）</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>License</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Modalities</source>
        <translation>模态</translation>
    </message>
    <message>
        <source>Where these values come from</source>
        <translation>这些数值的出处</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>The format of a release month (QLocale::toString): &quot;Sep 2024&quot;; Chinese &quot;yyyy年M月&quot;</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>after the document</source>
        <translation>文档之后</translation>
    </message>
    <message>
        <source>API only</source>
        <translation>仅 API</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation>%1（二手）</translation>
    </message>
    <message>
        <source>The document&apos;s date: %1; the facts beyond it are %2</source>
        <translation>文档日期：%1；文档之外的事实%2</translation>
    </message>
    <message>
        <source>Released after the document&apos;s date, and served only through an API where the source says so</source>
        <translation>发布于文档日期之后；来源称仅通过 API 提供的也会标出</translation>
    </message>
    <message>
        <source>Since the document</source>
        <translation>文档之后</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1
As the source gives it: %2</source>
        <translation>%1
来源原文：%2</translation>
    </message>
    <message>
        <source>Measured by a third party (status independent), beside the maker&apos;s own scores</source>
        <translation>由第三方测得（状态为独立评测），与开发方自报的分数并列</translation>
    </message>
    <message>
        <source>No third party&apos;s score in the dataset (File → Import Scores… adds Epoch AI and LMArena results)</source>
        <translation>数据集中没有第三方分数（“文件 → 导入分数…”可加入 Epoch AI 和 LMArena 的结果）</translation>
    </message>
    <message>
        <source>Scores measured by a third party (Epoch AI, LMArena), with their standard error or interval, beside the maker&apos;s own</source>
        <translation>由第三方（Epoch AI、LMArena）测得的分数及其标准误差或区间，与开发方自报的分数并列</translation>
    </message>
    <message>
        <source>Independent scores</source>
        <translation>独立评测分数</translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message>
        <source>Search models (Ctrl+F)</source>
        <translation>搜索模型（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search the models</source>
        <translation>搜索模型</translation>
    </message>
    <message>
        <source>F&amp;amily:</source>
        <translation>模型家族(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>许可证(&amp;L)：</translation>
    </message>
    <message>
        <source>Total &amp;parameters:</source>
        <translation>总参数量(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>无下限</translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation>无上限</translation>
    </message>
    <message>
        <source> B</source>
        <translation> B</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n model(s)</source>
        <translation>
            <numerusform>显示 %1 个模型，共 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Total parameters, at least</source>
        <translation>总参数量下限</translation>
    </message>
    <message>
        <source>Total parameters, at most</source>
        <translation>总参数量上限</translation>
    </message>
    <message>
        <source>Total parameters in billions; empty for no limit. Models whose size the source does not state are left out while a limit is set, unless “Include unknown size” is ticked</source>
        <translation>总参数量，单位为十亿（B）；留空表示不限。设置了限制时，来源未说明规模的模型不显示，除非勾选“包括规模未知的模型”</translation>
    </message>
    <message>
        <source>Include &amp;unknown size</source>
        <translation>包括规模未知的模型(&amp;U)</translation>
    </message>
    <message>
        <source>While a parameter limit is set, also show the models whose size the source does not state</source>
        <translation>设置了参数量限制时，也显示来源未说明规模的模型</translation>
    </message>
    <message>
        <source>Model names</source>
        <translation>模型名称</translation>
    </message>
    <message>
        <source>“%1” marks a value the source does not state; such values sort last. A license marked * is as the source gives it with a qualifier (a secondary source, where it was read): point at it to read it.</source>
        <translation>“%1”表示来源未说明的值，这类值排在最后。标有 * 的许可证在来源中附有说明（二手来源、读取位置）：将指针移到其上即可查看。</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>date not stated</source>
        <translation>未说明日期</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Who leads, dimension by dimension</source>
        <translation>逐项看谁领先</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>确定程度</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 领先</translation>
    </message>
    <message>
        <source>level</source>
        <translation>持平</translation>
    </message>
    <message>
        <source>the document names no leader</source>
        <translation>文档未指出领先者</translation>
    </message>
    <message>
        <source>The document&apos;s verdicts: best for…</source>
        <translation>文档的结论：最适合……</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>平局</translation>
    </message>
    <message>
        <source>The document&apos;s figures</source>
        <translation>文档中的数字</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2 %3&lt;/b&gt; &lt;small&gt;(%4)&lt;/small&gt;</source>
        <translation>%1：&lt;b&gt;%2 %3&lt;/b&gt; &lt;small&gt;（%4）&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Since the document</source>
        <translation>文档发布以来</translation>
    </message>
    <message>
        <source>Since the document (as of %1)</source>
        <translation>文档发布以来（截至 %1）</translation>
    </message>
    <message>
        <source>The document said</source>
        <translation>文档所述</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Dataset %1, version %2</source>
        <translation>数据集 %1，版本 %2</translation>
    </message>
    <message>
        <source> · the document of %1</source>
        <translation> · 文档写于 %1</translation>
    </message>
    <message>
        <source> · facts since then as of %1</source>
        <translation> · 此后的事实截至 %1</translation>
    </message>
    <message>
        <source>&amp;Which family for me?</source>
        <translation>哪个系列适合我？(&amp;W)</translation>
    </message>
    <message>
        <source>Open the Ma&amp;trix</source>
        <translation>打开对比矩阵(&amp;T)</translation>
    </message>
    <message>
        <source>See the &amp;Charts</source>
        <translation>查看图表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PdfWriter</name>
    <message>
        <source>the data could not be written</source>
        <translation>无法写入数据</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>PriceClaimCheck</name>
    <message>
        <source>Holds in the list prices</source>
        <translation>在标价中成立</translation>
    </message>
    <message>
        <source>Does not hold in the list prices</source>
        <translation>在标价中不成立</translation>
    </message>
    <message>
        <source>Holds in some currencies only</source>
        <translation>仅在部分币种中成立</translation>
    </message>
    <message>
        <source>Cannot be checked: no currency has prices of both families</source>
        <translation>无法核查：没有哪个币种同时有两个系列的价格</translation>
    </message>
    <message numerus="yes">
        <source>%1: median blended price %2 (%n model(s), lowest %3) for %4 against %5 (%6 models, lowest %7) for %8.</source>
        <translation>
            <numerusform>%1：%4 的混合价格中位数为 %2（%n 个模型，最低 %3），%8 为 %5（%6 个模型，最低 %7）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices in force on %1, per million tokens, blended %2:%3 (input on a cache miss : output); each model counts once, at its lowest standard price (no discount window, the lowest context band); currencies are compared separately, never converted.</source>
        <translation>%1 生效的价格，每百万 token，按 %2:%3 混合（缓存未命中的输入 : 输出）；每个模型只计一次，取其最低标准价（不含优惠时段，取最低上下文档位）；各币种分别比较，从不换算。</translation>
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
    <name>RecommendView</name>
    <message>
        <source>Nothing to export yet: answer at least one question, and the recommendation it gives can be exported.</source>
        <translation>还没有可导出的内容：至少回答一个问题后，才能导出由此得出的推荐。</translation>
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
    <message>
        <source>Count &amp;rumored and anticipated evidence at:</source>
        <translation>传闻与预期证据的计入程度(&amp;R)：</translation>
    </message>
    <message>
        <source>Weights that rest on what the document calls rumored or anticipated count fully, at half, or not at all</source>
        <translation>以文档所称“传闻”或“预期”内容为依据的权重：全额计入、按一半计入或完全不计</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message numerus="yes">
        <source>Start Over cleared %n answer(s).</source>
        <translation>
            <numerusform>“重新开始”清除了 %n 个回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Undo Start Over</source>
        <translation>撤销重新开始(&amp;U)</translation>
    </message>
    <message>
        <source>Bring back the answers Start Over cleared</source>
        <translation>恢复“重新开始”清除的回答</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>RecommendationRenderer</name>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
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
        <source>Lead over the runner-up: %1. The document calls it %2.</source>
        <translation>领先第二名：%1。文档称之为%2。</translation>
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
        <translation>来源</translation>
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
        <source>a tie</source>
        <translation>打平</translation>
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
        <source>No preference</source>
        <translation>无偏好</translation>
    </message>
    <message>
        <source>Source: %1 (dataset %2, version %3). Every weight is derived from the document; each reason names the words it rests on.</source>
        <translation>来源：%1（数据集 %2，版本 %3）。每项权重都源自文档；每条理由都注明了其所依据的原文。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <source>No family leads: a tie</source>
        <translation>没有模型家族领先：打平</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型家族</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Margin: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Favours</source>
        <translation>倾向</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>What would change it</source>
        <translation>什么会改变结果</translation>
    </message>
    <message>
        <source>No single changed answer would change the result.</source>
        <translation>改变任何单个回答都不会改变结果。</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answer instead</source>
        <translation>改答为</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No question was answered.</source>
        <translation>没有回答任何问题。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>This build of Versus does not compute recommendations yet; the answers are listed as given.</source>
        <translation>此版本的 Versus 尚不能计算推荐结果；以下按原样列出回答。</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
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
<context>
    <name>Report</name>
    <message>
        <source>Tie</source>
        <translation>平手</translation>
    </message>
    <message>
        <source>Versus report</source>
        <translation>Versus 报告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 校验和</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Families compared</source>
        <translation>对比的模型家族</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>制作工具</translation>
    </message>
    <message>
        <source>Versus %1</source>
        <translation>Versus %1</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>关于本报告</translation>
    </message>
    <message>
        <source>How sure each statement is</source>
        <translation>各陈述的确定程度</translation>
    </message>
    <message>
        <source>Each row of the document&apos;s feature table: what it says of each family, how sure each statement is, and which family the document&apos;s analysis favours.</source>
        <translation>文档功能对比表的每一行：对每个模型家族的描述、每条陈述的确定程度，以及文档分析所倾向的模型家族。</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Favoured</source>
        <translation>倾向</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>核查：%1</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Best choice</source>
        <translation>最佳选择</translation>
    </message>
    <message>
        <source>Claims of the document checked against public sources. A check that does not simply confirm a claim is marked in the feature matrix.</source>
        <translation>对照公开来源核查文档中的说法。凡核查结果并非直接证实该说法的，均在功能矩阵中标出。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>说法</translation>
    </message>
    <message>
        <source>What the sources say</source>
        <translation>来源怎么说</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Besides the comparison document itself, these public sources were read.</source>
        <translation>除对比文档本身外，还参阅了以下公开来源。</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>一手</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>二手</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>出处</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Feature matrix</source>
        <translation>功能矩阵</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>推荐结果</translation>
    </message>
    <message>
        <source>Best for</source>
        <translation>最适合</translation>
    </message>
    <message>
        <source>Claim checks</source>
        <translation>说法核查</translation>
    </message>
    <message>
        <source>no dataset is open</source>
        <translation>没有打开的数据集</translation>
    </message>
    <message>
        <source>cannot start drawing the report</source>
        <translation>无法开始绘制报告</translation>
    </message>
    <message>
        <source>%1 — dataset %2</source>
        <translation>%1 — 数据集 %2</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>cannot finish drawing the report</source>
        <translation>无法完成报告的绘制</translation>
    </message>
    <message>
        <source>Versus report: %1</source>
        <translation>Versus 报告：%1</translation>
    </message>
    <message>
        <source>Facts beyond the document</source>
        <translation>文档之外的事实</translation>
    </message>
    <message>
        <source>Since the document</source>
        <translation>文档之后</translation>
    </message>
    <message>
        <source>What became of the document&apos;s anticipated, rumored and time-bound statements, %1. The document&apos;s own words and statuses are as it wrote them.</source>
        <translation>文档中预期、传闻及有时效的说法后来的结果，%1。文档自身的措辞和状态保持原样。</translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation>%1（二手）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>实际结果</translation>
    </message>
    <message>
        <source>Not drawn here, as only one family reports them: the charts of %1 more benchmarks, in the Charts tab and its exports: %2.</source>
        <translation>另有 %1 个基准仅有一个模型家族报告得分，其图表未在此绘出，可在“图表”标签页查看并导出：%2。</translation>
    </message>
    <message>
        <source>What it costs</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Hardware fit</source>
        <translation>硬件适配</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>&amp;Export Report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the report on this dataset as a PDF</source>
        <translation>将此数据集的报告保存为 PDF</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>See the report as it will print</source>
        <translation>查看报告的打印效果</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>versus-report.pdf</source>
        <translation>versus-报告.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved; any file that was there is unchanged. Choose another folder or free some space, then export again.</source>
        <translation>报告未保存；原有文件保持不变。请选择其他文件夹或释放一些空间，然后重新导出。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1</source>
        <translation>
            <numerusform>已将报告（%n 页）保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Versus report</source>
        <translation>Versus 报告</translation>
    </message>
    <message>
        <source>Print Preview — Versus report</source>
        <translation>打印预览 — Versus 报告</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>无法绘制报告。</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>无法打印报告。</translation>
    </message>
    <message numerus="yes">
        <source>Sent the report (%n page(s)) to the printer</source>
        <translation>
            <numerusform>已将报告（%n 页）发送到打印机</numerusform>
        </translation>
    </message>
    <message>
        <source>Report exported to %1</source>
        <translation>报告已导出到 %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>The title page and the contents are always included.</source>
        <translation>标题页和目录始终包含在内。</translation>
    </message>
    <message>
        <source>Answer the wizard&apos;s questions first.</source>
        <translation>请先回答向导中的问题。</translation>
    </message>
    <message>
        <source>Nothing to show for this dataset.</source>
        <translation>此数据集没有可显示的内容。</translation>
    </message>
    <message>
        <source>From the locale (%1)</source>
        <translation>跟随区域设置（%1）</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>纸张大小(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose the hardware on the Fit tab first.</source>
        <translation>请先在“适配”标签页选择硬件。</translation>
    </message>
</context>
<context>
    <name>Robustness</name>
    <message>
        <source>If “%1” did not count at all, %2 would lead.</source>
        <translation>如果“%1”完全不计，%2 将领先。</translation>
    </message>
    <message>
        <source>If “%1” did not count at all, the result would be a tie.</source>
        <translation>如果“%1”完全不计，结果将是平局。</translation>
    </message>
    <message>
        <source>If “%1” counted ×%2 instead of not at all, %3 would lead.</source>
        <translation>如果“%1”按 ×%2 计入而不是完全不计，%3 将领先。</translation>
    </message>
    <message>
        <source>If “%1” counted ×%2 instead of not at all, the result would be a tie.</source>
        <translation>如果“%1”按 ×%2 计入而不是完全不计，结果将是平局。</translation>
    </message>
    <message>
        <source>If “%1” mattered %2× as much, %3 would lead.</source>
        <translation>如果“%1”的重要性变为现在的 %2 倍，%3 将领先。</translation>
    </message>
    <message>
        <source>If “%1” mattered %2× as much, the result would be a tie.</source>
        <translation>如果“%1”的重要性变为现在的 %2 倍，结果将是平局。</translation>
    </message>
</context>
<context>
    <name>RobustnessReport</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>第 %1 名</translation>
    </message>
    <message>
        <source>No reason of this answer rests on rumored or anticipated evidence.</source>
        <translation>这个结论的理由都不以传闻或预期证据为依据。</translation>
    </message>
    <message>
        <source>These reasons rest on what was not yet shipped when the document was written:</source>
        <translation>以下理由依据的是文档撰写时尚未发布的内容：</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>The answer survives without them.</source>
        <translation>去掉这些理由，结论不变。</translation>
    </message>
    <message>
        <source>Without them the answer becomes %1.</source>
        <translation>去掉这些理由，结论变为%1。</translation>
    </message>
    <message>
        <source>full</source>
        <translation>全额</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>完全不计</translation>
    </message>
    <message>
        <source>half</source>
        <translation>一半</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>As the document says</source>
        <translation>按文档所述</translation>
    </message>
    <message>
        <source>Without rumored or anticipated evidence</source>
        <translation>不计传闻与预期证据</translation>
    </message>
    <message>
        <source>As things turned out</source>
        <translation>按实际结果</translation>
    </message>
    <message>
        <source>How sure is this answer?</source>
        <translation>这个结论有多可靠？</translation>
    </message>
    <message>
        <source>Rumored and anticipated evidence counted at: %1.</source>
        <translation>传闻与预期证据的计入程度：%1。</translation>
    </message>
    <message>
        <source>Win probability: how often each family comes first when the criteria&apos;s importances are not known.</source>
        <translation>胜出概率：在各标准的重要性不确定时，各系列排第一的频率。</translation>
    </message>
    <message>
        <source>The share of %1 random draws (seed %2) in which each family scores highest: each answered criterion&apos;s importance drawn uniformly between ×0 and ×%3, the scores summed as in the recommendation.</source>
        <translation>在 %1 次随机抽样（种子 %2）中各系列得分最高的比例：每个已回答标准的重要性在 ×0 到 ×%3 之间均匀抽取，得分按推荐的方式相加。</translation>
    </message>
    <message>
        <source>The smallest change that flips it</source>
        <translation>改变结论的最小变化</translation>
    </message>
    <message>
        <source>No change of one criterion&apos;s importance between ×0 and ×%1 changes the answer.</source>
        <translation>在 ×0 到 ×%1 之间改变任何单个标准的重要性，都不会改变结论。</translation>
    </message>
    <message>
        <source>Three readings of the evidence</source>
        <translation>对证据的三种解读</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>模型家族</translation>
    </message>
    <message>
        <source>Comes first</source>
        <translation>排第一</translation>
    </message>
    <message>
        <source>Share of %1 random draws of the criteria&apos;s importances (each between ×0 and ×3) in which each family scores highest.</source>
        <translation>在 %1 次对各标准重要性（各在 ×0 到 ×3 之间）的随机抽样中，各系列得分最高的比例。</translation>
    </message>
    <message>
        <source>No change of one criterion&apos;s importance changes the answer.</source>
        <translation>改变任何单个标准的重要性都不会改变结论。</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>解读</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Resting on rumored or anticipated evidence:</source>
        <translation>以传闻或预期证据为依据：</translation>
    </message>
</context>
<context>
    <name>ScoreExport</name>
    <message>
        <source>%1: the file name must end in .csv or .json</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
</context>
<context>
    <name>SelfHostPane</name>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No model or device in the dataset.</source>
        <translation>数据集中没有模型或设备。</translation>
    </message>
    <message>
        <source>An estimate, with the assumptions below</source>
        <translation>估算值，基于下列假设</translation>
    </message>
    <message>
        <source>GPUs needed: %1 (from the fit at %2, %3 tokens)</source>
        <translation>所需 GPU：%1（按精度 %2、%3 个 token 的适配计算）</translation>
    </message>
    <message>
        <source>more than 64, or not known</source>
        <translation>超过 64 块，或无法得知</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Throughput: %1 (%2)</source>
        <translation>吞吐量：%1（%2）</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
    <message>
        <source>the Fit view&apos;s decode upper bound</source>
        <translation>“适配”视图的解码速度上限</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>你给出的</translation>
    </message>
    <message>
        <source>Cost per million tokens: %1</source>
        <translation>每百万 token 成本：%1</translation>
    </message>
    <message>
        <source>A month of %1 M tokens (the workload above): %2 while busy; %3 with the GPUs always on</source>
        <translation>每月 %1 百万 token（上方的用量）：只计忙时 %2；GPU 全天候运行 %3</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>Self-hosting estimate</source>
        <translation>自托管估算</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>D&amp;evice:</source>
        <translation>设备(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>Conte&amp;xt:</source>
        <translation>上下文(&amp;X)：</translation>
    </message>
    <message>
        <source>&amp;Your price of a GPU hour:</source>
        <translation>你的每 GPU 小时价格(&amp;Y)：</translation>
    </message>
    <message>
        <source>C&amp;urrency of that price:</source>
        <translation>该价格的币种(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Throughput you measured:</source>
        <translation>你实测的吞吐量(&amp;T)：</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>the Fit view&apos;s upper bound</source>
        <translation>“适配”视图的上限</translation>
    </message>
    <message>
        <source> tokens/s</source>
        <translation> token/秒</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> 个 token</translation>
    </message>
    <message>
        <source>e.g. USD</source>
        <translation>例如 USD</translation>
    </message>
</context>
<context>
    <name>SelfHosting</name>
    <message>
        <source>An estimate, not a quote.</source>
        <translation>这是估算，不是报价。</translation>
    </message>
    <message>
        <source>Weights: total parameters × %1 bits per weight / 8.</source>
        <translation>权重：总参数量 × 每权重 %1 位 / 8。</translation>
    </message>
    <message>
        <source>Memory beyond the weights (KV cache, activations, runtime): %1 GB.</source>
        <translation>权重之外的内存（KV 缓存、激活、运行时）：%1 GB。</translation>
    </message>
    <message>
        <source>GPUs needed: the memory divided by one GPU&apos;s %1 GB, rounded up; no parallelism overhead.</source>
        <translation>所需 GPU 数：内存除以单个 GPU 的 %1 GB，向上取整；不计并行开销。</translation>
    </message>
    <message>
        <source>Cost per million tokens: GPU hours per million tokens at the throughput you typed × your hourly price per GPU; idle time not counted (the always-on figure counts %1 hours a month).</source>
        <translation>每百万 token 成本：按您输入的吞吐量计算每百万 token 所需的 GPU 小时数 × 您给出的每 GPU 小时价格；不计空闲时间（全天候运行的数字按每月 %1 小时计）。</translation>
    </message>
    <message>
        <source>the model&apos;s parameter count is not stated</source>
        <translation>未说明模型的参数量</translation>
    </message>
    <message>
        <source>no GPU memory given</source>
        <translation>未给出 GPU 内存</translation>
    </message>
    <message>
        <source>no hourly GPU price given</source>
        <translation>未给出每小时 GPU 价格</translation>
    </message>
    <message>
        <source>no throughput given</source>
        <translation>未给出吞吐量</translation>
    </message>
    <message>
        <source>GPUs needed: the fewest of %1 GB each that hold the weights, KV cache and overhead at the context, as the Fit view counts them (each GPU&apos;s memory on its own).</source>
        <translation>所需 GPU：每块 %1 GB、能装下该上下文下的权重、KV 缓存与开销的最少块数，与“适配”视图的算法相同（每块 GPU 的内存单独计算）。</translation>
    </message>
    <message>
        <source>Throughput: the Fit view&apos;s decode upper bound (memory bandwidth ÷ bytes read per token); real throughput is lower, so the cost per token is a floor.</source>
        <translation>吞吐量：“适配”视图的解码速度上限（内存带宽 ÷ 每个 token 读取的字节数）；实际吞吐量更低，因此每 token 成本只是下限。</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>At this throughput the month&apos;s tokens need %1 hours, more than the %2 a month has: one deployment cannot serve them; it takes %3 copies of it.</source>
        <translation>按此吞吐量，一个月的 token 需要 %1 小时，超过一个月的 %2 小时：一套部署无法承担，需要 %3 套。</translation>
    </message>
</context>
<context>
    <name>SettingsCheck</name>
    <message>
        <source>The settings file %1 could not be read; the defaults are used.</source>
        <translation>无法读取设置文件 %1；现使用默认设置。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read; the defaults are used and the file is kept as %2.</source>
        <translation>无法读取设置文件 %1；现使用默认设置，原文件已保留为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n saved setting(s) could not be used and were reset to the default.</source>
        <translation>
            <numerusform>有 %n 项已保存的设置无法使用，已恢复为默认值。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recent file(s) no longer exist and were removed from Open Recent.</source>
        <translation>
            <numerusform>有 %n 个最近使用的文件已不存在，已从“最近打开”中移除。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>WorkloadPage</name>
    <message>
        <source>How many tokens a month?</source>
        <translation>每月用多少 token？</translation>
    </message>
    <message>
        <source>The result then shows what the recommended family&apos;s models would cost a month at their dated list prices. Leave both at 0 to skip this.</source>
        <translation>结果将按带日期的标价显示推荐家族的模型每月要花多少钱。两项都填 0 即可跳过。</translation>
    </message>
    <message>
        <source> million</source>
        <translation> 百万</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Input tokens a month:</source>
        <translation>每月输入 token(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Output tokens a month:</source>
        <translation>每月输出 token(&amp;O)：</translation>
    </message>
    <message>
        <source>Input served from the &amp;cache:</source>
        <translation>由缓存提供的输入(&amp;C)：</translation>
    </message>
    <message>
        <source>Each price stays in its own currency and carries its date and source; the Cost tab has every priced model, discount windows and context bands.</source>
        <translation>每个价格保持其原币种并附日期与来源；“成本”标签页包含所有有标价的模型、优惠时段与上下文档位。</translation>
    </message>
</context>
</TS>
