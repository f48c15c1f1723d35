#include "app/matrix/matrixview.h"
#include "core/evidence/independent.h"

#include "app/matrix/matrixdelegate.h"
#include "app/shell/flowlayout.h"
#include "app/shell/keyboardpaths.h"
#include "app/shell/settingskeys.h"
#include "core/matrix/matrixfiltermodel.h"
#include "core/matrix/matrixmodel.h"
#include "core/matrix/outcomes.h"
#include "render/html/html.h"
#include "render/html/passagelink.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// Above this many visible rows, rows keep one height: measuring every wrapped row
// would make each keystroke of a search on a large dataset slow.
constexpr int MaxRowsToMeasure = 300;

QString tsvField(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}
} // namespace

MatrixTable::MatrixTable(QWidget *parent)
    : QTableView(parent)
{
}

void MatrixTable::attachPinnedView()
{
    m_pinned = new QTableView(this);
    m_pinned->setObjectName(QStringLiteral("pinnedRows"));
    m_pinned->setModel(model());
    m_pinned->setSelectionModel(selectionModel());
    m_pinned->setItemDelegate(itemDelegate());
    m_pinned->setFocusPolicy(Qt::NoFocus);
    m_pinned->horizontalHeader()->hide();
    m_pinned->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_pinned->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinned->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinned->setHorizontalScrollMode(ScrollPerPixel);
    m_pinned->setFrameShape(QFrame::NoFrame);
    m_pinned->setWordWrap(wordWrap());
    m_pinned->setSelectionBehavior(selectionBehavior());
    m_pinned->setSelectionMode(selectionMode());
    m_pinned->setEditTriggers(editTriggers());
    m_pinned->setContextMenuPolicy(Qt::NoContextMenu);
    m_pinned->hide();
    m_pinnedEdge = new QFrame(this);
    m_pinnedEdge->setFrameShape(QFrame::HLine);
    m_pinnedEdge->setFrameShadow(QFrame::Sunken);
    m_pinnedEdge->hide();
    connect(horizontalScrollBar(), &QAbstractSlider::valueChanged, m_pinned->horizontalScrollBar(), &QAbstractSlider::setValue);
    connect(verticalScrollBar(), &QAbstractSlider::valueChanged, this, &MatrixTable::updatePinnedView);
    connect(verticalHeader(), &QHeaderView::sectionResized, this, [this](int row) {
        if (row < m_pinnedRows)
            updatePinnedView();
    });
    connect(m_pinned, &QAbstractItemView::doubleClicked, this, &QAbstractItemView::doubleClicked);
}

void MatrixTable::setPinnedRowCount(int rows)
{
    m_pinnedRows = rows;
    updatePinnedView();
}

int MatrixTable::pinnedHeight() const
{
    int height = 0;
    for (int row = 0; row < m_pinnedRows && row < model()->rowCount(); ++row)
        height += isRowHidden(row) ? 0 : rowHeight(row);
    return std::min(height, viewport()->height() / 2);
}

// The copy takes the table's columns (order, widths, hidden ones) and the pinned rows'
// heights; it shows while the table is scrolled past them.
void MatrixTable::updatePinnedView()
{
    if (!m_pinned)
        return;
    const int height = pinnedHeight();
    const bool show = height > 0 && verticalScrollBar()->value() > 0;
    m_pinned->setVisible(show);
    m_pinnedEdge->setVisible(show);
    if (!show)
        return;
    QHeaderView *own = horizontalHeader();
    QHeaderView *copy = m_pinned->horizontalHeader();
    for (int visual = 0; visual < own->count(); ++visual) {
        const int logical = own->logicalIndex(visual);
        if (copy->visualIndex(logical) != visual)
            copy->moveSection(copy->visualIndex(logical), visual);
        m_pinned->setColumnHidden(logical, isColumnHidden(logical));
        m_pinned->setColumnWidth(logical, columnWidth(logical));
    }
    for (int row = 0; row < m_pinnedRows; ++row)
        m_pinned->setRowHeight(row, rowHeight(row));
    // Its row numbers too, at the table's own header's width.
    m_pinned->verticalHeader()->setVisible(verticalHeader()->isVisible());
    m_pinned->verticalHeader()->setFixedWidth(verticalHeader()->width());
    const int x = frameWidth();
    const int y = frameWidth() + (own->isVisible() ? own->height() : 0);
    const int width = viewport()->width() + (verticalHeader()->isVisible() ? verticalHeader()->width() : 0);
    m_pinned->setGeometry(x, y, width, height);
    m_pinnedEdge->setGeometry(x, y + height - 1, width, 3);
    m_pinnedEdge->raise();
    m_pinned->verticalScrollBar()->setValue(0);
    m_pinned->horizontalScrollBar()->setValue(horizontalScrollBar()->value());
}

void MatrixTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    updatePinnedView();
}

void MatrixTable::updateGeometries()
{
    QTableView::updateGeometries();
    updatePinnedView();
}

// A row under the pinned rows' copy is scrolled out from under it.
void MatrixTable::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    QTableView::scrollTo(index, hint);
    if (!index.isValid() || index.row() < m_pinnedRows || !m_pinned || !m_pinned->isVisible())
        return;
    const int covered = m_pinned->geometry().bottom() - (viewport()->geometry().top() + visualRect(index).top());
    if (covered > 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - covered - 1);
}

