#include "app/document/documentview.h"

#include "core/matrix/outcomes.h"
#include "render/html/html.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using Html::escape;

namespace {
constexpr int ReadingWidthEm = 46;      // about 80 characters of body text
constexpr int PassageRole = Qt::UserRole + 1;
} // namespace

ReaderBrowser::ReaderBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
}

void ReaderBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateMargins();
}

void ReaderBrowser::updateMargins()
{
    // The root frame's side margins centre a column of reading width; narrower windows
    // wrap at the window's width. setHtml() resets the frame, so render() calls this again.
    const int readingWidth = fontMetrics().averageCharWidth() * ReadingWidthEm * 2;
    const int side = qMax(12, (viewport()->width() - readingWidth) / 2);
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (int(format.leftMargin()) != side || int(format.rightMargin()) != side) {
        format.setLeftMargin(side);
        format.setRightMargin(side);
        root->setFrameFormat(format);
    }
}

DocumentView::DocumentView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent), m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("DocumentView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_contents = new QTreeWidget(m_splitter);
    m_contents->setObjectName(QStringLiteral("contents"));
    m_contents->setHeaderHidden(true);
    m_contents->setUniformRowHeights(true);
    m_contents->setWordWrap(false);
    m_contents->setTextElideMode(Qt::ElideNone);
    m_contents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_contents->header()->setStretchLastSection(false);

    auto *reader = new QWidget(m_splitter);
    auto *readerLayout = new QVBoxLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    m_browser = new ReaderBrowser(reader);
    m_browser->setObjectName(QStringLiteral("documentBrowser"));
    readerLayout->addWidget(m_browser, 1);

    m_findBar = new QWidget(reader);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 4, 6, 4);
    m_findEdit = new QLineEdit(m_findBar);
    m_findEdit->setObjectName(QStringLiteral("findEdit"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    m_previousButton = new QToolButton(m_findBar);
    m_previousButton->setObjectName(QStringLiteral("findPrevious"));
    m_previousButton->setArrowType(Qt::UpArrow);
    m_nextButton = new QToolButton(m_findBar);
    m_nextButton->setObjectName(QStringLiteral("findNext"));
    m_nextButton->setArrowType(Qt::DownArrow);
    m_matchLabel = new QLabel(m_findBar);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_closeFindButton = new QToolButton(m_findBar);
    m_closeFindButton->setObjectName(QStringLiteral("findClose"));
    m_closeFindButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_closeFindButton->setAutoRaise(true);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(m_previousButton);
    findLayout->addWidget(m_nextButton);
    findLayout->addWidget(m_matchLabel);
    findLayout->addWidget(m_closeFindButton);
    readerLayout->addWidget(m_findBar);
    m_findBar->hide();

    m_splitter->addWidget(m_contents);
    m_splitter->addWidget(reader);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter);

    connect(m_findEdit, &QLineEdit::textChanged, this, &DocumentView::updateMatches);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &DocumentView::findNext);
    connect(m_nextButton, &QToolButton::clicked, this, &DocumentView::findNext);
    connect(m_previousButton, &QToolButton::clicked, this, &DocumentView::findPrevious);
    connect(m_closeFindButton, &QToolButton::clicked, this, [this] {
        m_findEdit->clear();
        m_findBar->hide();
        m_browser->setFocus();
    });
    // Enter (or a double click) opens a passage highlighted; on a section, which is no passage,
    // it scrolls there as a click does.
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, PassageRole).toString();
        if (!openPassage(id))
            m_browser->scrollToAnchor(id);
    });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_browser->scrollToAnchor(item->data(0, PassageRole).toString());
    });

    retranslateUi();
    render();
    m_contents->resizeColumnToContents(0);
    m_splitter->setSizes({qMin(m_contents->columnWidth(0) + 48, 420), 900});

    auto *next = new QShortcut(QKeySequence::FindNext, this);
    connect(next, &QShortcut::activated, this, &DocumentView::findNext);
    auto *previous = new QShortcut(QKeySequence::FindPrevious, this);
    connect(previous, &QShortcut::activated, this, &DocumentView::findPrevious);
}

bool DocumentView::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

