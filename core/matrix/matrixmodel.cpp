#include "core/matrix/matrixmodel.h"

#include "core/matrix/outcomes.h"

#include <QColor>

#include <algorithm>

MatrixModel::MatrixModel(std::shared_ptr<const Dataset> dataset, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dataset(std::move(dataset))
{
    Q_ASSERT(m_dataset);
    rebuildCache();
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dataset->dimensions.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : favouredColumn() + 1;
}

const Family *MatrixModel::familyAt(int column) const
{
    return isFamilyColumn(column) ? &m_dataset->families.at(column - FirstFamilyColumn) : nullptr;
}

int MatrixModel::columnOfFamily(const QString &familyId) const
{
    for (int i = 0; i < familyCount(); ++i) {
        if (m_dataset->families.at(i).id == familyId)
            return FirstFamilyColumn + i;
    }
    return -1;
}

const Cell *MatrixModel::cellAt(int row, int column) const
{
    const Family *family = familyAt(column);
    if (!family || row < 0 || row >= rowCount())
        return nullptr;
    const auto &cells = m_dataset->dimensions.at(row).cells;
    const auto it = cells.constFind(family->id);
    return it == cells.cend() ? nullptr : &it.value();
}

QString MatrixModel::favouredText(const Dimension &dimension) const
{
    return favouredText(dimension, LocalizedText::currentLanguage(), LocalizedText::fallbackLanguage());
}

QString MatrixModel::favouredText(const Dimension &dimension, const QString &language, const QString &fallback) const
{
    if (dimension.favours.isEmpty())
        return LocalizedText::notStated();
    if (dimension.favours == QLatin1String("tie"))
        return tr("Tie");
    const Family *family = m_dataset->family(dimension.favours);
    return family ? family->name.text(language, fallback) : dimension.favours;
}

QString MatrixModel::differsText(const Dimension &dimension, const QString &familyId) const
{
    QStringList lines;
    for (const ClaimCheck *check : m_dataset->checksFor(dimension.id, familyId)) {
        if (check->differs())
            lines.append(tr("Differs from the primary source: %1").arg(check->verdictText.text()));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Dimension &dimension = m_dataset->dimensions.at(row);

    switch (role) { // the same in every column
    case +Role::DimensionId:
        return dimension.id;
    case +Role::FavouredFamily:
        return dimension.favours;
    case +Role::SearchText:
        return rowSearchText(row);
    default:
        break;
    }
    if (column == DimensionColumn)
        return dimensionData(dimension, role);
    if (column == favouredColumn())
        return favouredData(dimension, role);
    return cellData(dimension, row, column, role);
}

QVariant MatrixModel::dimensionData(const Dimension &dimension, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case +Role::SortKey:
        return dimension.name.text();
    case +Role::PassageId:
        return dimension.id;
    default:
        return {};
    }
}

QVariant MatrixModel::favouredData(const Dimension &dimension, int role) const
{
    switch (role) {
    case Qt::DisplayRole: {
        const QString note = dimension.favoursNote.text();
        return note.isEmpty() ? favouredText(dimension) : favouredText(dimension) + QLatin1Char('\n') + note;
    }
    case +Role::SortKey:
        return favouredText(dimension);
    case Qt::ToolTipRole:
    case Qt::WhatsThisRole:
        return dimension.favoursNote.text();
    case +Role::PassageId:
        return dimension.favoursRef.passage;
    case +Role::PassageQuote:
        return dimension.favoursRef.quote.text();
    case +Role::FamilyColor: {
        const Family *family = m_dataset->family(dimension.favours);
        return family ? family->displayColor(m_dark) : QVariant();
    }
    default:
        return {};
    }
}

QVariant MatrixModel::cellData(const Dimension &dimension, int row, int column, int role) const
{
    const Family *family = familyAt(column);
    const Cell *cell = cellAt(row, column);
    if (!family || !cell)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case +Role::SortKey:
        return cell->text.text();
    case Qt::ToolTipRole:
        return cellToolTip(dimension, *family, *cell);
    case +Role::Status:
        return m_dataset->cellStatus(*cell);
    case +Role::StatusName: {
        const Status *status = m_dataset->status(m_dataset->cellStatus(*cell));
        return status ? status->name.text() : QString();
    }
    case +Role::StatusRank:
        return m_dataset->statusRank(m_dataset->cellStatus(*cell));
    case +Role::Statuses: {
        QStringList statuses;
        for (const Statement &s : cell->statements)
            statuses.append(s.status);
        return statuses;
    }
    case +Role::PassageId:
        return dimension.id + QLatin1Char('/') + family->id;
    case +Role::FamilyId:
        return family->id;
    case +Role::FamilyColor:
        return family->displayColor(m_dark);
    case +Role::Differs: {
        const auto checks = m_dataset->checksFor(dimension.id, family->id);
        return std::any_of(checks.cbegin(), checks.cend(), [](const ClaimCheck *c) { return c->differs(); });
    }
    case +Role::DiffersText:
        return differsText(dimension, family->id);
    case +Role::Anticipations:
    case +Role::Outcomes: {
        QStringList out;
        for (const AnticipationCheck *c : m_dataset->anticipationsFor(dimension.id, family->id))
            out.append(role == +Role::Outcomes ? c->outcome : Outcomes::line(*m_dataset, *c));
        return out;
    }
    default:
        return {};
    }
}