void MatrixTable::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        Q_EMIT copyRequested();
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid()) {
        Q_EMIT activatedByKey(currentIndex());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

MatrixView::MatrixView(std::shared_ptr<const Dataset> dataset, QWidget *parent)
    : QWidget(parent)
    , m_dataset(std::move(dataset))
{
    setObjectName(QStringLiteral("MatrixView"));
    m_model = new MatrixModel(m_dataset, this);
    m_model->setDarkPalette(darkPalette());
    m_filter = new MatrixFilterModel(this);
    m_filter->setSourceModel(m_model);
    buildUi();
    retranslateUi();
    readSettings();
    scheduleRowResize();
    updateCount();
    updateDetail();
}

MatrixView::~MatrixView()
{
    writeSettings();
}

bool MatrixView::darkPalette() const
{
    return palette().color(QPalette::Window).lightness() < 128;
}

// The widgets are made in the order Tab moves through them.
void MatrixView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(buildToolBar());

    m_legend = new QWidget(this);
    m_legend->setObjectName(QStringLiteral("matrixLegend"));
    new FlowLayout(m_legend); // its badges wrap in a narrow window or at 2x
    m_legend->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_legend);
    m_outcomeLegend = new QLabel(this);
    m_outcomeLegend->setObjectName(QStringLiteral("outcomeLegend"));
    m_outcomeLegend->setTextFormat(Qt::RichText);
    m_outcomeLegend->setWordWrap(true);
    layout->addWidget(m_outcomeLegend);

    m_noMatch = new QLabel(this);
    m_noMatch->setObjectName(QStringLiteral("matrixNoMatch"));
    m_noMatch->setTextFormat(Qt::RichText);
    m_noMatch->setWordWrap(true);
    m_noMatch->setAlignment(Qt::AlignCenter);
    // Its "clear" link by the keyboard too: a Tab stop while it shows, Enter follows it.
    m_noMatch->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_noMatch->hide();
    connect(m_noMatch, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_favoured->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        applyFilters();
        m_search->setFocus(Qt::OtherFocusReason);
    });
    layout->addWidget(m_noMatch);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    buildTable();
    buildDetail();
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({820, 400});
    layout->addWidget(m_splitter, 1);

    connectSearchAndFilters();
    connectTable();
    connectButtons();
}

// Search, the favoured and status filters, columns, pin, document order, the row count.
// In rows that wrap (FlowLayout): a narrow window, or 2x, gets two rows, never a sideways scroll.
FlowLayout *MatrixView::buildToolBar()
{
    auto *bar = new FlowLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("matrixSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_favouredLabel = new QLabel(this);
    m_favoured = new QComboBox(this);
    m_favoured->setObjectName(QStringLiteral("favouredFilter"));
    m_favoured->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "Alibaba (Qwen)" whole
    m_favoured->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // and never squeezed: the tab scrolls instead
    m_favouredLabel->setBuddy(m_favoured);
    m_statusLabel = new QLabel(this);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_statusLabel->setBuddy(m_status);
    m_columnsButton = new QToolButton(this);
    m_columnsButton->setObjectName(QStringLiteral("matrixColumns"));
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu = new QMenu(m_columnsButton);
    m_columnsButton->setMenu(m_columnsMenu);
    connect(m_columnsMenu, &QMenu::aboutToShow, this, &MatrixView::updateColumnsMenu);
    m_pinButton = new QToolButton(this);
    m_pinButton->setObjectName(QStringLiteral("matrixPin"));
    m_pinButton->setCheckable(true);
    m_orderButton = new QToolButton(this);
    m_orderButton->setObjectName(QStringLiteral("matrixOrder"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("matrixCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    bar->addWidget(m_search, 2);
    bar->addGroup({m_favouredLabel, m_favoured});
    bar->addGroup({m_statusLabel, m_status});
    bar->addGroup({m_columnsButton, m_pinButton, m_orderButton});
    bar->addWidget(m_count, 1);
    return bar;
}

// The table in the splitter: cells painted by the delegate, sections sized for the families.
void MatrixView::buildTable()
{
    m_table = new MatrixTable(m_splitter);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_delegate = new MatrixDelegate(m_table);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(m_delegate);
    m_table->attachPinnedView();
    m_table->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setSortingEnabled(false);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the pane; the arrows move between cells
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(4 * m_table->fontMetrics().height());
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(false);
    // A click on a header sorts (connectTable); it neither selects the column nor so
    // replaces the detail pane.
    QObject::disconnect(header, SIGNAL(sectionPressed(int)), m_table, nullptr);
    QObject::disconnect(header, SIGNAL(sectionEntered(int)), m_table, nullptr);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setMinimumSectionSize(80);
    header->resizeSection(MatrixModel::DimensionColumn, 170);
    const bool stretch = m_model->familyCount() <= 4;
    for (int c = MatrixModel::FirstFamilyColumn; c < m_model->favouredColumn(); ++c) {
        if (stretch)
            header->setSectionResizeMode(c, QHeaderView::Stretch);
        else
            header->resizeSection(c, 260);
    }
    header->resizeSection(m_model->favouredColumn(), 240);
}

void MatrixView::buildDetail()
{
    m_detail = new QTextBrowser(m_splitter);
    m_detail->setObjectName(QStringLiteral("matrixDetail"));
    m_detail->setOpenLinks(false);
    // A readable line at the least; two cells compared widen it (updateDetail).
    m_detail->setMinimumWidth(std::max(260, 36 * m_detail->fontMetrics().averageCharWidth()));
}

void MatrixView::connectSearchAndFilters()
{
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        m_delegate->setSearchTerms(m_filter->searchTerms());
        m_table->viewport()->update();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_filter->rowCount() > 0)
            m_table->setCurrentIndex(m_filter->index(0, MatrixModel::FirstFamilyColumn));
    });
    connect(m_favoured, qOverload<int>(&QComboBox::activated), this, &MatrixView::applyFilters);
    connect(m_status, qOverload<int>(&QComboBox::activated), this, &MatrixView::applyFilters);
    connect(m_filter, &MatrixFilterModel::filterChanged, this, [this] {
        updateCount();
        updatePinnedRows();
        scheduleRowResize();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        updatePinnedRows();
        scheduleRowResize();
    });
    m_search->installEventFilter(this);
}

// The header (sorting, its menu), the selection (detail pane, pin button), copy and open.
void MatrixView::connectTable()
{
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::sectionResized, this, &MatrixView::scheduleRowResize);
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) {
        const bool same = !m_filter->isInDocumentOrder() && m_filter->sortColumn() == column;
        sortBy(column, same && m_filter->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(header, &QWidget::customContextMenuRequested, this, &MatrixView::showHeaderMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, &MatrixView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MatrixView::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        const bool pinned = current.isValid()
            && m_filter->isPinned(current.data(+MatrixModel::Role::DimensionId).toString());
        m_pinButton->setChecked(pinned);
    });
    connect(m_table, &MatrixTable::copyRequested, this, &MatrixView::copySelection);
    connect(m_table, &MatrixTable::activatedByKey, this, &MatrixView::openCurrentPassage);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &MatrixView::openCurrentPassage);
}

