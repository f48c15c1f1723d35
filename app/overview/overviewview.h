#pragma once

#include "core/dataset/dataset.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

// The Overview tab, the first screen: who the document says leads on each dimension
// (one row each, a column per family, how sure), its verdicts, the headline figures with
// their certainty, what became of its anticipations since, the dataset's version and
// date, and one click into the wizard, the matrix or a chart. One rich-text view built
// from the dataset (a third family is a third column), cheap enough for start-up.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }
    QPushButton *wizardButton() const { return m_wizardButton; }
    QPushButton *matrixButton() const { return m_matrixButton; }
    QPushButton *chartButton() const { return m_chartButton; }

    // The HTML the view shows (the figures and "since the document" are added just after
    // the first paint): sections as <h3>, tables.
    static QString html(const Dataset &dataset, bool darkPalette);

Q_SIGNALS:
    void wizardRequested();
    void matrixRequested();
    void chartRequested();
    void passageRequested(const QString &passageId, const LocalizedText &quote);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void render();

    std::shared_ptr<const Dataset> m_dataset;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_wizardButton = nullptr;
    QPushButton *m_matrixButton = nullptr;
    QPushButton *m_chartButton = nullptr;
    QTextBrowser *m_browser = nullptr;
    int m_renders = 0;
};
