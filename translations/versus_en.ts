<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ChartData</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more (%2)</source>
        <translation>
            <numerusform>%1 and %n more (%2)</numerusform>
            <numerusform>%1 and %n more (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Win probability (%n random importance draws):</source>
        <translation>
            <numerusform>Win probability (%n random importance draw):</numerusform>
            <numerusform>Win probability (%n random importance draws):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s); run --validate)</source>
        <translation>
            <numerusform> (and %n more problem; run --validate)</numerusform>
            <numerusform> (and %n more problems; run --validate)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostView</name>
    <message numerus="yes">
        <source>List prices in force on %1, each in its own currency; ages measured against %2. %n model(s) have no price in force that day.</source>
        <translation>
            <numerusform>List prices in force on %1, each in its own currency; ages measured against %2. %n model has no price in force that day.</numerusform>
            <numerusform>List prices in force on %1, each in its own currency; ages measured against %2. %n models have no price in force that day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message numerus="yes">
        <source>%1 of %n match(es)</source>
        <translation>
            <numerusform>%1 of %n match</numerusform>
            <numerusform>%1 of %n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FitView</name>
    <message numerus="yes">
        <source>%1 of %n model(s)</source>
        <translation>
            <numerusform>%1 of %n model</numerusform>
            <numerusform>%1 of %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Sources: the comparison document, and %n public source(s)</source>
        <translation>
            <numerusform>&lt;p&gt;Sources: the comparison document, and %n public source</numerusform>
            <numerusform>&lt;p&gt;Sources: the comparison document, and %n public sources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message numerus="yes">
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 of %n row</numerusform>
            <numerusform>%1 of %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;i&gt;%n cells selected; the first is shown. Select two to compare them.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;i&gt;%n cell selected; the first is shown. Select two to compare them.&lt;/i&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;i&gt;%n cells selected; the first is shown. Select two to compare them.&lt;/i&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelsView</name>
    <message numerus="yes">
        <source>%1 of %n model(s)</source>
        <translation>
            <numerusform>%1 of %n model</numerusform>
            <numerusform>%1 of %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceClaimCheck</name>
    <message numerus="yes">
        <source>%1: median blended price %2 (%n model(s), lowest %3) for %4 against %5 (%6 models, lowest %7) for %8.</source>
        <translation>
            <numerusform>%1: median blended price %2 (%n model, lowest %3) for %4 against %5 (%6 models, lowest %7) for %8.</numerusform>
            <numerusform>%1: median blended price %2 (%n models, lowest %3) for %4 against %5 (%6 models, lowest %7) for %8.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendWizard</name>
    <message numerus="yes">
        <source>Start Over cleared %n answer(s).</source>
        <translation>
            <numerusform>Start Over cleared %n answer.</numerusform>
            <numerusform>Start Over cleared %n answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>Saved the report (%n page(s)) to %1</source>
        <translation>
            <numerusform>Saved the report (%n page) to %1</numerusform>
            <numerusform>Saved the report (%n pages) to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent the report (%n page(s)) to the printer</source>
        <translation>
            <numerusform>Sent the report (%n page) to the printer</numerusform>
            <numerusform>Sent the report (%n pages) to the printer</numerusform>
        </translation>
    </message>
</context>
</TS>