void MatrixView::connectButtons()
{
    connect(m_pinButton, &QToolButton::clicked, this, [this](bool checked) {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            setRowPinned(current.row(), checked);
        else
            m_pinButton->setChecked(false);
    });
    connect(m_orderButton, &QToolButton::clicked, this, [this] {
        m_filter->sortInDocumentOrder();
        m_table->horizontalHeader()->setSortIndicatorShown(false);
    });
    connect(m_detail, &QTextBrowser::anchorClicked, this, &MatrixView::openLink);
}

void MatrixView::buildLegend()
{
    QLayout *layout = m_legend->layout();
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    auto addBadge = [this, layout](const QString &text, int rank, const QString &tip, const QColor &accent) {
        const QSize size = MatrixDelegate::badgeSize(text, font());
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap(size * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        MatrixDelegate::paintBadge(&painter, QPoint(0, 0), text, rank, palette(), font(), accent);
        painter.end();
        auto *label = new QLabel(m_legend);
        label->setPixmap(pixmap);
        label->setToolTip(tip);
        label->setAccessibleName(text);
        label->setAccessibleDescription(tip);
        layout->addWidget(label);
    };
    auto *title = new QLabel(tr("How sure:"), m_legend);
    layout->addWidget(title);
    for (const Status &status : m_dataset->statuses)
        addBadge(status.name.text(), status.rank, status.description.text(), QColor());
    addBadge(MatrixDelegate::differsLabel(), 1,
             tr("A check against the primary source differs from what the document says (see the detail pane)."),
             MatrixDelegate::differsColor(palette()));
    auto *hint = new QLabel(tr("Double-click or Enter: open the passage · Ctrl+C: copy as TSV · select two cells "
                               "to compare"),
                            m_legend);
    hint->setEnabled(false);
    hint->setWordWrap(true); // else the hint alone makes the tab wider than a small screen
    static_cast<FlowLayout *>(layout)->addWidget(hint, 1); // the rest of its row, or a row of its own
    // Rebuilt on a language change while shown: its new labels shown now, so that the row
    // takes their height at once (else it stayed collapsed until the next resize).
    for (QLabel *label : m_legend->findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
        label->show();
    m_legend->updateGeometry();
    m_outcomeLegend->setText(outcomeLegendHtml());
    QStringList meanings;
    for (const Outcome &o : m_dataset->outcomes)
        meanings.append(tr("%1 %2: %3").arg(Outcomes::glyph(o.id), o.name.text(), o.description.text()));
    m_outcomeLegend->setToolTip(meanings.join(QLatin1Char('\n')));
    m_outcomeLegend->setVisible(!m_dataset->anticipationChecks.isEmpty());
}

// "Since the document (as of 2026-12-01): ✓ shipped as anticipated  ≈ shipped differently ...",
// each outcome in its colour, with what it means.
QString MatrixView::outcomeLegendHtml() const
{
    QStringList items;
    for (const Outcome &o : m_dataset->outcomes)
        items.append(QStringLiteral("<span style=\"color:%1\">%2 <b>%3</b></span>")
                         .arg(Outcomes::color(o.id, darkPalette()).name(), Outcomes::glyph(o.id), Html::escape(o.name.text())));
    return tr("<b>Since the document</b> (%1), what became of its anticipated, rumored and time-bound "
              "statements: %2")
        .arg(Html::escape(Outcomes::asOf(*m_dataset)), items.join(QStringLiteral(" &nbsp; ")));
}

void MatrixView::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search all cells (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the matrix"));
    m_favouredLabel->setText(tr("F&avours:"));
    m_statusLabel->setText(tr("&Status:"));
    m_columnsButton->setText(tr("&Columns"));
    m_columnsButton->setToolTip(tr("Choose which family columns to show; drag a header to reorder"));
    m_pinButton->setText(tr("&Pin Row"));
    m_pinButton->setToolTip(tr("Keep the current row at the top"));
    m_orderButton->setText(tr("&Document Order"));
    m_orderButton->setToolTip(tr("Sort the rows as the document lists them"));
    m_table->setAccessibleName(tr("Feature matrix"));
    m_detail->setAccessibleName(tr("Cell details"));
    fillFilterCombos();
    buildLegend();
    updateCount();
}

void MatrixView::fillFilterCombos()
{
    const QVariant favoured = m_favoured->currentData();
    const QVariant status = m_status->currentData();
    m_favoured->clear();
    m_favoured->addItem(tr("Any"), QStringList());
    for (const Family &family : m_dataset->families) {
        QPixmap chip(12, 12);
        chip.fill(family.displayColor(darkPalette()));
        m_favoured->addItem(QIcon(chip), family.name.text(), QStringList{family.id});
    }
    m_favoured->addItem(tr("Tie"), QStringList{QStringLiteral("tie")});
    m_favoured->addItem(LocalizedText::notStated(), QStringList{QString()});
    m_status->clear();
    m_status->addItem(tr("Any"), QString());
    for (const Status &s : m_dataset->statuses)
        m_status->addItem(s.name.text(), s.id);
    m_favoured->setCurrentIndex(qMax(0, m_favoured->findData(favoured)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void MatrixView::applyFilters()
{
    m_filter->setFavouredFilter(m_favoured->currentData().toStringList());
    const QString status = m_status->currentData().toString();
    m_filter->setStatusFilter(status.isEmpty() ? QStringList() : QStringList{status});
}

void MatrixView::activateFind()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MatrixView::updateCount()
{
    const int all = m_model->rowCount();
    auto text = [all](int shown) { return tr("%1 of %n row(s)", nullptr, all).arg(shown); };
    m_count->setText(text(m_filter->rowCount()));
    // As wide as its widest text, so the filter bar does not shift while the count changes.
    const QFontMetrics metrics(m_count->font());
    m_count->setMinimumWidth(metrics.horizontalAdvance(text(all)) + metrics.averageCharWidth());
    updateNoMatch();
}

// An empty table says why, and how to get the rows back.
void MatrixView::updateNoMatch()
{
    const bool none = m_filter->rowCount() == 0 && m_model->rowCount() > 0;
    m_noMatch->setVisible(none);
    if (!none)
        return;
    const QString search = m_search->text().trimmed();
    const bool filtered = m_favoured->currentIndex() > 0 || m_status->currentIndex() > 0;
    QString text = search.isEmpty() ? tr("No dimension passes these filters.")
                                    : filtered ? tr("No dimension matches “%1” with these filters.").arg(Html::escape(search))
                                               : tr("No dimension matches “%1”.").arg(Html::escape(search));
    const QString clear = search.isEmpty() ? tr("Clear the filters") : filtered ? tr("Clear the search and filters")
                                                                                 : tr("Clear the search (Esc)");
    m_noMatch->setText(QStringLiteral("%1 <a href=\"clear\">%2</a>").arg(text, Html::escape(clear)));
}

// How many of the rows shown are pinned (they come first).
void MatrixView::updatePinnedRows()
{
    int pinned = 0;
    while (pinned < m_filter->rowCount()
           && m_filter->isPinned(m_filter->index(pinned, 0).data(+MatrixModel::Role::DimensionId).toString()))
        ++pinned;
    m_table->setPinnedRowCount(pinned);
}

bool MatrixView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void MatrixView::scheduleRowResize()
{
    if (m_resizePending)
        return;
    m_resizePending = true;
    QTimer::singleShot(0, this, [this] {
        m_resizePending = false;
        if (m_filter->rowCount() <= MaxRowsToMeasure)
            m_table->resizeRowsToContents();
        m_table->updatePinnedView();
    });
}

QString MatrixView::selectionAsTsv() const
{
    QModelIndexList indexes = m_table->selectionModel()->selectedIndexes();
    if (indexes.isEmpty() && m_table->currentIndex().isValid())
        indexes.append(m_table->currentIndex());
    QList<int> rows;
    QList<int> columns; // visual order
    const QHeaderView *header = m_table->horizontalHeader();
    for (const QModelIndex &index : indexes) {
        if (m_table->isColumnHidden(index.column()))
            continue;
        if (!rows.contains(index.row()))
            rows.append(index.row());
        if (!columns.contains(header->visualIndex(index.column())))
            columns.append(header->visualIndex(index.column()));
    }
    std::sort(rows.begin(), rows.end());
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    for (int row : std::as_const(rows)) {
        QStringList fields;
        for (int visual : std::as_const(columns)) {
            const QModelIndex index = m_filter->index(row, header->logicalIndex(visual));
            fields.append(m_table->selectionModel()->isSelected(index) || index == m_table->currentIndex()
                              ? tsvField(index.data().toString())
                              : QString());
        }
        lines.append(fields.join(QLatin1Char('\t')));
    }
    return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

MatrixExport::Selection MatrixView::shownSelection() const
{
    MatrixExport::Selection shown;
    bool allRowsInOrder = m_filter->rowCount() == m_model->rowCount();
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const int source = m_filter->mapToSource(m_filter->index(row, 0)).row();
        allRowsInOrder = allRowsInOrder && source == row;
        shown.rows.append(source);
    }
    const QHeaderView *header = m_table->horizontalHeader();
    bool allFamiliesInOrder = true;
    int expected = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        const Family *family = m_model->familyAt(column);
        if (!family || m_table->isColumnHidden(column))
            continue;
        allFamiliesInOrder = allFamiliesInOrder && family == &m_dataset->families.at(expected);
        ++expected;
        shown.families.append(family->id);
    }
    allFamiliesInOrder = allFamiliesInOrder && expected == m_dataset->families.size();
    if (allRowsInOrder && allFamiliesInOrder)
        return {};
    if (shown.rows.isEmpty())
        shown.rows.append(-1); // no row shown: an export of the header alone, not of everything
    if (shown.families.isEmpty())
        shown.families.append(QString()); // likewise for columns
    return shown;
}

void MatrixView::copySelection() const
{
    const QString tsv = selectionAsTsv();
    if (tsv.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setText(tsv);
    mime->setData(QStringLiteral("text/tab-separated-values"), tsv.toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

void MatrixView::setRowPinned(int proxyRow, bool pinned)
{
    if (proxyRow < 0 || proxyRow >= m_filter->rowCount())
        return;
    const QModelIndex current = m_table->currentIndex();
    const QModelIndex source = m_filter->mapToSource(current.isValid() ? current : m_filter->index(proxyRow, 0));
    m_filter->setPinned(m_filter->index(proxyRow, 0).data(+MatrixModel::Role::DimensionId).toString(), pinned);
    // Keep the same cell current where the row moved to.
    const QModelIndex moved = m_filter->mapFromSource(source);
    if (moved.isValid())
        m_table->setCurrentIndex(moved);
    m_pinButton->setChecked(pinned);
    updatePinnedRows();
    writeSettings();
}

void MatrixView::setFamilyColumnVisible(const QString &familyId, bool visible)
{
    const int column = m_model->columnOfFamily(familyId);
    if (column >= 0)
        m_table->setColumnHidden(column, !visible);
    writeSettings();
}

void MatrixView::updateColumnsMenu()
{
    m_columnsMenu->clear();
    const QHeaderView *header = m_table->horizontalHeader();
    // In the order the columns show.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (column == MatrixModel::DimensionColumn)
            continue;
        QAction *action = m_columnsMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(column));
        connect(action, &QAction::toggled, this, [this, column](bool on) {
            m_table->setColumnHidden(column, !on);
            writeSettings();
        });
    }
    m_columnsMenu->addSeparator();
    m_columnsMenu->addAction(tr("Show All in Document Order"), this, [this] {
        QHeaderView *h = m_table->horizontalHeader();
        for (int column = 0; column < m_model->columnCount(); ++column) {
            m_table->setColumnHidden(column, false);
            h->moveSection(h->visualIndex(column), column);
        }
        writeSettings();
    });
}

// A header click's sort, also the context menu's (Sort by “Column”, by the keyboard too).
void MatrixView::sortBy(int column, Qt::SortOrder order)
{
    m_filter->sort(column, order);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(column, order);
}

// What the header's menu does to a column: hide it, move it (a drag with the mouse), sort by it.
void MatrixView::addColumnActions(QMenu *menu, int column)
{
    QHeaderView *header = m_table->horizontalHeader();
    const int visual = header->visualIndex(column);
    QAction *hide = menu->addAction(tr("Hide Column"), this, [this, column] {
        m_table->setColumnHidden(column, true);
        writeSettings();
    });
    hide->setEnabled(column != MatrixModel::DimensionColumn);
    QAction *left = menu->addAction(tr("Move Left"), this, [this, header, visual] {
        header->moveSection(visual, visual - 1);
        writeSettings();
    });
    left->setObjectName(QStringLiteral("moveLeft"));
    left->setEnabled(visual > 0);
    QAction *right = menu->addAction(tr("Move Right"), this, [this, header, visual] {
        header->moveSection(visual, visual + 1);
        writeSettings();
    });
    right->setObjectName(QStringLiteral("moveRight"));
    right->setEnabled(visual < header->count() - 1);
    menu->addSeparator();
    KeyboardPaths::addSortActions(menu, m_table, column, [this](int c, Qt::SortOrder order) { sortBy(c, order); });
}

void MatrixView::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_table->horizontalHeader();
    const int column = header->logicalIndexAt(pos);
    if (column < 0)
        return;
    QMenu menu(this);
    addColumnActions(&menu, column);
    menu.addSeparator();
    updateColumnsMenu();
    menu.addMenu(m_columnsMenu)->setText(tr("Columns"));
    menu.exec(header->viewport()->mapToGlobal(pos));
}

// By the mouse on the cell clicked; by the keyboard (the Menu key, Shift+F10) on the current
// one, with the header's column actions, which the keyboard cannot reach in the header.
void MatrixView::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        index = m_table->currentIndex();
    QMenu menu(this);
    if (index.isValid()) {
        const bool pinned = m_filter->isPinned(index.data(+MatrixModel::Role::DimensionId).toString());
        menu.addAction(pinned ? tr("Unpin Row") : tr("Pin Row"), this,
                       [this, index, pinned] { setRowPinned(index.row(), !pinned); });
        menu.addAction(tr("Open Passage in Document"), this, [this, index] { openCurrentPassage(index); });
    }
    menu.addAction(tr("Copy as Text (TSV)"), this, &MatrixView::copySelection)->setShortcut(QKeySequence::Copy);
    menu.addSeparator();
    if (index.isValid()) {
        QMenu *columnMenu = menu.addMenu(tr("Column “%1”")
                                             .arg(m_model->headerData(index.column(), Qt::Horizontal).toString().simplified()));
        columnMenu->setObjectName(QStringLiteral("columnMenu"));
        addColumnActions(columnMenu, index.column());
        menu.addSeparator();
    }
    menu.addAction(tr("Export Shown Rows…"), this, &MatrixView::exportShownRequested)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MatrixView::openCurrentPassage(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString passage = index.data(+MatrixModel::Role::PassageId).toString();
    if (passage.isEmpty())
        return;
    const Dimension *dimension = m_dataset->dimension(index.data(+MatrixModel::Role::DimensionId).toString());
    LocalizedText quote;
    if (dimension && index.column() == m_model->favouredColumn())
        quote = dimension->favoursRef.quote;
    Q_EMIT passageRequested(passage, quote);
}

void MatrixView::openLink(const QUrl &url)
{
    QString passage;
    LocalizedText quote;
    if (PassageLink::parse(url, &passage, &quote))
        Q_EMIT passageRequested(passage, quote);
}

QString MatrixView::passageLink(const PassageRef &ref, const QString &label)
{
    if (!ref.isValid())
        return {};
    return PassageLink::anchor(ref, Html::escape(label));
}

QString MatrixView::figureHtml(const Figure &figure) const
{
    const QLocale locale;
    QString value = locale.toString(figure.value);
    if (figure.valueMax)
        value = tr("%1 to %2").arg(value, locale.toString(*figure.valueMax));
    switch (figure.bound) {
    case Figure::Bound::AtLeast: value = tr("at least %1").arg(value); break;
    case Figure::Bound::Below: value = tr("below %1").arg(value); break;
    case Figure::Bound::About: value = tr("about %1").arg(value); break;
    case Figure::Bound::Exact: break;
    }
    const Status *status = m_dataset->status(figure.status);
    return tr("%1: <b>%2 %3</b> (%4)")
        .arg(Html::escapeLines(figure.label.text()), Html::escape(value), Html::escapeLines(figure.unit.text()),
             status ? Html::escapeLines(status->name.text()) : Html::escape(figure.status));
}

QString MatrixView::checkHtml(const ClaimCheck &check) const
{
    QString html = QStringLiteral("<p>");
    const QColor warn = MatrixDelegate::differsColor(palette());
    html += tr("<b>Claim:</b> %1").arg(Html::escapeLines(check.claim.text())) + QStringLiteral("<br>");
    const QString verdict = Html::escapeLines(check.verdictText.text());
    html += check.differs() ? tr("<b>Check:</b> <span style=\"color:%1\">≠ %2</span>").arg(warn.name(), verdict)
                            : tr("<b>Check:</b> %1").arg(verdict);
    if (!check.detail.isEmpty())
        html += QStringLiteral("<br>") + Html::escapeLines(check.detail.text());
    return html + QStringLiteral("</p>") + sourcesHtml(check.sources);
}

// The sources, each with where to find it and whether it is the maker's own (primary).
QString MatrixView::sourcesHtml(const QStringList &sourceIds) const
{
    QString html = QStringLiteral("<ul>");
    for (const QString &sourceId : sourceIds) {
        const Source *source = m_dataset->source(sourceId);
        if (!source)
            continue;
        html += QStringLiteral("<li>") + tr("%1 — %2 (%3 source)")
                                             .arg(Html::escapeLines(source->title.text()), Html::escapeLines(source->where),
                                                  source->kind == QLatin1String("primary") ? tr("primary")
                                                                                           : tr("secondary"))
              + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

// What became of one anticipated statement: the outcome in its colour, the checker's own
// words, the date, why, and the sources.
QString MatrixView::anticipationHtml(const AnticipationCheck &check)
{
    QString html = QStringLiteral("<p>");
    html += tr("<b>The document:</b> %1").arg(Html::escapeLines(check.claim.text())) + QStringLiteral("<br>");
    html += tr("<b>What happened:</b> <span style=\"color:%1\">%2 %3</span> (%4)")
                .arg(Outcomes::color(check.outcome, darkPalette()).name(), Outcomes::glyph(check.outcome),
                     Html::escape(Outcomes::line(*m_dataset, check)), Html::escapeLines(check.outcomeText.text()))
          + QStringLiteral("<br>");
    html += tr("<b>Date:</b> %1").arg(check.date.isEmpty() ? tr("none (it has not happened)") : Html::escape(check.date));
    html += QStringLiteral("<br>") + Html::escapeLines(check.detail.text()) + QStringLiteral("<br>");
    html += passageLink(check.ref, tr("Open the passage"));
    return html + QStringLiteral("</p>") + sourcesHtml(check.sources);
}

// A third party's scores on the benchmarks the cell names, each beside the maker's (imported
// with File → Import Scores…); nothing where there are none.
QString MatrixView::independentHtml(const Family &family, const Cell &cell) const
{
    QString words = cell.text.text(QStringLiteral("en")); // benchmarks are named in the cell or its figures
    for (const Statement &s : cell.statements) {
        for (const QString &figureId : s.figures) {
            if (const Figure *figure = m_dataset->figure(figureId))
                words += QLatin1Char(' ') + figure->label.text(QStringLiteral("en"));
        }
    }
    const QList<IndependentEvidence::Pair> pairs = IndependentEvidence::forText(*m_dataset, family.id, words);
    if (pairs.isEmpty())
        return {};
    QString html = tr("<h4>Independent evidence</h4>") + QStringLiteral("<ul>");
    for (const IndependentEvidence::Pair &p : pairs) {
        const Source *source = m_dataset->source(p.independent->source);
        html += QStringLiteral("<li>%1<br><small>%2</small></li>")
                    .arg(Html::escape(IndependentEvidence::text(*m_dataset, p, true)),
                         Html::escape(source ? tr("%1, line %2").arg(source->title.text()).arg(p.independent->sourceLine)
                                             : p.independent->source));
    }
    return html + QStringLiteral("</ul>");
}

QString MatrixView::cellHtml(const QModelIndex &sourceIndex)
{
    const int row = sourceIndex.row();
    const int column = sourceIndex.column();
    const Dimension &dimension = m_model->dimensionAt(row);
    const bool dark = darkPalette();
    QString html;

    if (column == MatrixModel::DimensionColumn || column == m_model->favouredColumn()) {
        html += QStringLiteral("<h3>%1</h3>").arg(Html::escapeLines(dimension.name.text()));
        const Family *favoured = m_dataset->family(dimension.favours);
        QString who = favoured ? QStringLiteral("<span style=\"color:%1\">■</span> %2")
                                     .arg(favoured->displayColor(dark).name(), Html::escapeLines(favoured->name.text()))
                               : Html::escapeLines(m_model->index(row, m_model->favouredColumn()).data(+MatrixModel::Role::SortKey).toString());
        html += tr("<p><b>The document favours:</b> %1</p>").arg(who);
        if (!dimension.favoursNote.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(Html::escapeLines(dimension.favoursNote.text()));
        const QString why = passageLink(dimension.favoursRef, tr("Open the passage that says so"));
        if (!why.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(why);
        if (column == MatrixModel::DimensionColumn) {
            html += QStringLiteral("<ul>");
            for (const Family &family : m_dataset->families) {
                const int c = m_model->columnOfFamily(family.id);
                const QModelIndex cell = m_model->index(row, c);
                html += QStringLiteral("<li><b>%1</b> [%2]: %3</li>")
                            .arg(Html::escapeLines(family.name.text()), Html::escapeLines(cell.data(+MatrixModel::Role::StatusName).toString()),
                                 Html::escapeLines(cell.data().toString()));
            }
            html += QStringLiteral("</ul>");
            html += QStringLiteral("<p>%1</p>").arg(passageLink({dimension.id, {}}, tr("Open this row in the document")));
        }
        return html;
    }

    const Family *family = m_model->familyAt(column);
    const Cell *cell = m_model->cellAt(row, column);
    if (!family || !cell)
        return {};
    html += QStringLiteral("<h3><span style=\"color:%1\">■</span> %2 — %3</h3>")
                .arg(family->displayColor(dark).name(), Html::escapeLines(family->name.text()), Html::escapeLines(dimension.name.text()));
    html += QStringLiteral("<p>%1</p>").arg(Html::escapeLines(cell->text.text()));

    QList<const ClaimCheck *> checks = m_dataset->checksFor(dimension.id, family->id);
    QList<const Figure *> figures;
    for (const Statement &s : cell->statements) {
        for (const QString &figureId : s.figures) {
            const Figure *figure = m_dataset->figure(figureId);
            if (!figure)
                continue;
            figures.append(figure);
            if (const ClaimCheck *check = m_dataset->claimCheck(figure->check); check && !checks.contains(check))
                checks.append(check);
        }
    }
    const bool differs = std::any_of(checks.cbegin(), checks.cend(), [](const ClaimCheck *c) { return c->differs(); });
    if (differs)
        html += tr("<p style=\"color:%1\"><b>≠ A check against the primary source differs from the document</b> "
                   "(see below).</p>")
                    .arg(MatrixDelegate::differsColor(palette()).name());

    html += tr("<h4>Statements</h4>") + QStringLiteral("<ul>");
    for (const Statement &s : cell->statements) {
        const Status *status = m_dataset->status(s.status);
        html += QStringLiteral("<li><b>[%1]</b> %2").arg(status ? Html::escapeLines(status->name.text()) : Html::escape(s.status),
                                                          Html::escapeLines(s.text.text()));
        QStringList figureLines;
        for (const QString &figureId : s.figures) {
            if (const Figure *figure = m_dataset->figure(figureId))
                figureLines.append(figureHtml(*figure));
        }
        if (!figureLines.isEmpty())
            html += QStringLiteral("<br>") + figureLines.join(QStringLiteral("<br>"));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    html += QStringLiteral("<p>%1</p>").arg(
        passageLink({dimension.id + QLatin1Char('/') + family->id, {}}, tr("Open this cell in the document")));

    html += tr("<h4>Public facts and claim checks</h4>");
    if (checks.isEmpty())
        html += tr("<p>No public source in the dataset checks this cell.</p>");
    for (const ClaimCheck *check : std::as_const(checks))
        html += checkHtml(*check);
    html += independentHtml(*family, *cell);
    const QList<const AnticipationCheck *> anticipations = m_dataset->anticipationsFor(dimension.id, family->id);
    if (!anticipations.isEmpty())
        html += tr("<h4>Since the document (%1)</h4>").arg(Html::escape(Outcomes::asOf(*m_dataset)));
    for (const AnticipationCheck *check : anticipations)
        html += anticipationHtml(*check);
    return html;
}

void MatrixView::updateDetail()
{
    m_detail->document()->setDefaultStyleSheet(Html::styleSheet()); // no underline through Chinese
    QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    std::sort(selected.begin(), selected.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        const QHeaderView *h = m_table->horizontalHeader();
        return a.row() != b.row() ? a.row() < b.row() : h->visualIndex(a.column()) < h->visualIndex(b.column());
    });
    if (selected.isEmpty()) {
        m_detail->setHtml(tr("<p>Select a cell to see its full text, how sure each statement is, the passage it "
                             "comes from and the public sources that check it.</p><p>Select two cells (Ctrl+click) "
                             "to compare them side by side.</p>"));
        return;
    }
    if (selected.size() == 2) {
        // Two cells side by side need room: the pane widens to half the tab if narrower.
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (sizes.value(1) < total / 2)
            m_splitter->setSizes({total - total / 2, total / 2});
        m_detail->setHtml(tr("<h3>Comparing two cells</h3>")
                          + QStringLiteral("<table width=\"100%\" cellspacing=\"6\"><tr><td width=\"50%\" valign=\"top\">%1</td>"
                                           "<td width=\"50%\" valign=\"top\">%2</td></tr></table>")
                                .arg(cellHtml(m_filter->mapToSource(selected.at(0))),
                                     cellHtml(m_filter->mapToSource(selected.at(1)))));
        return;
    }
    QString html = cellHtml(m_filter->mapToSource(selected.constFirst()));
    if (selected.size() > 2)
        html = QStringLiteral("<p>%1</p>").arg(Html::italic(tr("%n cells selected; the first is shown. Select two to compare them.",
                                                                nullptr, int(selected.size()))))
             + html;
    m_detail->setHtml(html);
}

void MatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        retranslateUi();
        updateDetail();
    } else if (event->type() == QEvent::PaletteChange) {
        m_model->setDarkPalette(darkPalette());
        buildLegend();
        fillFilterCombos();
        updateDetail();
    }
    QWidget::changeEvent(event);
}

QString MatrixView::headerSettingsKey() const
{
    QStringList families;
    for (const Family &f : m_dataset->families)
        families.append(f.id);
    return SettingsKeys::matrixHeader(families);
}

void MatrixView::readSettings()
{
    QSettings settings;
    m_restoring = true;
    m_table->horizontalHeader()->restoreState(settings.value(headerSettingsKey()).toByteArray());
    m_splitter->restoreState(settings.value(SettingsKeys::MatrixSplitter).toByteArray());
    m_filter->setPinnedIds(settings.value(SettingsKeys::MatrixPinned).toStringList());
    const QStringList favoured = settings.value(SettingsKeys::MatrixFavoured).toStringList();
    m_favoured->setCurrentIndex(qMax(0, m_favoured->findData(favoured)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(settings.value(SettingsKeys::MatrixStatus).toString())));
    applyFilters();
    const int sortColumn = settings.value(SettingsKeys::MatrixSortColumn, -1).toInt();
    if (sortColumn >= 0 && sortColumn < m_model->columnCount()) {
        sortBy(sortColumn, Qt::SortOrder(settings.value(SettingsKeys::MatrixSortOrder).toInt()));
    } else {
        m_filter->sortInDocumentOrder();
        m_table->horizontalHeader()->setSortIndicatorShown(false);
    }
    m_search->setText(settings.value(SettingsKeys::MatrixSearch).toString());
    updatePinnedRows();
    m_restoring = false;
}

void MatrixView::writeSettings() const
{
    if (m_restoring)
        return;
    QSettings settings;
    settings.setValue(headerSettingsKey(), m_table->horizontalHeader()->saveState());
    settings.setValue(SettingsKeys::MatrixSplitter, m_splitter->saveState());
    settings.setValue(SettingsKeys::MatrixPinned, m_filter->pinned());
    settings.setValue(SettingsKeys::MatrixFavoured, m_favoured->currentData().toStringList());
    settings.setValue(SettingsKeys::MatrixStatus, m_status->currentData().toString());
    settings.setValue(SettingsKeys::MatrixSortColumn, m_filter->isInDocumentOrder() ? -1 : m_filter->sortColumn());
    settings.setValue(SettingsKeys::MatrixSortOrder, int(m_filter->sortOrder()));
    settings.setValue(SettingsKeys::MatrixSearch, m_search->text());
}
