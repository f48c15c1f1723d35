#pragma once

#include "core/dataset/dataset.h"
#include "core/recommend/recommender.h"

#include <QMap>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class RecommendWizard;

// The analyst mode: an importance slider per criterion, feeding the wizard's recommender
// live, and for each the importance at which the winner changes.
class AnalystPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AnalystPanel(RecommendWizard *wizard, QWidget *parent = nullptr);

    QMap<QString, double> importance() const;
    void setImportance(const QMap<QString, double> &importance);
    QSlider *slider(const QString &questionId) const;
    QString sensitivityText(const QString &questionId) const;
    QString summaryText() const;
    // The win probability within ±Band of the sliders and the smallest flip, live.
    QString robustnessText() const;
    static constexpr double Band = 0.5;

    // Slider steps per unit of importance.
    static constexpr int Steps = 10;

Q_SIGNALS:
    void importanceChanged(const QMap<QString, double> &importance);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QString question;
        QLabel *name = nullptr;
        QSlider *slider = nullptr;
        QLabel *value = nullptr;
        QLabel *sensitivity = nullptr;
    };
    void update();
    void updateRobustness(const Recommender &recommender, const QMap<QString, QString> &answers,
                          const QMap<QString, double> &weights);
    void retranslateUi();

    RecommendWizard *m_wizard;
    QLabel *m_title = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_robustness = nullptr;
    QPushButton *m_reset = nullptr;
    QList<Row> m_rows;
    bool m_updating = false;
};

// The Recommend tab: the wizard, with the analyst panel beside it when turned on.
class RecommendView : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    RecommendWizard *wizard() const { return m_wizard; }
    AnalystPanel *analystPanel() const { return m_analyst; }
    bool analystMode() const;
    void setAnalystMode(bool on);
    // Asks where to export the recommendation as a PDF (File → Export…, Ctrl+E, on this tab).
    Q_INVOKABLE void exportView();

Q_SIGNALS:
    void passageRequested(const QString &passageId, const LocalizedText &quote);
    void message(const QString &text, bool error);

private:
    std::shared_ptr<const Dataset> m_dataset;
    RecommendWizard *m_wizard = nullptr;
    AnalystPanel *m_analyst = nullptr;
    QScrollArea *m_analystArea = nullptr;
};