QString DocumentView::html() const
{
    const Dataset &d = *m_dataset;
    const bool dark = darkPalette();
    const QString muted = palette().color(QPalette::PlaceholderText).name();
    auto familyName = [&d](const QString &id) {
        if (id == QLatin1String("tie"))
            return tr("Tie");
        const Family *f = d.family(id);
        return f ? f->shortName.text() : id;
    };
    auto swatch = [&d, dark](const QString &id) {
        const Family *f = d.family(id);
        return f ? QStringLiteral("<span style=\"color:%1\">■</span> ").arg(f->displayColor(dark).name())
                 : QString();
    };
    auto anchored = [](const QString &id, const QString &text) {
        return QStringLiteral("<a name=\"%1\">%2</a>").arg(escape(id), escape(text));
    };
    // Beside a passage with anticipated statements: what became of each, in its outcome's
    // colour, marked as the layer since the document (its words stay as they are).
    auto since = [&d, dark](const QString &passageId) {
        QStringList lines;
        for (const AnticipationCheck &c : d.anticipationChecks) {
            if (c.ref.passage == passageId)
                lines.append(QStringLiteral("<span style=\"color:%1;\" title=\"%2\">%3 %4 — %5</span>")
                                 .arg(Outcomes::color(c.outcome, dark).name(), escape(c.detail.text()),
                                      Outcomes::glyph(c.outcome), escape(Outcomes::line(d, c)), escape(c.ref.quote.text())));
        }
        if (lines.isEmpty())
            return QString();
        return QStringLiteral("<br>") + Html::small(Html::italic(escape(tr("Since the document (%1):").arg(Outcomes::asOf(d))))
                                                    + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
    };

    QString h;
    h += QStringLiteral("<html><body style=\"line-height:140%;\">");
    h += QStringLiteral("<h1><a name=\"top\">%1</a></h1>").arg(escape(d.title.text()));
    if (!d.subtitle.isEmpty() && (d.sections.isEmpty() || d.sections.constFirst().title.text() != d.subtitle.text()))
        h += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(muted, escape(d.subtitle.text()));
    QString currentGroup;
    for (const Section &s : d.sections) {
        const QString group = s.group.text();
        const bool grouped = !group.isEmpty();
        if (grouped && group != currentGroup)
            h += QStringLiteral("<h2><a name=\"group-%1\">%2</a></h2>").arg(escape(s.id), escape(group));
        currentGroup = group;
        h += QStringLiteral("<%1>%2</%1>").arg(grouped ? QStringLiteral("h3") : QStringLiteral("h2"),
                                               anchored(s.id, s.title.text()));
        for (const Paragraph &p : s.paragraphs)
            h += QStringLiteral("<p>%1%2</p>").arg(anchored(p.id, p.text.text()), since(p.id));

        if (s.kind == Section::Kind::FeatureTable) {
            // Alternate row shading rather than grid lines: Qt's rich text draws collapsed
            // borders unevenly, and shading reads better on light and dark palettes alike.
            const QString shade = palette().color(QPalette::AlternateBase).name();
            h += QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"6\">");
            h += QStringLiteral("<thead><tr><th align=\"left\">%1</th>").arg(escape(tr("Dimension")));
            for (const Family &f : d.families)
                h += QStringLiteral("<th align=\"left\">%1%2</th>").arg(swatch(f.id), escape(f.name.text()));
            h += QStringLiteral("</tr></thead>");
            bool odd = false;
            for (const Dimension &dim : d.dimensions) {
                odd = !odd;
                h += QStringLiteral("<tr%1><td valign=\"top\"><b>%2</b></td>")
                         .arg(odd ? QStringLiteral(" bgcolor=\"%1\"").arg(shade) : QString(),
                              anchored(dim.id, dim.name.text()));
                for (const Family &f : d.families) {
                    const Cell cell = dim.cells.value(f.id);
                    h += QStringLiteral("<td valign=\"top\">%1").arg(anchored(dim.id + QLatin1Char('/') + f.id,
                                                                            cell.text.text()));
                    const QStringList marks = statusMarks(d, cell);
                    if (!marks.isEmpty())
                        h += QStringLiteral("<br><span style=\"color:%1;\">%2</span>")
                                 .arg(muted, Html::small(marks.join(QStringLiteral("<br>"))));
                    h += since(dim.id + QLatin1Char('/') + f.id) + QStringLiteral("</td>");
                }
                h += QStringLiteral("</tr>");
            }
            h += QStringLiteral("</table>");
        } else if (s.kind == Section::Kind::Verdicts) {
            for (const Verdict &v : d.verdicts) {
                h += QStringLiteral("<h3>%1</h3>").arg(escape(v.title.text()));
                h += QStringLiteral("<p><b>%1%2</b></p>").arg(swatch(v.winner), escape(familyName(v.winner)));
                h += QStringLiteral("<p>%1</p>").arg(anchored(v.passageId(), v.rationale.text()));
            }
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

// Under a cell, how sure its statements are that are not simply stated: "Anticipated", and
// the statement's words only where they say more than the cell's text above them.
QStringList DocumentView::statusMarks(const Dataset &d, const Cell &cell)
{
    QStringList marks;
    const QString cellText = cell.text.text().simplified();
    for (const Statement &st : cell.statements) {
        if (d.statusRank(st.status) <= 0)
            continue;
        const Status *status = d.status(st.status);
        const QString name = Html::escape(status ? status->name.text() : st.status);
        const QString text = st.text.text().simplified();
        if (text.isEmpty() || cellText.contains(text))
            marks.append(Html::italic(name));
        else
            marks.append(tr("%1: %2", "a statement's status, then the statement").arg(Html::italic(name), Html::escape(text)));
    }
    return marks;
}

void DocumentView::buildContents()
{
    m_contents->clear();
    const Dataset &d = *m_dataset;
    QTreeWidgetItem *groupItem = nullptr;
    QString currentGroup;
    for (const Section &s : d.sections) {
        QTreeWidgetItem *parent = nullptr;
        const QString group = s.group.text();
        if (!group.isEmpty()) {
            if (group != currentGroup) {
                groupItem = new QTreeWidgetItem(m_contents, {group});
                groupItem->setData(0, PassageRole, QStringLiteral("group-") + s.id);
            }
            parent = groupItem;
        }
        currentGroup = group;
        auto *item = parent ? new QTreeWidgetItem(parent, {s.title.text()}) : new QTreeWidgetItem(m_contents, {s.title.text()});
        item->setData(0, PassageRole, s.id);
        item->setToolTip(0, s.title.text());
        if (s.kind == Section::Kind::FeatureTable) {
            for (const Dimension &dim : d.dimensions) {
                auto *child = new QTreeWidgetItem(item, {dim.name.text()});
                child->setData(0, PassageRole, dim.id);
                child->setToolTip(0, dim.name.text());
            }
        } else if (s.kind == Section::Kind::Verdicts) {
            for (const Verdict &v : d.verdicts) {
                auto *child = new QTreeWidgetItem(item, {v.title.text()});
                child->setData(0, PassageRole, v.passageId());
                child->setToolTip(0, v.title.text());
            }
        }
    }
    m_contents->expandAll();
}

void DocumentView::render()
{
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->document()->setDefaultStyleSheet(Html::styleSheet());
    m_browser->setHtml(html());
    m_browser->updateMargins();
    m_browser->verticalScrollBar()->setValue(scroll);
    buildContents();
    updateMatches();
    if (!m_passageId.isEmpty())
        openPassage(m_passageId, m_passageQuote);
}

int DocumentView::anchorPosition(const QString &anchor) const
{
    // Qt keeps an <a name> only on the first character of its text: that is the start.
    const QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().anchorNames().contains(anchor))
                return fragment.position();
        }
    }
    return -1;
}

