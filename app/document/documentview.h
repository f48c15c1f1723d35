#pragma once

#include "core/dataset/dataset.h"

#include <QTextBrowser>
#include <QTextEdit>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QSplitter;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

// A QTextBrowser that keeps lines at a comfortable reading width, centred in wide windows.
class ReaderBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ReaderBrowser(QWidget *parent = nullptr);
    void updateMargins();

protected:
    void resizeEvent(QResizeEvent *event) override;
};

// The Document tab: the comparison as written, with its contents, find, and the passage
// other views point at, highlighted.
class DocumentView : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentView(std::shared_ptr<const Dataset> dataset, QWidget *parent = nullptr);

    // Scrolls to a passage (a paragraph, a table row or cell, a verdict) and highlights
    // the quote in it, or the whole passage. False when the passage does not exist.
    bool openPassage(const QString &passageId, const LocalizedText &quote = {});
    QString highlightedText() const; // what openPassage highlighted
    QString highlightedPassage() const { return m_passageId; }

    Q_INVOKABLE void activateFind();
    void findNext();
    void findPrevious();
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }

    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *findEdit() const { return m_findEdit; }
    QTreeWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    QString html() const;
    static QStringList statusMarks(const Dataset &d, const Cell &cell);
    void selectInContents(const QString &passageId);
    void buildContents();
    void updateMatches();
    void selectMatch(int index);
    void applySelections();
    int anchorPosition(const QString &anchor) const;
    void retranslateUi();
    bool darkPalette() const;

    std::shared_ptr<const Dataset> m_dataset;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_contents = nullptr;
    ReaderBrowser *m_browser = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QToolButton *m_previousButton = nullptr;
    QToolButton *m_nextButton = nullptr;
    QToolButton *m_closeFindButton = nullptr;
    QLabel *m_matchLabel = nullptr;

    QList<QTextCursor> m_matches;
    int m_currentMatch = -1;
    QTextCursor m_passageHighlight;
    QString m_passageId;
    LocalizedText m_passageQuote;
};
