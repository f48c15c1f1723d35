#include "app/recommend/recommendwizard.h"
#include "app/shell/keyboardpaths.h"
#include "app/recommend/followuppages.h"
#include "app/shell/settingskeys.h"

#include "core/recommend/answers.h"
#include "core/recommend/followup.h"
#include "render/html/html.h"
#include "render/html/passagelink.h"
#include "render/recommend/recommendationrenderer.h"
#include "render/recommend/robustnessreport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {
QString lastDir()
{
    const QString dir = QSettings().value(SettingsKeys::WizardLastDir).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

void rememberDir(const QString &path)
{
    QSettings().setValue(SettingsKeys::WizardLastDir, QFileInfo(path).absolutePath());
}
} // namespace

QuestionPage::QuestionPage(const Question &question, int index, QWidget *parent)
    : QWizardPage(parent)
    , m_question(question)
    , m_index(index)
{
    setObjectName(QStringLiteral("question-") + question.id);
    // The options scroll within the page on a small screen, so that the wizard's buttons
    // stay in view below them.
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *options = new QWidget(scroll);
    auto *layout = new QVBoxLayout(options);
    pageLayout->addWidget(scroll);
    m_group = new QButtonGroup(this);
    const int count = int(question.options.size());
    for (int i = 0; i <= count; ++i) {
        auto *button = new QRadioButton(options);
        button->setObjectName(i < count ? question.options.at(i).id : Question::noPreference());
        m_group->addButton(button, i);
        m_buttons.append(button);
        layout->addWidget(button);
        auto *description = new QLabel(options);
        description->setWordWrap(true);
        description->setIndent(24);
        description->setEnabled(false); // drawn in the palette's quieter text colour
        description->setTextFormat(Qt::PlainText);
        m_descriptions.append(description);
        layout->addWidget(description);
    }
    layout->addStretch(1);
    scroll->setWidget(options);
    m_buttons.constLast()->setChecked(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT answerChanged(answer());
    });
    registerField(QStringLiteral("answer-") + question.id, this, "answer", SIGNAL(answerChanged(QString)));
    retranslateUi();
}

QString QuestionPage::answer() const
{
    const int id = m_group->checkedId();
    return id >= 0 && id < m_question.options.size() ? m_question.options.at(id).id : Question::noPreference();
}

void QuestionPage::setAnswer(const QString &optionId)
{
    for (int i = 0; i < m_question.options.size(); ++i) {
        if (m_question.options.at(i).id == optionId) {
            m_buttons.at(i)->setChecked(true);
            return;
        }
    }
    m_buttons.constLast()->setChecked(true);
}

void QuestionPage::retranslateUi()
{
    setTitle(m_question.text.text());
    setSubTitle(m_question.help.text());
    for (int i = 0; i < m_buttons.size(); ++i) {
        const bool isOption = i < m_question.options.size();
        // Mnemonics 1-9 make every option one key away.
        const QString label = isOption ? m_question.options.at(i).label.text() : tr("No preference");
        QString text = label;
        text.replace(QLatin1Char('&'), QLatin1String("&&"));
        if (i < 9)
            text = QStringLiteral("&%1  %2").arg(i + 1).arg(text);
        m_buttons.at(i)->setText(text);
        m_buttons.at(i)->setAccessibleName(label);
        const QString description = isOption ? m_question.options.at(i).description.text()
                                             : tr("Leave this out; it favours neither family.");
        m_descriptions.at(i)->setText(description);
        m_descriptions.at(i)->setVisible(!description.isEmpty());
        m_buttons.at(i)->setAccessibleDescription(description);
    }
}

int QuestionPage::nextId() const
{
    auto *w = qobject_cast<RecommendWizard *>(wizard());
    return w ? w->nextPageAfter(RecommendWizard::Page_FirstQuestion + m_index) : -1;
}

void QuestionPage::initializePage()
{
    focusAnswer();
}

void QuestionPage::focusAnswer()
{
    m_group->checkedButton()->setFocus(Qt::TabFocusReason);
}

