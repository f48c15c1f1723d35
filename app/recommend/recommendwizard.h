#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/answers.h"
#include "core/recommend/recommender.h"
#include "core/recommend/robustness.h"
#include "render/recommend/recommendationrenderer.h"

#include <QMap>
#include <QWizard>
#include <QWizardPage>

#include <memory>

class HardwarePage;
class WorkloadPage;
class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLayout;
class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

// One question of the dataset: its options as radio buttons, and "No preference".
class QuestionPage : public QWizardPage
{
    Q_OBJECT
    Q_PROPERTY(QString answer READ answer WRITE setAnswer NOTIFY answerChanged)

public:
    QuestionPage(const Question &question, int index, QWidget *parent = nullptr);

    QString questionId() const { return m_question.id; }
    // The chosen option id, or Question::noPreference().
    QString answer() const;
    void setAnswer(const QString &optionId);
    void retranslateUi();
    int nextId() const override;
    void initializePage() override;
    // The focus on the answer chosen (when the page opens, forward or back).
    void focusAnswer();

Q_SIGNALS:
    void answerChanged(const QString &answer);

private:
    const Question &m_question;
    int m_index;
    QButtonGroup *m_group = nullptr;
    QList<QAbstractButton *> m_buttons; // the options, then "No preference"
    QList<QLabel *> m_descriptions;
};

// The recommendation wizard, after Qt's licensewizard: page ids, nextId() branching by the
// questions' "when", an intro, one page per question and a result page. It only collects
// answers; the Recommender decides. Embedded in the Recommend tab, so Escape does not close it.
class RecommendWizard : public QWizard
{
    Q_OBJECT

public:
    // The follow-up pages (an option's `asks`) come after the questions, before the result.
    enum { Page_Intro = 0, Page_FirstQuestion = 1, Page_Hardware = 900, Page_Workload = 901, Page_Result = 1000 };

    explicit RecommendWizard(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    const Dataset &dataset() const { return *m_dataset; }
    const Recommender &recommender() const { return m_recommender; }
    // Every question's answer as the pages hold it ("no-preference" included).
    QMap<QString, QString> answers() const;
    // Fills the pages; questions not named get "no preference". Unknown ids are ignored.
    void setAnswers(const QMap<QString, QString> &answers);
    // The follow-up pages' answers (the hardware, the monthly volume), kept apart from the
    // questions' and saved with them.
    AnswerExtras followUps() const;
    void setFollowUps(const AnswerExtras &extras);
    HardwarePage *hardwarePage() const { return m_hardwarePage; }
    WorkloadPage *workloadPage() const { return m_workloadPage; }
    QMap<QString, double> importance() const { return m_importance; }
    void setImportance(const QMap<QString, double> &importance);
    // The recommendation with rumored and anticipated evidence counted as the result page's
    // control says (unshippedFactor(): 1 full, 0.5 half, 0 not at all).
    Recommendation recommendation() const;
    RobustnessSummary robustness() const;
    double unshippedFactor() const { return m_unshipped; }
    void setUnshippedFactor(double factor);
    QComboBox *countingControl() const { return m_counting; }
    // The page id after `current` given the answers so far: the next question asked, or the result.
    int nextPageAfter(int current) const;
    QuestionPage *questionPage(const QString &questionId) const;
    QTextBrowser *resultBrowser() const { return m_resultBrowser; }

    // Without dialogs, for the buttons and for tests.
    bool exportPdf(const QString &path, QString *error) const;
    bool saveAnswers(const QString &path, QString *error) const;
    bool loadAnswers(const QString &path, QString *error);
    // Clears the answers and returns to the intro, which offers to undo it.
    void startOver();
    void undoStartOver();
    // The pages the answers so far lead through, without the intro and the result; and
    // "Question 2 of 9" for one of them.
    QList<int> askedPages() const;
    QString counterText(int pageId) const;
    void showResult(); // from the intro: straight to the result of the answers given

    // The settings key for a value remembered for this dataset ("wizard/ID/NAME").
    QString settingsKey(const QString &name) const;
    static QString settingsKey(const Dataset &dataset, const QString &name);
    // The answers remembered for a dataset (saved on every change), without building a wizard.
    static QMap<QString, QString> savedAnswers(const Dataset &dataset);
    static AnswerExtras savedFollowUps(const Dataset &dataset);

    void reject() override; // embedded: Escape keeps the wizard
    void done(int result) override;

Q_SIGNALS:
    void answersChanged();
    void passageRequested(const QString &passageId, const LocalizedText &quote);
    void analystModeToggled(bool on);
    void countingChanged(double unshippedFactor);
    void message(const QString &text, bool error);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The constructor's steps.
    void buildIntroPage();
    void buildQuestionPages();
    void buildFollowUpPages();
    void buildResultPage();
    void setUpButtons();
    void pageShown(int id);
    void updateHeader(QWizardPage *page);
    void unclipHeader();
    int pageId(const QWizardPage *page) const;

    void retranslateUi();
    QLayout *createCountingControl(QWidget *page);
    // What the result page and its PDF render: the options point into the advice and summary
    // held beside them (so one is filled in place, never copied).
    struct ResultRendering {
        RobustnessSummary summary;
        std::optional<HardwareAdvice> hardware;
        std::optional<WorkloadAdvice> workload;
        RecommendationRenderer::Options options;
    };
    void prepareResult(ResultRendering *rendering) const;
    void updateResult();
    void updateIntro();
    void saveSettings() const;
    void saveWithDialog(const QString &title, const QString &fileName, const QString &filter,
                        bool (RecommendWizard::*write)(const QString &, QString *) const, const QString &done);
    void exportPdfDialog();
    void saveAnswersDialog();
    void loadAnswersDialog();

    std::shared_ptr<const Dataset> m_dataset;
    Recommender m_recommender;
    QMap<QString, double> m_importance;
    QList<QuestionPage *> m_questionPages;
    HardwarePage *m_hardwarePage = nullptr;
    WorkloadPage *m_workloadPage = nullptr;
    QWizardPage *m_introPage = nullptr;
    QWizardPage *m_resultPage = nullptr;
    QLabel *m_introText = nullptr;
    QTextBrowser *m_resultBrowser = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_loadButton = nullptr;
    QPushButton *m_introLoadButton = nullptr;
    QPushButton *m_introResultButton = nullptr;
    QLabel *m_introAnswered = nullptr;
    QLabel *m_introCleared = nullptr;
    QPushButton *m_undoButton = nullptr;
    QMap<QString, QString> m_undoAnswers; // what Start Over cleared, until another answer is given
    AnswerExtras m_undoFollowUps;         // the hardware and workload it cleared with them
    QLabel *m_countingLabel = nullptr;
    QComboBox *m_counting = nullptr;
    double m_unshipped = 1;
    bool m_restoring = false;
};