bool DocumentView::openPassage(const QString &passageId, const LocalizedText &quote)
{
    const int start = anchorPosition(passageId);
    const auto passage = m_dataset->passage(passageId);
    if (start < 0 || !passage)
        return false;
    m_passageId = passageId;
    m_passageQuote = quote;
    // The passage's own text runs from its anchor; the quote is looked for inside it.
    const QTextDocument *doc = m_browser->document();
    QTextCursor cursor = doc->find(passage->text.text(), start, QTextDocument::FindCaseSensitively);
    if (cursor.isNull() || cursor.selectionStart() != start) {
        cursor = QTextCursor(m_browser->document());
        cursor.setPosition(start);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    }
    const QString quoteText = quote.text();
    if (!quoteText.isEmpty()) {
        const QTextCursor found = doc->find(quoteText, start, QTextDocument::FindCaseSensitively);
        if (!found.isNull() && found.selectionEnd() <= cursor.selectionEnd())
            cursor = found;
    }
    m_passageHighlight = cursor;
    selectInContents(passageId);
    m_browser->scrollToAnchor(passageId);
    QTextCursor visible(m_browser->document());
    visible.setPosition(cursor.selectionStart());
    m_browser->setTextCursor(visible);
    m_browser->ensureCursorVisible();
    applySelections();
    return true;
}

