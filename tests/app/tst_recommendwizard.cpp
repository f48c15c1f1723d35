#include "core/recommend/answers.h"
#include "core/export/atomicfile.h"
#include "core/dataset/datasetloader.h"
#include "app/document/documentview.h"
#include "app/shell/mainwindow.h"
#include "render/recommend/recommendationrenderer.h"
#include "app/recommend/recommendview.h"
#include "app/recommend/recommendwizard.h"
#include "core/recommend/robustness.h"
#include "core/i18n/language.h"
#include "render/html/passagelink.h"
#include "tests/testutil.h"

#include <QLabel>
#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include <algorithm>

// Drives the Recommend tab by keyboard, as a user without a mouse would.
class TestRecommendWizard : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> m_dataset;
    QTemporaryDir m_dir;

    // Set VERSUS_SCREENSHOTS=DIR to look at the pages as a user sees them.
    static void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VERSUS_SCREENSHOTS");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + name + QLatin1String(".png"));
    }
    static QWidget *focused() { return QApplication::focusWidget(); }
    // Every shown word-wrapped label of the panel is as tall as its text at its width, and no
    // two shown labels overlap; with describe, what is wrong.
    static QString panelTextsWhole(QWidget *panel, bool describe)
    {
        QStringList problems;
        QList<QLabel *> labels;
        for (QLabel *l : panel->findChildren<QLabel *>()) {
            if (!l->isVisible() || l->text().isEmpty())
                continue;
            labels.append(l);
            if (l->wordWrap() && l->height() < l->heightForWidth(l->width()))
                problems.append(QStringLiteral("%1 is %2 px high, its text needs %3: %4")
                                    .arg(l->objectName()).arg(l->height()).arg(l->heightForWidth(l->width())).arg(l->text()));
        }
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j) {
                const QRect a(labels.at(i)->mapTo(panel, QPoint()), labels.at(i)->size());
                const QRect b(labels.at(j)->mapTo(panel, QPoint()), labels.at(j)->size());
                if (a.intersects(b))
                    problems.append(QStringLiteral("\"%1\" overlaps \"%2\"").arg(labels.at(i)->text(), labels.at(j)->text()));
            }
        }
        return describe ? problems.join(QLatin1Char('\n')) : QString(problems.isEmpty() ? QString() : QStringLiteral("x"));
    }
    static bool panelTextsWhole(QWidget *panel) { return panelTextsWhole(panel, false).isEmpty(); }
    // Shown and active: mnemonics and window shortcuts need an active window.
    static bool showActive(QWidget *w, const QSize &size)
    {
        w->resize(size);
        w->show();
        if (!QTest::qWaitForWindowExposed(w))
            return false;
        QApplication::setActiveWindow(w);
        return QTest::qWaitForWindowActive(w);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(m_dataset);
        QSettings().clear();
    }

    void init() { QSettings().clear(); } // each test starts without remembered answers

    void keyboardWalk()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view, QSize(1100, 760)));
        RecommendWizard *wizard = view.wizard();
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Intro));
        shoot(&view, QStringLiteral("intro"));

        // Intro: Return goes on (Next is the default button).
        wizard->button(QWizard::NextButton)->setFocus();
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_FirstQuestion));
        // The use case: the focus is on the checked "No preference"; Up three times
        // walks to the third-last option.
        const Question &useCase = m_dataset->questions.at(0);
        QCOMPARE(useCase.id, QStringLiteral("use-case"));
        QVERIFY(qobject_cast<QRadioButton *>(focused()));
        QCOMPARE(focused()->objectName(), Question::noPreference());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(focused(), Qt::Key_Up);
        const QString chosen = useCase.options.at(useCase.options.size() - 3).id;
        QCOMPARE(wizard->field(QStringLiteral("answer-use-case")).toString(), chosen);
        shoot(&view, QStringLiteral("question"));
        // Alt+N is Next's mnemonic (buttons "animate" the click, hence QTRY).
        QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentPage()->objectName(), QStringLiteral("question-languages"));

        // Languages: Alt+2 picks the second option by its mnemonic.
        QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier);
        const QString language = m_dataset->question(QStringLiteral("languages"))->options.at(1).id;
        QTRY_COMPARE(wizard->field(QStringLiteral("answer-languages")).toString(), language);

        // The rest: Return keeps "No preference"; note each page on the way.
        QStringList visited;
        for (int guard = 0; guard < 50 && wizard->currentId() != RecommendWizard::Page_Result; ++guard) {
            visited.append(wizard->currentPage()->objectName());
            QTest::keyClick(focused(), Qt::Key_Return);
        }
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        // Branching: a question is shown exactly when its "when" holds.
        const QMap<QString, QString> answers{{QStringLiteral("use-case"), chosen}, {QStringLiteral("languages"), language}};
        for (const Question &q : m_dataset->questions.mid(2))
            QCOMPARE(visited.contains(QStringLiteral("question-") + q.id), wizard->recommender().applies(q, answers));

        // The result page says what the recommender says, with the verdict and the flips.
        const Recommendation expected = wizard->recommender().recommend(answers);
        QCOMPARE(wizard->recommendation().recommendation, expected.recommendation);
        QVERIFY(!expected.isTie());
        const QString text = wizard->resultBrowser()->toPlainText();
        QVERIFY2(text.contains(m_dataset->family(expected.recommendation)->name.text()), qPrintable(text));
        QVERIFY(text.contains(m_dataset->verdict(chosen)->rationale.text()));
        for (const Reason &reason : expected.reasons)
            QVERIFY(text.contains(reason.text.text()));
        QVERIFY(!expected.flips.isEmpty());
        QVERIFY(text.contains(RecommendationRenderer::answerText(*m_dataset, expected.flips.constFirst().question,
                                                               expected.flips.constFirst().option)));
        shoot(&view, QStringLiteral("result"));

        // A reason's link, reached by Tab and opened by Return, asks for its passage.
        QSignalSpy passages(&view, &RecommendView::passageRequested);
        QCOMPARE(focused(), wizard->resultBrowser());
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(passages.size(), 1);
        QVERIFY(m_dataset->passage(passages.at(0).at(0).toString()));

        // Escape does not close the embedded wizard.
        QTest::keyClick(wizard, Qt::Key_Escape);
        QVERIFY(wizard->isVisible());

        // The answers survive a restart of the view.
        {
            RecommendView again(m_dataset);
            QCOMPARE(again.wizard()->answers().value(QStringLiteral("use-case")), chosen);
            QCOMPARE(again.wizard()->answers().value(QStringLiteral("languages")), language);
        }

        // Start Over (Alt+O) clears them and returns to the intro.
        QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(RecommendWizard::Page_Intro));
        QCOMPARE(wizard->field(QStringLiteral("answer-use-case")).toString(), Question::noPreference());
        QVERIFY(wizard->recommendation().isTie());
    }

    // In the main window, a reason's link opens its passage in the Document tab.
    void linkOpensPassage()
    {
        MainWindow window;
        QVERIFY(window.openDataset(QString()));
        QVERIFY(window.showTab(QStringLiteral("recommend")));
        auto *view = qobject_cast<RecommendView *>(window.view(QStringLiteral("recommend")));
        QVERIFY(view);
        // A paragraph passage (multimodal-1).
        view->wizard()->setAnswers({{QStringLiteral("modalities"), QStringLiteral("audio-video")}});
        view->wizard()->showResult();
        const Reason reason = view->wizard()->recommendation().reasons.constFirst();
        Q_EMIT view->wizard()->resultBrowser()->anchorClicked(PassageLink::url(reason.ref));
        QCOMPARE(window.currentTabId(), QStringLiteral("document"));
        QCOMPARE(window.documentView()->highlightedPassage(), reason.ref.passage);
        QCOMPARE(window.documentView()->highlightedText(), reason.ref.quote.text());
    }

    // Every link of the result page opens its passage: the document's word for the winner,
    // each reason's source and the verdict for the use case, in that order.
    void everyResultLinkOpensItsPassage()
    {
        MainWindow window;
        QVERIFY(window.openDataset(QString()));
        QVERIFY(showActive(&window, QSize(1300, 800)));
        QVERIFY(window.showTab(QStringLiteral("recommend")));
        auto *view = qobject_cast<RecommendView *>(window.view(QStringLiteral("recommend")));
        QVERIFY(view);
        QTRY_VERIFY(view->wizard()->currentId() != -1); // shown with its tab
        view->wizard()->setAnswers({{QStringLiteral("use-case"), QStringLiteral("codebase-analysis")}});
        view->wizard()->showResult();
        QCOMPARE(view->wizard()->currentId(), int(RecommendWizard::Page_Result));
        const Recommendation r = view->wizard()->recommendation();
        QVERIFY(!r.isTie());
        QStringList passages;
        const Family *winner = m_dataset->family(r.recommendation);
        if (!winner->character.isEmpty() && winner->characterRef.isValid())
            passages.append(winner->characterRef.passage);
        for (const Reason &reason : r.reasons) {
            if (reason.ref.isValid())
                passages.append(reason.ref.passage);
        }
        for (const QString &id : r.verdicts)
            passages.append(m_dataset->verdict(id)->passageId());
        const QStringList links = TestUtil::linksIn(view->wizard()->resultBrowser()->document());
        QCOMPARE(links.size(), passages.size());
        QVERIFY2(links.size() >= 3, qPrintable(links.join(QLatin1Char(' '))));
        for (int i = 0; i < links.size(); ++i) {
            QVERIFY(window.showTab(QStringLiteral("recommend")));
            Q_EMIT view->wizard()->resultBrowser()->anchorClicked(QUrl(links.at(i)));
            QCOMPARE(window.currentTabId(), QStringLiteral("document"));
            QCOMPARE(window.documentView()->highlightedPassage(), passages.at(i));
        }
    }

    void analystMode()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view, QSize(1300, 800)));
        RecommendWizard *wizard = view.wizard();
        wizard->setAnswers({{QStringLiteral("use-case"), QStringLiteral("math-science-reasoning")},
                            {QStringLiteral("modalities"), QStringLiteral("vision")}});
        QVERIFY(!view.analystMode());
        QAbstractButton *toggle = wizard->button(QWizard::CustomButton2);
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        QVERIFY(view.analystMode());
        wizard->showResult();
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        shoot(&view, QStringLiteral("analyst"));

        // Use case 3 for one family, modalities 2 and 1: the use case's importance decides
        // where the lead goes; the panel names that point.
        AnalystPanel *panel = view.analystPanel();
        const Sensitivity s = wizard->recommender().sensitivity(wizard->answers(), {}, QStringLiteral("use-case"));
        QVERIFY(s.switchAt);
        QVERIFY(panel->sensitivityText(QStringLiteral("use-case"))
                    .contains(RecommendationRenderer::outcomeName(*m_dataset, s.switchTo)));
        QSlider *slider = panel->slider(QStringLiteral("use-case"));
        QVERIFY(slider->isEnabled());
        QVERIFY(!panel->slider(QStringLiteral("region"))->isEnabled()); // unanswered

        // Home sets its importance to 0 by keyboard: the other answers decide, live.
        const QString before = wizard->resultBrowser()->toPlainText();
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Home);
        QCOMPARE(panel->importance().value(QStringLiteral("use-case")), 0.0);
        const Recommendation now = wizard->recommendation();
        QCOMPARE(now.recommendation,
                 wizard->recommender().recommend(wizard->answers(), {{QStringLiteral("use-case"), 0.0}}).recommendation);
        QVERIFY(wizard->resultBrowser()->toPlainText() != before);
        QVERIFY(panel->summaryText().contains(RecommendationRenderer::outcomeName(*m_dataset, now.recommendation)));
    }

    // The result page says how sure the answer is: the win probability, the smallest
    // importance change (the analyst's breakpoint for that criterion) and the three
    // readings; the certainty control, reached by its mnemonic, re-runs it.
    void certaintyAndSmallestFlip()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view, QSize(1300, 900)));
        RecommendWizard *wizard = view.wizard();
        const QMap<QString, QString> answers{{QStringLiteral("use-case"), QStringLiteral("math-science-reasoning")},
                                             {QStringLiteral("modalities"), QStringLiteral("vision")}};
        wizard->setAnswers(answers);
        view.setAnalystMode(true);
        wizard->showResult();
        const QString page = wizard->resultBrowser()->toPlainText();
        QVERIFY(page.contains(QStringLiteral("How sure is this answer?")));
        QVERIFY(page.contains(QStringLiteral("As things turned out")));
        // DeepSeek 3 (use case), Qwen 2 and DeepSeek 1 (vision): 4 against 2. The nearest
        // breakpoint: the use case at u gives 3u + 1 against 2, below the 0.5 threshold at
        // u = 0.5; vision at v gives 3 + v against 2v, equal plus 0.5 at v = 2.5 (1.5 away).
        const std::optional<Sensitivity> flip = Robustness::smallestFlip(wizard->recommender(), answers, {});
        QVERIFY(flip);
        QCOMPARE(flip->question, QStringLiteral("use-case"));
        QVERIFY(std::abs(*flip->switchAt - 0.5) < 1e-6);
        QVERIFY(page.contains(Robustness::smallestFlipText(*m_dataset, *flip)));
        // The analyst panel names the same point for that criterion, and the same sentence.
        QVERIFY2(view.analystPanel()->sensitivityText(QStringLiteral("use-case")).contains(QStringLiteral("×0.50")),
                 qPrintable(view.analystPanel()->sensitivityText(QStringLiteral("use-case"))));
        QVERIFY(view.analystPanel()->robustnessText().contains(Robustness::smallestFlipText(*m_dataset, *flip)));
        shoot(&view, QStringLiteral("result-robustness"));

        // Alt+R focuses the control; Down counts rumored and anticipated evidence at half.
        QComboBox *counting = wizard->countingControl();
        QTest::keyClick(&view, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(focused(), counting);
        QSignalSpy changed(wizard, &RecommendWizard::countingChanged);
        QTest::keyClick(counting, Qt::Key_Down);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(wizard->unshippedFactor(), 0.5);
        QVERIFY(wizard->resultBrowser()->toPlainText().contains(QStringLiteral("evidence counted at: half")));
        QTest::keyClick(counting, Qt::Key_Down);
        QCOMPARE(wizard->unshippedFactor(), 0.0);
        QCOMPARE(QSettings().value(wizard->settingsKey(QStringLiteral("unshipped"))).toDouble(), 0.0);

        // In Chinese: the same sections, in Chinese.
        Language::apply(QStringLiteral("zh_CN"));
        QTRY_VERIFY(wizard->resultBrowser()->toPlainText().contains(QStringLiteral("这个结论有多可靠？")));
        QVERIFY(wizard->resultBrowser()->toPlainText().contains(QStringLiteral("按实际结果")));
        QCOMPARE(counting->currentText(), QStringLiteral("完全不计"));
        shoot(&view, QStringLiteral("result-robustness-zh"));
        // The analyst panel's texts, longer in Chinese, each get the lines they need and keep
        // off one another.
        QTRY_VERIFY2(panelTextsWhole(view.analystPanel()), qPrintable(panelTextsWhole(view.analystPanel(), true)));
        shoot(&view, QStringLiteral("result-robustness-zh-settled"));
        Language::apply(QStringLiteral("en"));
    }

    // The wizard with the keyboard alone: Enter goes on from every page, the answers come
    // first in the Tab order (then Back, Next, Start Over, Analyst Mode), the focus is on the
    // chosen answer whenever a page opens, forward or back; every page has a header with a
    // subtitle, a question's says which of how many.
    void keyboardFirst()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view, QSize(1100, 760)));
        RecommendWizard *wizard = view.wizard();
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Intro));
        QVERIFY(!wizard->currentPage()->subTitle().isEmpty());
        // Enter where the intro puts the focus: the first question.
        QVERIFY(focused());
        QTest::keyClick(focused(), Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_FirstQuestion));
        // With nothing answered, every question without a "when" is asked: count them by hand.
        qsizetype asked = 0;
        for (const Question &q : m_dataset->questions)
            asked += wizard->recommender().applies(q, {}) ? 1 : 0;
        QVERIFY(wizard->currentPage()->subTitle().startsWith(QStringLiteral("Question 1 of %1 · ").arg(asked)));
        // Tab: the page's options, then Back, Next, Start Over, Analyst Mode in that order.
        QWidget *page = wizard->currentPage();
        QVERIFY(page->isAncestorOf(focused()));
        QList<QWidget *> after;
        for (int i = 0; i < 40 && after.size() < 4; ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            if (!page->isAncestorOf(focused()))
                after.append(focused());
        }
        const QList<QWidget *> expected{wizard->button(QWizard::BackButton), wizard->button(QWizard::NextButton),
                                        wizard->button(QWizard::CustomButton1), wizard->button(QWizard::CustomButton2)};
        QCOMPARE(after, expected);
        // Next on, with the second option of the second question chosen; Back and Next again:
        // the focus is on that option each time the page opens.
        QuestionPage *first = qobject_cast<QuestionPage *>(page);
        QVERIFY(first);
        first->focusAnswer();
        QTest::keyClick(focused(), Qt::Key_Return);
        QuestionPage *second = qobject_cast<QuestionPage *>(wizard->currentPage());
        QVERIFY(second && second != first);
        QCOMPARE(wizard->currentPage()->subTitle().left(14), QStringLiteral("Question 2 of "));
        QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier);
        QTRY_COMPARE(second->answer(), m_dataset->question(second->questionId())->options.at(1).id);
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(wizard->currentPage() != second);
        wizard->back();
        QCOMPARE(wizard->currentPage(), second);
        QCOMPARE(focused()->objectName(), second->answer());
        wizard->back();
        QCOMPARE(focused()->objectName(), Question::noPreference());
        // Every page on the way has a subtitle, so that every page has the same header.
        for (const int id : wizard->pageIds())
            QVERIFY2(!wizard->page(id)->subTitle().trimmed().isEmpty(), qPrintable(wizard->page(id)->objectName()));
    }

    // Start Over clears the answers and offers to bring them back.
    void startOverOffersUndo()
    {
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view, QSize(1100, 760)));
        RecommendWizard *wizard = view.wizard();
        const QMap<QString, QString> given{{QStringLiteral("use-case"), QStringLiteral("codebase-analysis")},
                                           {QStringLiteral("languages"), m_dataset->question(QStringLiteral("languages"))->options.at(1).id}};
        wizard->setAnswers(given);
        wizard->showResult();
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        QTest::keyClick(focused(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentId(), int(RecommendWizard::Page_Intro));
        QCOMPARE(wizard->recommender().effectiveAnswers(wizard->answers()).size(), 0);
        auto *undo = wizard->findChild<QAbstractButton *>(QStringLiteral("undoStartOver"));
        auto *cleared = wizard->findChild<QLabel *>(QStringLiteral("answersCleared"));
        QVERIFY(undo && cleared);
        QVERIFY(undo->isVisible());
        QCOMPARE(cleared->text(), QStringLiteral("Start Over cleared 2 answers."));
        QCOMPARE(focused(), undo);
        QTest::keyClick(focused(), Qt::Key_Space);
        QTRY_COMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        QCOMPARE(wizard->recommender().effectiveAnswers(wizard->answers()), given);
        // Once an answer is given after Start Over, there is nothing to undo.
        wizard->startOver();
        QVERIFY(undo->isVisible());
        wizard->next();
        wizard->questionPage(QStringLiteral("use-case"))->setAnswer(QStringLiteral("codebase-analysis"));
        wizard->restart();
        QVERIFY(!undo->isVisible());
    }

    // Load Answers… on the intro shows what the loaded answers lead to.
    void loadAnswersShowsTheResult()
    {
        const QString saved = m_dir.filePath(QStringLiteral("load.json"));
        QString error;
        QVERIFY(AtomicFile::write(saved, "{\"use-case\": \"codebase-analysis\"}", &error));
        RecommendView view(m_dataset);
        QVERIFY(showActive(&view, QSize(1100, 760)));
        RecommendWizard *wizard = view.wizard();
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Intro));
        QAbstractButton *load = nullptr;
        for (QAbstractButton *b : wizard->currentPage()->findChildren<QAbstractButton *>()) {
            if (b->isVisible() && b->text().contains(QStringLiteral("Load")))
                load = b;
        }
        QVERIFY(load);
        // The dialog is answered from a timer: the whole path typed into its name field (it
        // does not depend on the dialog's directory having been read yet), then accept().
        // Under load an accept() once went unanswered and the dialog waited for ever, so it is
        // asked again every half second while the dialog stays up, and after 20 s the dialog
        // is closed and the test fails instead of hanging; a message box it opens is recorded.
        int attempts = 0;
        QElapsedTimer sinceAttempt;
        QString problem;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QFileDialog *dialog = nullptr; // the visible one, whether or not it is active yet
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible()) {
                    problem = box->text();
                    box->reject();
                } else if (auto *d = qobject_cast<QFileDialog *>(w); d && d->isVisible()) {
                    dialog = d;
                }
            }
            auto *name = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")) : nullptr;
            if (!name || (attempts > 0 && sinceAttempt.elapsed() < 500))
                return;
            if (attempts == 40) {
                problem = QStringLiteral("the file dialog did not accept %1").arg(saved);
                dialog->reject();
                return;
            }
            ++attempts;
            sinceAttempt.start();
            name->setText(saved);
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        poll.start(20);
        load->click();
        poll.stop();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(attempts > 0);
        QCOMPARE(wizard->currentId(), int(RecommendWizard::Page_Result));
        QCOMPARE(wizard->answers().value(QStringLiteral("use-case")), QStringLiteral("codebase-analysis"));
    }

    // Issue 17: Ctrl+E before any answer exports no "No clear winner" page: it says why.
    void exportWithoutAnswersSaysWhy()
    {
        RecommendView view(m_dataset);
        const QMap<QString, QString> given = view.wizard()->answers();
        QVERIFY(std::all_of(given.cbegin(), given.cend(),
                            [](const QString &o) { return o.isEmpty() || o == Question::noPreference(); }));
        QSignalSpy messages(&view, &RecommendView::message);
        bool dialog = false;
        QTimer::singleShot(1000, &view, [&dialog] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                dialog = true;
                modal->close();
            }
        });
        view.exportView();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().first().toString().contains(QStringLiteral("answer at least one question")),
                 qPrintable(messages.first().first().toString()));
        QCOMPARE(messages.first().at(1).toBool(), false);
        QVERIFY(!dialog);
    }

    void exportAndAnswersFiles()
    {
        RecommendView view(m_dataset);
        RecommendWizard *wizard = view.wizard();
        wizard->setAnswers({{QStringLiteral("use-case"), QStringLiteral("codebase-analysis")}});
        QString error;
        const QString pdf = m_dir.filePath(QStringLiteral("recommendation.pdf"));
        QVERIFY2(wizard->exportPdf(pdf, &error), qPrintable(error));
        if (!qEnvironmentVariableIsEmpty("VERSUS_SCREENSHOTS"))
            QFile::copy(pdf, qEnvironmentVariable("VERSUS_SCREENSHOTS") + QLatin1String("/recommendation.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF-"));
        QVERIFY(file.size() > 2000);
        QVERIFY(!wizard->exportPdf(m_dir.filePath(QStringLiteral("missing/dir/x.pdf")), &error));
        QVERIFY(error.contains(QStringLiteral("missing")));

        const QString saved = m_dir.filePath(QStringLiteral("answers.json"));
        QVERIFY2(wizard->saveAnswers(saved, &error), qPrintable(error));
        wizard->startOver();
        QVERIFY(wizard->loadAnswers(saved, &error));
        QCOMPARE(wizard->answers().value(QStringLiteral("use-case")), QStringLiteral("codebase-analysis"));

        // A broken or wrong file says where and changes nothing.
        const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(AtomicFile::write(broken, "{\"use-case\": ", &error));
        QVERIFY(!wizard->loadAnswers(broken, &error));
        QVERIFY2(error.startsWith(broken + QLatin1String(":1:")), qPrintable(error));
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.json"));
        QVERIFY(AtomicFile::write(wrong, "{\"use-case\": \"toaster\"}", &error));
        QVERIFY(!wizard->loadAnswers(wrong, &error));
        QVERIFY2(error.contains(QStringLiteral("toaster")) && error.contains(QStringLiteral("codebase-analysis")),
                 qPrintable(error));
        QCOMPARE(wizard->answers().value(QStringLiteral("use-case")), QStringLiteral("codebase-analysis"));
    }
};

QTEST_MAIN(TestRecommendWizard)
#include "tst_recommendwizard.moc"