RecommendWizard::RecommendWizard(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWizard(parent)
    , m_dataset(std::move(dataset))
    , m_recommender(*m_dataset)
{
    setObjectName(QStringLiteral("recommendWizard"));
    setWindowFlags(Qt::Widget);
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    setOptions(QWizard::NoCancelButton | QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1
               | QWizard::HaveCustomButton2);

    buildIntroPage();
    buildQuestionPages();
    buildFollowUpPages();
    buildResultPage();
    setUpButtons();

    // The answers of last time come back.
    const AnswerExtras followUpsSaved = savedFollowUps(*m_dataset); // before setAnswers() saves the pages
    setAnswers(savedAnswers(*m_dataset));
    setFollowUps(followUpsSaved);
    retranslateUi();
}

// What the wizard does, how much is answered, and the way straight to the result.
void RecommendWizard::buildIntroPage()
{
    m_introPage = new QWizardPage(this);
    m_introPage->setObjectName(QStringLiteral("intro"));
    auto *introLayout = new QVBoxLayout(m_introPage);
    m_introText = new QLabel(m_introPage);
    m_introText->setWordWrap(true);
    m_introText->setTextFormat(Qt::PlainText);
    introLayout->addWidget(m_introText);
    m_introAnswered = new QLabel(m_introPage);
    m_introAnswered->setWordWrap(true);
    m_introAnswered->setTextFormat(Qt::PlainText);
    introLayout->addWidget(m_introAnswered);
    // Made in the order they stand, which is the order Tab takes.
    m_introResultButton = new QPushButton(m_introPage);
    m_introResultButton->setObjectName(QStringLiteral("showResult"));
    connect(m_introResultButton, &QPushButton::clicked, this, &RecommendWizard::showResult);
    m_introLoadButton = new QPushButton(m_introPage);
    m_introLoadButton->setObjectName(QStringLiteral("loadAnswers"));
    connect(m_introLoadButton, &QPushButton::clicked, this, &RecommendWizard::loadAnswersDialog);
    // After Start Over: what was cleared, and the way back.
    m_introCleared = new QLabel(m_introPage);
    m_introCleared->setObjectName(QStringLiteral("answersCleared"));
    m_introCleared->setWordWrap(true);
    m_introCleared->setTextFormat(Qt::PlainText);
    m_undoButton = new QPushButton(QIcon::fromTheme(QStringLiteral("edit-undo")), QString(), m_introPage);
    m_undoButton->setObjectName(QStringLiteral("undoStartOver"));
    connect(m_undoButton, &QPushButton::clicked, this, &RecommendWizard::undoStartOver);
    auto *introButtons = new QHBoxLayout;
    introButtons->addWidget(m_introResultButton);
    introButtons->addWidget(m_introLoadButton);
    introButtons->addStretch(1);
    introLayout->addLayout(introButtons);
    auto *undoRow = new QHBoxLayout;
    undoRow->addWidget(m_introCleared, 1);
    undoRow->addWidget(m_undoButton);
    introLayout->addLayout(undoRow);
    introLayout->addStretch(1);
    // Enter is Next on every page: the pages' own buttons take Space, not Enter.
    for (QPushButton *b : {m_introLoadButton, m_introResultButton, m_undoButton})
        b->setAutoDefault(false);
    setPage(Page_Intro, m_introPage);
}

// One page per question; every change of answer is saved and shown at once.
void RecommendWizard::buildQuestionPages()
{
    for (int i = 0; i < m_dataset->questions.size(); ++i) {
        auto *page = new QuestionPage(m_dataset->questions.at(i), i, this);
        m_questionPages.append(page);
        setPage(Page_FirstQuestion + i, page);
        connect(page, &QuestionPage::answerChanged, this, [this] {
            if (m_restoring)
                return;
            if (!m_undoAnswers.isEmpty()) { // an answer given after Start Over: nothing to undo any more
                m_undoAnswers.clear();
                updateIntro();
            }
            saveSettings();
            updateHeader(currentPage()); // the questions asked may change with it
            updateResult();
            Q_EMIT answersChanged();
        });
    }
}

// The hardware and the monthly volume, asked for by an answer's `asks`; saved like the answers.
void RecommendWizard::buildFollowUpPages()
{
    m_hardwarePage = new HardwarePage(*m_dataset, Page_Hardware, this);
    m_workloadPage = new WorkloadPage(Page_Workload, this);
    setPage(Page_Hardware, m_hardwarePage);
    setPage(Page_Workload, m_workloadPage);
    auto changed = [this] {
        if (m_restoring)
            return;
        saveSettings();
        updateResult();
        Q_EMIT answersChanged();
    };
    connect(m_hardwarePage, &HardwarePage::answerChanged, this, changed);
    connect(m_workloadPage, &WorkloadPage::answerChanged, this, changed);
}

// The recommendation (RecommendationRenderer::html) with its passage links, and its exports.
void RecommendWizard::buildResultPage()
{
    m_resultPage = new QWizardPage(this);
    m_resultPage->setObjectName(QStringLiteral("result"));
    auto *resultLayout = new QVBoxLayout(m_resultPage);
    m_resultBrowser = new QTextBrowser(m_resultPage);
    m_resultBrowser->setObjectName(QStringLiteral("resultBrowser"));
    m_resultBrowser->setOpenLinks(false);
    m_resultBrowser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::LinksAccessibleByKeyboard);
    connect(m_resultBrowser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        QString passage;
        LocalizedText quote;
        if (PassageLink::parse(url, &passage, &quote))
            Q_EMIT passageRequested(passage, quote);
    });
    resultLayout->addLayout(createCountingControl(m_resultPage));
    resultLayout->addWidget(m_resultBrowser, 1);
    auto *resultButtons = new QHBoxLayout;
    m_exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), QString(), m_resultPage);
    m_exportButton->setObjectName(QStringLiteral("exportPdf"));
    m_saveButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-save")), QString(), m_resultPage);
    m_loadButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), QString(), m_resultPage);
    for (QPushButton *b : {m_exportButton, m_saveButton, m_loadButton})
        b->setAutoDefault(false);
    connect(m_exportButton, &QPushButton::clicked, this, &RecommendWizard::exportPdfDialog);
    connect(m_saveButton, &QPushButton::clicked, this, &RecommendWizard::saveAnswersDialog);
    connect(m_loadButton, &QPushButton::clicked, this, &RecommendWizard::loadAnswersDialog);
    resultButtons->addWidget(m_exportButton);
    resultButtons->addWidget(m_saveButton);
    resultButtons->addWidget(m_loadButton);
    resultButtons->addStretch(1);
    resultLayout->addLayout(resultButtons);
    setPage(Page_Result, m_resultPage);
}

