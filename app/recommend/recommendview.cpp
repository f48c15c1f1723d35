#include "app/recommend/recommendview.h"

#include "render/recommend/recommendationrenderer.h"
#include "app/recommend/recommendwizard.h"
#include "core/recommend/robustness.h"
#include "app/shell/settingskeys.h"

#include <QAbstractButton>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {
QString factor(double value, int decimals = 1)
{
    return RecommendationRenderer::tr("×%1").arg(QLocale().toString(value, 'f', decimals));
}
} // namespace

AnalystPanel::AnalystPanel(RecommendWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("analystPanel"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText); // the dataset's words, never markup
    layout->addWidget(m_explanation);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("analystSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // the dataset's words, never markup
    layout->addWidget(m_summary);
    m_robustness = new QLabel(this);
    m_robustness->setObjectName(QStringLiteral("analystRobustness"));
    m_robustness->setWordWrap(true);
    m_robustness->setTextFormat(Qt::PlainText); // the dataset's words, never markup
    layout->addWidget(m_robustness);

    auto *grid = new QGridLayout;
    const Dataset &d = wizard->dataset();
    for (int i = 0; i < d.questions.size(); ++i) {
        Row row;
        row.question = d.questions.at(i).id;
        row.name = new QLabel(this);
        row.slider = new QSlider(Qt::Horizontal, this);
        row.slider->setObjectName(QStringLiteral("importance-") + row.question);
        row.slider->setRange(0, int(Recommender::MaxImportance * Steps));
        row.slider->setValue(int(Recommender::DefaultImportance * Steps));
        row.slider->setSingleStep(1);
        row.slider->setPageStep(Steps / 2);
        row.slider->setTickPosition(QSlider::TicksBelow);
        row.slider->setTickInterval(Steps);
        row.name->setBuddy(row.slider);
        row.name->setTextFormat(Qt::PlainText);
        row.value = new QLabel(this);
        row.value->setMinimumWidth(row.value->fontMetrics().horizontalAdvance(QStringLiteral("×0.00")));
        row.sensitivity = new QLabel(this);
        row.sensitivity->setWordWrap(true);
        row.sensitivity->setTextFormat(Qt::PlainText);
        row.sensitivity->setEnabled(false);
        grid->addWidget(row.name, i * 2, 0);
        grid->addWidget(row.slider, i * 2, 1);
        grid->addWidget(row.value, i * 2, 2);
        grid->addWidget(row.sensitivity, i * 2 + 1, 1, 1, 2);
        connect(row.slider, &QSlider::valueChanged, this, [this] {
            if (m_updating)
                return;
            Q_EMIT importanceChanged(importance());
            update();
        });
        m_rows.append(row);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_reset = new QPushButton(this);
    connect(m_reset, &QPushButton::clicked, this, [this] { setImportance({}); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reset);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(wizard, &RecommendWizard::answersChanged, this, &AnalystPanel::update);
    connect(wizard, &RecommendWizard::countingChanged, this, &AnalystPanel::update);
    retranslateUi();
}

QMap<QString, double> AnalystPanel::importance() const
{
    QMap<QString, double> result;
    for (const Row &row : m_rows)
        result.insert(row.question, double(row.slider->value()) / Steps);
    return result;
}

void AnalystPanel::setImportance(const QMap<QString, double> &importance)
{
    m_updating = true;
    for (const Row &row : std::as_const(m_rows))
        row.slider->setValue(int(std::round(importance.value(row.question, Recommender::DefaultImportance) * Steps)));
    m_updating = false;
    Q_EMIT importanceChanged(this->importance());
    update();
}

QSlider *AnalystPanel::slider(const QString &questionId) const
{
    for (const Row &row : m_rows) {
        if (row.question == questionId)
            return row.slider;
    }
    return nullptr;
}

QString AnalystPanel::sensitivityText(const QString &questionId) const
{
    for (const Row &row : m_rows) {
        if (row.question == questionId)
            return row.sensitivity->text();
    }
    return {};
}

QString AnalystPanel::summaryText() const
{
    return m_summary->text();
}

void AnalystPanel::updateRobustness(const Recommender &recommender, const QMap<QString, QString> &answers,
                                    const QMap<QString, double> &weights)
{
    const Dataset &d = m_wizard->dataset();
    SamplingOptions sampling;
    sampling.band = Band;
    const WinProbability p = Robustness::winProbability(recommender, answers, weights, sampling);
    QStringList shares;
    for (const QString &family : p.families)
        shares.append(tr("%1 %2%").arg(RecommendationRenderer::outcomeName(d, family),
                                       QLocale().toString(100 * p.share.value(family), 'f', 0)));
    const std::optional<Sensitivity> flip = Robustness::smallestFlip(recommender, answers, weights);
    m_robustness->setText(tr("Within ±%1 of these weights, first in %2 random draws: %3.")
                              .arg(QLocale().toString(Band), QLocale().toString(p.samples),
                                   shares.join(tr(", ")))
                          + QLatin1Char('\n')
                          + (flip ? Robustness::smallestFlipText(d, *flip)
                                  : tr("No single weight between %1 and %2 changes the winner.")
                                        .arg(factor(0), factor(Recommender::MaxImportance))));
}

QString AnalystPanel::robustnessText() const
{
    return m_robustness->text();
}

void AnalystPanel::update()
{
    const Dataset &d = m_wizard->dataset();
    const QMap<QString, QString> answers = m_wizard->answers();
    const QMap<QString, double> weights = importance();
    // As the result page counts rumored and anticipated evidence.
    const Recommender recommender(d, WeightCounting::withUnshippedAt(m_wizard->unshippedFactor()));
    const Recommendation r = recommender.recommend(answers, weights);
    updateRobustness(recommender, answers, weights);
    m_summary->setText(r.isTie() ? tr("Now: a tie (margin %1).").arg(QLocale().toString(r.margin, 'g', 3))
                                 : tr("Now: %1, ahead by %2.")
                                       .arg(RecommendationRenderer::outcomeName(d, r.recommendation),
                                            QLocale().toString(r.margin, 'g', 3)));
    const QMap<QString, QString> effective = recommender.effectiveAnswers(answers);
    for (const Row &row : std::as_const(m_rows)) {
        row.value->setText(factor(double(row.slider->value()) / Steps));
        const bool answered = effective.contains(row.question);
        row.slider->setEnabled(answered);
        QString text;
        if (!answered) {
            text = tr("Not answered: no weight to change.");
        } else {
            const Sensitivity s = recommender.sensitivity(answers, weights, row.question);
            if (s.switchAt)
                text = tr("The result becomes %1 at %2.")
                           .arg(RecommendationRenderer::outcomeName(d, s.switchTo), factor(*s.switchAt, 2));
            else
                text = tr("The result stays between %1 and %2.")
                           .arg(factor(0), factor(Recommender::MaxImportance));
        }
        row.sensitivity->setText(text);
        row.slider->setAccessibleDescription(text);
    }
}

void AnalystPanel::retranslateUi()
{
    m_title->setText(tr("Analyst mode"));
    m_explanation->setText(tr("How much each criterion counts (×1 is the document's weight). "
                              "Below each: the importance at which the recommendation changes."));
    for (const Row &row : std::as_const(m_rows)) {
        const Question *q = m_wizard->dataset().question(row.question);
        row.name->setText(q ? q->criterionText() : row.question);
        row.slider->setAccessibleName(tr("Importance of %1").arg(row.name->text()));
    }
    m_reset->setText(tr("&Reset Weights"));
    update();
}

void AnalystPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

RecommendView::RecommendView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("recommendView"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_wizard = new RecommendWizard(m_dataset, this);
    layout->addWidget(m_wizard, 3);
    m_analystArea = new QScrollArea(this);
    m_analystArea->setWidgetResizable(true);
    m_analyst = new AnalystPanel(m_wizard, m_analystArea);
    m_analystArea->setWidget(m_analyst);
    m_analystArea->setMinimumWidth(280); // beside the wizard on an 800-px-wide (logical) screen
    m_analystArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_analystArea, 2);

    connect(m_analyst, &AnalystPanel::importanceChanged, this, [this](const QMap<QString, double> &importance) {
        m_wizard->setImportance(importance);
        QJsonObject object;
        for (auto it = importance.cbegin(); it != importance.cend(); ++it) {
            if (std::abs(it.value() - Recommender::DefaultImportance) > 1e-9)
                object.insert(it.key(), it.value());
        }
        QSettings().setValue(m_wizard->settingsKey(QStringLiteral("importance")), QJsonDocument(object).toJson(QJsonDocument::Compact));
    });
    connect(m_wizard, &RecommendWizard::analystModeToggled, this, &RecommendView::setAnalystMode);
    connect(m_wizard, &RecommendWizard::passageRequested, this, &RecommendView::passageRequested);
    connect(m_wizard, &RecommendWizard::message, this, &RecommendView::message);

    QMap<QString, double> importance;
    const QJsonObject saved = QJsonDocument::fromJson(QSettings().value(m_wizard->settingsKey(QStringLiteral("importance"))).toByteArray()).object();
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        const double value = it.value().toDouble(Recommender::DefaultImportance);
        if (std::isfinite(value))
            importance.insert(it.key(), std::clamp(value, 0.0, Recommender::MaxImportance));
    }
    m_analyst->setImportance(importance);
    setAnalystMode(QSettings().value(SettingsKeys::WizardAnalystMode, false).toBool());
}

// File → Export (Ctrl+E) from any page of the wizard: the recommendation the answers so far
// give; before any answer there is none, and it says so rather than export "No clear winner".
void RecommendView::exportView()
{
    const QMap<QString, QString> given = m_wizard->answers();
    const bool answered = std::any_of(given.cbegin(), given.cend(),
                                      [](const QString &option) { return !option.isEmpty() && option != Question::noPreference(); });
    if (!answered) {
        Q_EMIT message(tr("Nothing to export yet: answer at least one question, and the recommendation it gives "
                          "can be exported."),
                       false);
        return;
    }
    if (auto *button = m_wizard->findChild<QAbstractButton *>(QStringLiteral("exportPdf")))
        button->click();
}

bool RecommendView::analystMode() const
{
    return !m_analystArea->isHidden();
}

void RecommendView::setAnalystMode(bool on)
{
    m_analystArea->setVisible(on);
    if (QAbstractButton *b = m_wizard->button(QWizard::CustomButton2); b->isChecked() != on)
        b->setChecked(on);
    QSettings().setValue(SettingsKeys::WizardAnalystMode, on);
}