// "status — what it means", then what the checks against the primary sources found.
QString MatrixModel::cellToolTip(const Dimension &dimension, const Family &family, const Cell &cell) const
{
    const Status *status = m_dataset->status(m_dataset->cellStatus(cell));
    QString tip = status ? tr("%1 — %2").arg(status->name.text(), status->description.text()) : QString();
    const QString differs = differsText(dimension, family.id);
    if (!differs.isEmpty())
        tip += QLatin1Char('\n') + differs;
    for (const AnticipationCheck *c : m_dataset->anticipationsFor(dimension.id, family.id))
        tip += QLatin1Char('\n') + tr("Since the document (%1): %2 %3 — %4")
                                      .arg(Outcomes::asOf(*m_dataset), Outcomes::glyph(c->outcome),
                                           Outcomes::line(*m_dataset, *c), c->claim.text());
    return tip;
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rowCount())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount())
        return {};
    if (section == DimensionColumn) {
        if (role == Qt::DisplayRole)
            return tr("Dimension");
        if (role == Qt::ToolTipRole)
            return tr("The row of the document's feature table");
        return {};
    }
    if (section == favouredColumn()) {
        if (role == Qt::DisplayRole)
            return tr("Document favours");
        if (role == Qt::ToolTipRole)
            return tr("The family the document's analysis favours on this row, and why");
        return {};
    }
    const Family *family = familyAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return family->name.text();
    case Qt::ToolTipRole:
        return tr("%1 (%2): %3").arg(family->name.text(), family->organisation.text(), family->character.text());
    case Qt::DecorationRole:
    case +Role::FamilyColor:
        return family->displayColor(m_dark);
    case +Role::FamilyId:
        return family->id;
    default:
        return {};
    }
}

QHash<int, QByteArray> MatrixModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(+Role::Status, "status");
    names.insert(+Role::StatusName, "statusName");
    names.insert(+Role::StatusRank, "statusRank");
    names.insert(+Role::Statuses, "statuses");
    names.insert(+Role::PassageId, "passageId");
    names.insert(+Role::PassageQuote, "passageQuote");
    names.insert(+Role::FavouredFamily, "favouredFamily");
    names.insert(+Role::SearchText, "searchText");
    names.insert(+Role::DimensionId, "dimensionId");
    names.insert(+Role::FamilyId, "familyId");
    names.insert(+Role::Differs, "differs");
    names.insert(+Role::DiffersText, "differsText");
    names.insert(+Role::SortKey, "sortKey");
    names.insert(+Role::FamilyColor, "familyColor");
    names.insert(+Role::Anticipations, "anticipations");
    names.insert(+Role::Outcomes, "outcomes");
    return names;
}

void MatrixModel::setDarkPalette(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DecorationRole, +Role::FamilyColor});
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

void MatrixModel::retranslate()
{
    rebuildCache();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString MatrixModel::foldCase(QString text)
{
    // Qt folds each character through its Unicode tables; in ASCII only A-Z change.
    QChar *c = text.data();
    QChar *const end = c + text.size();
    for (; c != end; ++c) {
        const char16_t u = c->unicode();
        if (u >= 0x80)
            return std::move(text).toCaseFolded(); // the ASCII lowered so far folds to itself
        if (u >= u'A' && u <= u'Z')
            *c = QChar(char16_t(u + 32));
    }
    return text;
}

MatrixModel::~MatrixModel()
{
    waitForSearchIndex();
}

void MatrixModel::waitForSearchIndex() const
{
    m_indexBuilder.wait();
}

void MatrixModel::rebuildCache()
{
    waitForSearchIndex();
    const Dataset &d = *m_dataset;
    m_rows.resize(d.dimensions.size());
    const int rows = int(d.dimensions.size());
    auto ranksOf = [&d] {
        QHash<QString, int> ranks;
        for (const Status &s : d.statuses)
            ranks.insert(s.id, s.rank);
        return ranks;
    };
    const QString language = LocalizedText::currentLanguage();
    const QString fallback = LocalizedText::fallbackLanguage();
    if (rows < 1024 || !Background::hasSecondCore()) {
        cacheRows(m_rows.data(), 0, rows, ranksOf(), language, fallback);
        return;
    }
    // A large dataset: in the background, on two cores, each its half. Nothing else
    // touches m_rows until searchIndex() has joined the builder.
    // The rows' storage is taken here, once: the threads write to disjoint rows of it.
    m_indexBuilder.start([this, rows, index = m_rows.data(), ranks = ranksOf(), language, fallback] {
        Background::Job second([&] { cacheRows(index, rows / 2, rows, ranks, language, fallback); });
        cacheRows(index, 0, rows / 2, ranks, language, fallback);
        second.wait();
    });
}

void MatrixModel::cacheRows(RowCache *index, int from, int to, const QHash<QString, int> &ranks, const QString &language,
                            const QString &fallback)
{
    const Dataset &d = *m_dataset;
    for (int row = from; row < to; ++row) {
        const Dimension &dimension = d.dimensions.at(row);
        RowCache &cache = index[row];
        cache.statusMask = 0;
        QList<QString> parts;
        parts.reserve(d.families.size() + 3);
        parts.append(dimension.name.text(language, fallback));
        qsizetype length = parts.constFirst().size();
        // The order of the cells does not matter to a search: walk them as stored.
        for (auto it = dimension.cells.cbegin(); it != dimension.cells.cend(); ++it) {
            parts.append(it->text.text(language, fallback));
            length += parts.constLast().size() + 1;
            for (const Statement &s : it->statements) {
                const int rank = ranks.value(s.status, -1);
                if (rank >= 0 && rank < 64)
                    cache.statusMask |= quint64(1) << rank;
            }
        }
        parts.append(favouredText(dimension, language, fallback));
        parts.append(dimension.favoursNote.text(language, fallback));
        length += parts.at(parts.size() - 2).size() + parts.constLast().size() + 2;
        // One allocation per row: growing the string cell by cell is what costs most here.
        QString text;
        text.reserve(length);
        for (const QString &part : std::as_const(parts)) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += part;
        }
        cache.search = foldCase(std::move(text));
    }
}