// Start Over and the analyst mode stand beside the page buttons; an embedded wizard
// has nothing to finish.
void RecommendWizard::setUpButtons()
{
    setButtonLayout({QWizard::CustomButton2, QWizard::Stretch, QWizard::CustomButton1, QWizard::BackButton,
                     QWizard::NextButton});
    // Enter is Next wherever the focus is, even after Tab visited the other buttons (an
    // auto-default button that takes the focus would take Enter from then on); they take Space.
    for (const WizardButton which : {BackButton, CustomButton1, CustomButton2}) {
        if (auto *b = qobject_cast<QPushButton *>(button(which)))
            b->setAutoDefault(false);
    }
    button(QWizard::CustomButton2)->setCheckable(true);
    button(QWizard::CustomButton2)->setObjectName(QStringLiteral("analystMode"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("startOver"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            startOver();
    });
    connect(button(QWizard::CustomButton2), &QAbstractButton::toggled, this, &RecommendWizard::analystModeToggled);
    connect(this, &QWizard::currentIdChanged, this, &RecommendWizard::pageShown);
}

// What every page gets when it opens, a page added later too: the header with where it
// stands among the questions, the answers first in the Tab order, then Back and Next,
// then Start Over and the analyst mode, and the focus on the answers.
void RecommendWizard::pageShown(int id)
{
    QWizardPage *shown = page(id);
    if (!shown)
        return;
    updateHeader(shown);
    QList<QWidget *> focusable;
    QWidget *w = shown;
    for (int guard = 0; guard < 10000; ++guard) {
        w = w->nextInFocusChain();
        if (!w || w == shown)
            break;
        if (shown->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(shown))
            focusable.append(w);
    }
    QList<QWidget *> chain = focusable.isEmpty() ? QList<QWidget *>() : QList<QWidget *>{focusable.constLast()};
    for (const WizardButton which : {BackButton, NextButton, CustomButton1, CustomButton2}) {
        if (QAbstractButton *b = button(which))
            chain.append(b);
    }
    KeyboardPaths::setTabOrder(chain);
    if (id == Page_Result) {
        updateResult();
        m_resultBrowser->setFocus(Qt::TabFocusReason);
    } else if (auto *question = qobject_cast<QuestionPage *>(shown)) {
        question->focusAnswer();
    } else if (id == Page_Intro && m_undoButton->isVisible()) {
        m_undoButton->setFocus(Qt::TabFocusReason);
    } else if (!focusable.isEmpty()) {
        focusable.constFirst()->setFocus(Qt::TabFocusReason);
    }
}

QList<int> RecommendWizard::askedPages() const
{
    QList<int> ids;
    int id = Page_Intro;
    for (int guard = 0; guard < 10000; ++guard) {
        const QWizardPage *p = page(id);
        id = p ? p->nextId() : -1;
        if (id < 0 || id == Page_Result || ids.contains(id))
            break;
        ids.append(id);
    }
    return ids;
}

QString RecommendWizard::counterText(int id) const
{
    const QList<int> asked = askedPages();
    const qsizetype at = asked.indexOf(id);
    return at < 0 ? QString() : tr("Question %1 of %2").arg(at + 1).arg(asked.size());
}

// Every page has a subtitle, so that every page has the same header (QWizard draws a page
// without one with a large title instead); a question's starts with its counter.
void RecommendWizard::updateHeader(QWizardPage *p)
{
    if (!p)
        return;
    const char *const added = "versusCounter";
    QString own = p->subTitle();
    const QString before = p->property(added).toString();
    if (!before.isEmpty() && own.startsWith(before))
        own = own.mid(before.size());
    const QString counter = counterText(pageId(p));
    // On the line of the page's own subtitle: the header has room for about two lines of
    // Latin text, fewer of Chinese.
    const QString prefix = counter.isEmpty() ? QString() : own.isEmpty() ? counter : counter + QStringLiteral(" · ");
    p->setProperty(added, prefix);
    p->setSubTitle(prefix + (own.isEmpty() && prefix.isEmpty() ? QStringLiteral(" ") : own));
    QMetaObject::invokeMethod(this, &RecommendWizard::unclipHeader, Qt::QueuedConnection); // once laid out
}

// QWizard's header keeps room for two lines of "Pq" in the subtitle, whatever the script and
// the width: Chinese lines are taller, and a narrow window wraps the subtitle to a third line,
// both cut off. Its header and subtitle take the size their text needs instead.
void RecommendWizard::unclipHeader()
{
    const QWizardPage *shown = currentPage();
    if (!shown)
        return;
    // The header is Qt's own widget, without a class name of its own: the parent of the label
    // that shows the subtitle.
    for (QLabel *label : findChildren<QLabel *>()) {
        QWidget *header = label->parentWidget();
        if (!label->wordWrap() || label->text() != shown->subTitle() || !header || header->parentWidget() == shown
            || label->width() <= 0)
            continue;
        label->setMinimumSize(1, label->heightForWidth(label->width())); // 1, not 0: 0 means its hint
        header->setMaximumHeight(QWIDGETSIZE_MAX);
        // Qt also keeps the subtitle at least 512 px wide: too wide beside the analyst panel at 2x.
        header->setMinimumSize(header->layout() ? header->layout()->totalMinimumSize() : QSize());
        // And the wizard, whose minimum width Qt took from the header as it was.
        if (QWidget *body = header->parentWidget())
            setMinimumWidth(body->minimumSizeHint().width());
    }
}

void RecommendWizard::resizeEvent(QResizeEvent *event)
{
    QWizard::resizeEvent(event);
    // Once the header's labels have their new width.
    QMetaObject::invokeMethod(this, &RecommendWizard::unclipHeader, Qt::QueuedConnection);
}

int RecommendWizard::pageId(const QWizardPage *p) const
{
    for (const int id : pageIds()) {
        if (page(id) == p)
            return id;
    }
    return -1;
}

QMap<QString, QString> RecommendWizard::answers() const
{
    QMap<QString, QString> result;
    for (const QuestionPage *page : m_questionPages)
        result.insert(page->questionId(), page->answer());
    return result;
}

void RecommendWizard::setAnswers(const QMap<QString, QString> &answers)
{
    m_undoAnswers.clear();
    m_restoring = true;
    for (QuestionPage *page : std::as_const(m_questionPages))
        page->setAnswer(answers.value(page->questionId()));
    m_restoring = false;
    saveSettings();
    updateIntro();
    updateResult();
    Q_EMIT answersChanged();
}

AnswerExtras RecommendWizard::followUps() const
{
    AnswerExtras extras;
    extras.hardware = m_hardwarePage->answer();
    extras.workload = m_workloadPage->answer();
    return extras;
}

void RecommendWizard::setFollowUps(const AnswerExtras &extras)
{
    m_restoring = true;
    m_hardwarePage->setAnswer(extras.hardware);
    m_workloadPage->setAnswer(extras.workload);
    m_restoring = false;
    saveSettings();
    updateResult();
    Q_EMIT answersChanged();
}

void RecommendWizard::setImportance(const QMap<QString, double> &importance)
{
    m_importance = importance;
    updateResult();
}

Recommendation RecommendWizard::recommendation() const
{
    return Recommender(*m_dataset, WeightCounting::withUnshippedAt(m_unshipped)).recommend(answers(), m_importance);
}

RobustnessSummary RecommendWizard::robustness() const
{
    return Robustness::summarize(*m_dataset, answers(), m_importance, m_unshipped);
}

void RecommendWizard::setUnshippedFactor(double factor)
{
    factor = std::clamp(factor, 0.0, 1.0);
    const int index = m_counting->findData(factor);
    m_counting->setCurrentIndex(index >= 0 ? index : 0); // calls back through currentIndexChanged
    m_unshipped = m_counting->currentData().toDouble();
}

QLayout *RecommendWizard::createCountingControl(QWidget *page)
{
    auto *row = new QHBoxLayout;
    m_countingLabel = new QLabel(page);
    m_counting = new QComboBox(page);
    m_counting->setObjectName(QStringLiteral("evidenceCounting"));
    for (const double factor : {1.0, 0.5, 0.0})
        m_counting->addItem(QString(), factor);
    m_countingLabel->setBuddy(m_counting);
    const double saved = QSettings().value(settingsKey(QStringLiteral("unshipped")), 1.0).toDouble();
    const int index = m_counting->findData(saved);
    m_counting->setCurrentIndex(index >= 0 ? index : 0);
    m_unshipped = m_counting->currentData().toDouble();
    connect(m_counting, &QComboBox::currentIndexChanged, this, [this] {
        m_unshipped = m_counting->currentData().toDouble();
        QSettings().setValue(settingsKey(QStringLiteral("unshipped")), m_unshipped);
        updateResult();
        Q_EMIT countingChanged(m_unshipped);
    });
    row->addWidget(m_countingLabel);
    row->addWidget(m_counting);
    row->addStretch(1);
    return row;
}

int RecommendWizard::nextPageAfter(int current) const
{
    const QMap<QString, QString> given = answers();
    const int first = current == Page_Intro ? 0 : current - Page_FirstQuestion + 1;
    for (int i = std::max(first, 0); i < m_dataset->questions.size() && current < Page_Hardware; ++i) {
        if (m_recommender.applies(m_dataset->questions.at(i), given))
            return Page_FirstQuestion + i;
    }
    // Then the follow-up pages the answers ask for, hardware first.
    const QStringList asked = FollowUp::asked(*m_dataset, m_recommender.effectiveAnswers(given));
    if (current < Page_Hardware && asked.contains(QLatin1String("hardware")))
        return Page_Hardware;
    if (current < Page_Workload && asked.contains(QLatin1String("workload")))
        return Page_Workload;
    return current == Page_Result ? -1 : int(Page_Result);
}

QuestionPage *RecommendWizard::questionPage(const QString &questionId) const
{
    for (QuestionPage *page : m_questionPages) {
        if (page->questionId() == questionId)
            return page;
    }
    return nullptr;
}

// The analyst's importance, how robust the answer is and the follow-up pages' advice.
void RecommendWizard::prepareResult(ResultRendering *rendering) const
{
    rendering->summary = robustness();
    const AnswerExtras extras = followUps();
    rendering->hardware = RecommendationRenderer::hardwareAdvice(*m_dataset, rendering->summary.counted, extras);
    rendering->workload = RecommendationRenderer::workloadAdvice(*m_dataset, rendering->summary.counted, extras);
    rendering->options.importance = m_importance;
    rendering->options.robustness = &rendering->summary;
    rendering->options.hardware = rendering->hardware ? &*rendering->hardware : nullptr;
    rendering->options.workload = rendering->workload ? &*rendering->workload : nullptr;
}

void RecommendWizard::updateResult()
{
    if (!m_resultBrowser || currentId() != Page_Result)
        return;
    ResultRendering rendering;
    prepareResult(&rendering);
    rendering.options.darkPalette = palette().color(QPalette::Window).lightness() < 128;
    const int scroll = m_resultBrowser->verticalScrollBar() ? m_resultBrowser->verticalScrollBar()->value() : 0;
    m_resultBrowser->document()->setDefaultStyleSheet(Html::styleSheet()); // no underline through Chinese
    m_resultBrowser->setHtml(RecommendationRenderer::html(*m_dataset, rendering.summary.counted, rendering.options));
    m_resultBrowser->verticalScrollBar()->setValue(scroll);
}

QString RecommendWizard::settingsKey(const QString &name) const
{
    return settingsKey(*m_dataset, name);
}

QString RecommendWizard::settingsKey(const Dataset &dataset, const QString &name)
{
    return SettingsKeys::wizardKey(dataset.id, name);
}

QMap<QString, QString> RecommendWizard::savedAnswers(const Dataset &dataset)
{
    QMap<QString, QString> saved;
    const QJsonObject object =
        QJsonDocument::fromJson(QSettings().value(settingsKey(dataset, QStringLiteral("answers"))).toByteArray()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        saved.insert(it.key(), it.value().toString());
    return saved;
}

AnswerExtras RecommendWizard::savedFollowUps(const Dataset &dataset)
{
    AnswerExtras extras;
    const QJsonObject object =
        QJsonDocument::fromJson(QSettings().value(settingsKey(dataset, QStringLiteral("followUps"))).toByteArray()).object();
    AnswersFile::extrasFromJson(object, &extras, nullptr); // a bad value: nothing comes back
    return extras;
}

void RecommendWizard::saveSettings() const
{
    if (m_hardwarePage && m_workloadPage)
        QSettings().setValue(settingsKey(QStringLiteral("followUps")),
                             QJsonDocument(AnswersFile::extrasToJson(followUps())).toJson(QJsonDocument::Compact));
    QJsonObject object;
    const QMap<QString, QString> given = answers();
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (it.value() != Question::noPreference())
            object.insert(it.key(), it.value());
    }
    QSettings().setValue(settingsKey(QStringLiteral("answers")), QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool RecommendWizard::exportPdf(const QString &path, QString *error) const
{
    ResultRendering rendering;
    prepareResult(&rendering);
    rendering.options.links = false;
    return RecommendationRenderer::writePdf(*m_dataset, rendering.summary.counted, path, error, rendering.options);
}

bool RecommendWizard::saveAnswers(const QString &path, QString *error) const
{
    // The follow-up pages' answers go with the file where an answer asks for the page.
    const QMap<QString, QString> given = m_recommender.effectiveAnswers(answers());
    const QStringList asked = FollowUp::asked(*m_dataset, given);
    AnswerExtras extras = followUps();
    if (!asked.contains(QLatin1String("hardware")))
        extras.hardware = {};
    if (!asked.contains(QLatin1String("workload")))
        extras.workload = {};
    return AnswersFile::save(path, given, error, extras);
}

bool RecommendWizard::loadAnswers(const QString &path, QString *error)
{
    QMap<QString, QString> loaded;
    AnswerExtras extras;
    if (!AnswersFile::load(path, &loaded, error, &extras))
        return false;
    QString problem = m_recommender.validate(loaded);
    if (problem.isEmpty())
        problem = FollowUp::validate(*m_dataset, extras);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("%1: %2").arg(path, problem);
        return false;
    }
    setAnswers(loaded);
    setFollowUps(extras);
    return true;
}

void RecommendWizard::showResult()
{
    // Through the pages, so that QWizard's history (and Back) follows the answers.
    while (currentId() != Page_Result && currentId() != -1) {
        const int before = currentId();
        next();
        if (currentId() == before)
            break;
    }
}

void RecommendWizard::updateIntro()
{
    const int answered = int(m_recommender.effectiveAnswers(answers()).size());
    m_introAnswered->setText(answered ? tr("Your answers from last time are filled in (%1 answered).").arg(answered) : QString());
    m_introAnswered->setVisible(answered > 0);
    m_introResultButton->setVisible(answered > 0);
    const int cleared = int(m_undoAnswers.size());
    m_introCleared->setText(tr("Start Over cleared %n answer(s).", nullptr, cleared));
    m_introCleared->setVisible(cleared > 0);
    m_undoButton->setVisible(cleared > 0);
}

void RecommendWizard::startOver()
{
    const QMap<QString, QString> given = m_recommender.effectiveAnswers(answers());
    const AnswerExtras givenFollowUps = followUps();
    setFollowUps({});
    setAnswers({});
    m_undoAnswers = given; // after setAnswers, which forgets what it replaces
    m_undoFollowUps = givenFollowUps;
    restart();
    updateIntro();
    pageShown(currentId());
}

void RecommendWizard::undoStartOver()
{
    if (m_undoAnswers.isEmpty())
        return;
    const QMap<QString, QString> previous = m_undoAnswers;
    const AnswerExtras previousFollowUps = m_undoFollowUps;
    setAnswers(previous);
    setFollowUps(previousFollowUps);
    showResult();
}

void RecommendWizard::reject()
{
}

void RecommendWizard::done(int result)
{
    Q_UNUSED(result)
}

void RecommendWizard::saveWithDialog(const QString &title, const QString &fileName, const QString &filter,
                                     bool (RecommendWizard::*write)(const QString &, QString *) const,
                                     const QString &done)
{
    const QString path = QFileDialog::getSaveFileName(this, title, lastDir() + QLatin1Char('/') + fileName, filter);
    if (path.isEmpty())
        return;
    rememberDir(path);
    QString error;
    if ((this->*write)(path, &error))
        Q_EMIT message(done.arg(QDir::toNativeSeparators(path)), false);
    else
        Q_EMIT message(error, true);
}

void RecommendWizard::exportPdfDialog()
{
    saveWithDialog(tr("Export Recommendation"), tr("recommendation.pdf"), tr("PDF documents (*.pdf)"),
                   &RecommendWizard::exportPdf, tr("Exported the recommendation to %1"));
}

void RecommendWizard::saveAnswersDialog()
{
    saveWithDialog(tr("Save Answers"), tr("answers.json"), tr("Answers (*.json)"), &RecommendWizard::saveAnswers,
                   tr("Saved the answers to %1"));
}

void RecommendWizard::loadAnswersDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Answers"), lastDir(),
                                                      tr("Answers (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberDir(path);
    QString error;
    if (loadAnswers(path, &error)) {
        Q_EMIT message(tr("Loaded the answers from %1").arg(QDir::toNativeSeparators(path)), false);
        showResult(); // what they lead to
    } else {
        Q_EMIT message(error, true);
    }
}

void RecommendWizard::retranslateUi()
{
    m_introPage->setTitle(tr("Which model family fits what you build?"));
    m_introPage->setSubTitle(m_dataset->title.text());
    m_introText->setText(
        tr("A few questions about your project (%1 at most) lead to a recommendation that you can defend: "
           "each reason points to the words of the document it rests on, and the result shows "
           "which answer would change it.\n\n"
           "Any question can be answered \"No preference\". Your answers are kept for next time.")
            .arg(m_dataset->questions.size()));
    m_introLoadButton->setText(tr("&Load Answers…"));
    m_introResultButton->setText(tr("See the &Result"));
    m_undoButton->setText(tr("&Undo Start Over"));
    m_undoButton->setToolTip(tr("Bring back the answers Start Over cleared"));
    updateIntro();
    m_resultPage->setTitle(tr("Your recommendation"));
    m_resultPage->setSubTitle(tr("Follow a reason's quote to read it in the document."));
    m_exportButton->setText(tr("&Export PDF…"));
    m_exportButton->setToolTip(tr("Export this recommendation as a PDF (Ctrl+E)"));
    m_saveButton->setText(tr("&Save Answers…"));
    m_loadButton->setText(tr("&Load Answers…"));
    // Qt's own "< &Back" and "&Next >" would follow only Qt's translation, and only when
    // the wizard is built: set here, they follow every switch.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CustomButton1, tr("Start &Over"));
    setButtonText(QWizard::CustomButton2, tr("&Analyst Mode"));
    button(QWizard::CustomButton2)->setToolTip(tr("Weigh each criterion and see where the winner changes"));
    m_resultBrowser->setAccessibleName(tr("Recommendation"));
    m_countingLabel->setText(tr("Count &rumored and anticipated evidence at:"));
    for (int i = 0; i < m_counting->count(); ++i)
        m_counting->setItemText(i, RobustnessReport::countingName(m_counting->itemData(i).toDouble()));
    m_counting->setToolTip(tr("Weights that rest on what the document calls rumored or anticipated count fully, "
                              "at half, or not at all"));
    for (QuestionPage *page : std::as_const(m_questionPages))
        page->retranslateUi();
    m_hardwarePage->retranslateUi();
    m_workloadPage->retranslateUi();
    for (const int id : pageIds())
        updateHeader(page(id));
    updateResult();
}

// Enter and Return go on to the next page wherever the focus is (a button takes Space).
// QDialog's default button does not do it here: embedded, the wizard is not its buttons'
// window, and once Next has had the focus and lost it no button is the default any more.
void RecommendWizard::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    QAbstractButton *nextButton = button(NextButton);
    if (enter && modifiers == Qt::NoModifier && nextButton && nextButton->isVisible() && nextButton->isEnabled()) {
        next();
        event->accept();
        return;
    }
    QWizard::keyPressEvent(event);
}

void RecommendWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Pages that re-read their own texts on the event do so after this: their headers again.
        QMetaObject::invokeMethod(this, [this] { updateHeader(currentPage()); }, Qt::QueuedConnection);
    }
    else if (event->type() == QEvent::PaletteChange)
        updateResult();
    QWizard::changeEvent(event);
}
