#pragma once

#include <QSortFilterProxyModel>

#include <optional>

// Sorting and filtering of the models table: by total parameter range (for what fits
// the hardware), by license, by family, by free text. Missing values sort last in
// either order.
class ModelsFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ModelsFilterModel(QObject *parent = nullptr);

    // Total parameters in billions; an unset bound does not limit. Models whose size
    // the source does not state are left out while a bound is set, unless included.
    void setParamRange(std::optional<double> minB, std::optional<double> maxB);
    void setIncludeUnknownSize(bool include);
    bool includesUnknownSize() const { return m_includeUnknown; }
    std::optional<double> minParams() const { return m_min; }
    std::optional<double> maxParams() const { return m_max; }
    // A license (ModelsModel::licenseName, without the source's qualifier); a null string:
    // any; an empty (non-null) string: not stated.
    void setLicenseFilter(const QString &license);
    QString licenseFilter() const { return m_license; }
    void setFamilyFilter(const QString &familyId); // empty: any
    QString familyFilter() const { return m_family; }
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<double> m_min;
    std::optional<double> m_max;
    bool m_includeUnknown = false;
    QString m_license;
    QString m_family;
    QString m_search;
};
