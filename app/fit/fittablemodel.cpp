#include "app/fit/fittablemodel.h"

#include <QLocale>

namespace {
qint64 orMinus(const std::optional<qint64> &v)
{
    return v.value_or(-1);
}

qint64 share(const std::optional<qint64> &bytes, int count)
{
    return bytes ? (*bytes + count - 1) / count : -1;
}
} // namespace

FitTableModel::FitTableModel(std::shared_ptr<const Dataset> dataset, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dataset(std::move(dataset))
    , m_request(FitRequest::defaults(*m_dataset))
{
}

void FitTableModel::setRequest(const FitRequest &request)
{
    m_request = request;
    if (!m_request.weights || !m_request.kv) {
        beginResetModel();
        m_results.clear();
        endResetModel();
        return;
    }
    QList<FitResult> results = Fit::computeAll(*m_dataset, m_request);
    if (results.size() != m_results.size()) {
        beginResetModel();
        m_results = std::move(results);
        endResetModel();
        return;
    }
    m_results = std::move(results); // same rows: only their values change (no reset, no lost selection)
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void FitTableModel::setDarkPalette(bool dark)
{
    m_dark = dark;
    if (!m_results.isEmpty())
        Q_EMIT dataChanged(index(0, MemoryColumn), index(rowCount() - 1, MemoryColumn), {ColorRole});
}

void FitTableModel::retranslate()
{
    setRequest(m_request); // the formulas' words and the numbers' format
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int FitTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int FitTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FitTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return {};
    const FitResult &f = m_results.at(index.row());
    const Model *model = m_dataset->model(f.model);
    if (role == VerdictRole)
        return int(f.verdict);
    if (role == ColorRole) {
        const Family *family = model ? m_dataset->family(model->family) : nullptr;
        return family ? family->displayColor(m_dark) : QColor(Qt::gray);
    }
    if (role == BarRole && index.column() == MemoryColumn) {
        const qint64 cacheShare = f.kvCache.bytes && f.state.bytes ? share(*f.kvCache.bytes + *f.state.bytes, m_request.count) : -1;
        const qint64 overhead = f.overhead.bytes ? *f.overhead.bytes / m_request.count : -1;
        return QVariant::fromValue(QList<qint64>{share(f.weights.bytes, m_request.count), cacheShare, overhead, f.availableBytes});
    }
    if (role == SortRole) {
        switch (index.column()) {
        case ModelColumn: return model ? model->name : f.model;
        case MemoryColumn: return orMinus(f.perDeviceBytes);
        case FitColumn: return int(f.verdict);
        case ContextColumn: return orMinus(f.maxContext);
        case SpeedColumn: return f.decodeTokensPerSecond.value_or(-1);
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ModelColumn: return model ? model->name : f.model;
        case MemoryColumn: return Fit::memoryText(f, m_request.count);
        case FitColumn: return FitResult::verdictText(f.verdict);
        case ContextColumn: return Fit::contextText(f);
        case SpeedColumn: return Fit::speedText(f);
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case MemoryColumn:
            return QStringList{f.weights.explanation(), f.kvCache.explanation(), f.state.explanation(), f.overhead.explanation()}.join(
                QStringLiteral("\n\n"));
        case SpeedColumn: return f.speed.explanation();
        default: return {};
        }
    }
    return {};
}

QVariant FitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn: return tr("Model");
    case MemoryColumn: return tr("Memory on a device: weights / KV cache / overhead");
    case FitColumn: return tr("Fit");
    case ContextColumn: return tr("Largest context that fits");
    case SpeedColumn: return tr("Decode speed bound");
    default: return {};
    }
}

QString FitTableModel::explanationHtml(int row) const
{
    if (row < 0 || row >= m_results.size())
        return {};
    const FitResult &f = m_results.at(row);
    QString html = QStringLiteral("<h3>%1</h3>").arg(Fit::modelName(*m_dataset, f.model).toHtmlEscaped());
    const QList<QPair<QString, const FitTerm *>> terms{{tr("Weights"), &f.weights},
                                                        {tr("KV cache"), &f.kvCache},
                                                        {tr("Linear-attention state"), &f.state},
                                                        {tr("Overhead"), &f.overhead},
                                                        {tr("Decode speed upper bound (bytes read per token)"), &f.speed}};
    for (const auto &term : terms) {
        const QString bytes = term.second->bytes ? Fit::gigabytes(*term.second->bytes) : tr("not stated");
        html += QStringLiteral("<p><b>%1: %2</b><br>%3</p>")
                    .arg(term.first.toHtmlEscaped(), bytes.toHtmlEscaped(),
                         term.second->explanation().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    if (f.beyondExtended)
        html += QStringLiteral("<p>%1</p>").arg(tr("The context is beyond any that a source states for this model.").toHtmlEscaped());
    else if (f.beyondNative)
        html += QStringLiteral("<p>%1</p>").arg(tr("The context is beyond the model's native one: it needs YaRN or the like.").toHtmlEscaped());
    return html;
}

void FitFilterModel::setOnlyFitting(bool only)
{
    if (only == m_onlyFitting)
        return;
    m_onlyFitting = only;
    invalidateFilter();
}

bool FitFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_onlyFitting)
        return true;
    const auto verdict = FitResult::Verdict(sourceModel()->index(sourceRow, 0, sourceParent).data(FitTableModel::VerdictRole).toInt());
    return verdict == FitResult::Verdict::Fits || verdict == FitResult::Verdict::Tight;
}