// The outline follows a passage opened from elsewhere: its row (a dimension's for a cell),
// else its section's; never the row the user clicked before.
void DocumentView::selectInContents(const QString &passageId)
{
    const auto passage = m_dataset->passage(passageId);
    const QStringList wanted{passageId, passageId.section(QLatin1Char('/'), 0, 0), passage ? passage->sectionId : QString()};
    for (const QString &id : wanted) {
        for (QTreeWidgetItemIterator it(m_contents); *it; ++it) {
            if (!id.isEmpty() && (*it)->data(0, PassageRole).toString() == id) {
                m_contents->setCurrentItem(*it);
                m_contents->scrollToItem(*it);
                return;
            }
        }
    }
    m_contents->clearSelection();
    m_contents->setCurrentItem(nullptr);
}

QString DocumentView::highlightedText() const
{
    return m_passageHighlight.selectedText();
}

void DocumentView::activateFind()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void DocumentView::updateMatches()
{
    m_matches.clear();
    m_currentMatch = -1;
    const QString needle = m_findEdit->text();
    if (!needle.isEmpty()) {
        QTextDocument *doc = m_browser->document();
        QTextCursor cursor(doc);
        while (true) {
            cursor = doc->find(needle, cursor);
            if (cursor.isNull())
                break;
            m_matches.append(cursor);
            if (m_matches.size() >= 10000)
                break;
        }
    }
    if (!m_matches.isEmpty())
        selectMatch(0);
    else
        applySelections();
    retranslateUi();
}

void DocumentView::selectMatch(int index)
{
    if (m_matches.isEmpty())
        return;
    m_currentMatch = (index % int(m_matches.size()) + int(m_matches.size())) % int(m_matches.size());
    QTextCursor cursor = m_matches.at(m_currentMatch);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    applySelections();
    retranslateUi();
}

void DocumentView::findNext()
{
    selectMatch(m_currentMatch + 1);
}

void DocumentView::findPrevious()
{
    selectMatch(m_currentMatch - 1);
}

void DocumentView::applySelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const bool dark = darkPalette();
    if (!m_passageHighlight.isNull() && m_passageHighlight.hasSelection()) {
        QTextEdit::ExtraSelection passage;
        passage.cursor = m_passageHighlight;
        passage.format.setBackground(dark ? QColor(0x5c, 0x4b, 0x00) : QColor(0xff, 0xf1, 0x9c));
        passage.format.setForeground(palette().color(QPalette::Text));
        selections.append(passage);
    }
    for (int i = 0; i < m_matches.size(); ++i) {
        QTextEdit::ExtraSelection match;
        match.cursor = m_matches.at(i);
        const bool current = i == m_currentMatch;
        match.format.setBackground(current ? palette().color(QPalette::Highlight)
                                           : (dark ? QColor(0x2f, 0x5d, 0x3a) : QColor(0xc8, 0xf0, 0xc8)));
        match.format.setForeground(current ? palette().color(QPalette::HighlightedText)
                                           : palette().color(QPalette::Text));
        selections.append(match);
    }
    m_browser->setExtraSelections(selections);
}

bool DocumentView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            m_closeFindButton->click();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
        if (key->key() == Qt::Key_F3) {
            (key->modifiers() & Qt::ShiftModifier) ? findPrevious() : findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DocumentView::retranslateUi()
{
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setToolTip(QString());
    m_browser->setAccessibleName(tr("Document"));
    m_findEdit->setPlaceholderText(tr("Find in document"));
    m_findEdit->setAccessibleName(tr("Find in document"));
    m_previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    m_previousButton->setAccessibleName(tr("Previous match"));
    m_nextButton->setToolTip(tr("Next match (F3)"));
    m_nextButton->setAccessibleName(tr("Next match"));
    m_closeFindButton->setToolTip(tr("Close find bar (Esc)"));
    m_closeFindButton->setAccessibleName(tr("Close find bar"));
    if (m_findEdit->text().isEmpty())
        m_matchLabel->clear();
    else if (m_matches.isEmpty())
        m_matchLabel->setText(tr("No matches"));
    else
        m_matchLabel->setText(tr("%1 of %n match(es)", nullptr, int(m_matches.size())).arg(m_currentMatch + 1));
}

void DocumentView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        if (m_browser)
            render();
    }
    QWidget::changeEvent(event);
}
