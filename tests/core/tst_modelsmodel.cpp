#include "core/dataset/datasetloader.h"
#include "core/models/modelsfiltermodel.h"
#include "core/models/modelsmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestModelsModel : public QObject
{
    Q_OBJECT

private:
    static std::shared_ptr<const Dataset> three()
    {
        return DatasetLoader::loadFile(QStringLiteral(VERSUS_TEST_DATA "/three-families-matrix.json")).dataset;
    }
    static QStringList names(const QAbstractItemModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.index(row, ModelsModel::NameColumn).data().toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase() { LocalizedText::setCurrentLanguage(QStringLiteral("en")); }

    void modelTester()
    {
        for (const auto &dataset : {DatasetLoader::loadBundled().dataset, three()}) {
            QVERIFY(dataset);
            ModelsModel model(dataset);
            QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            ModelsFilterModel filter;
            QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
            filter.setSourceModel(&model);
            filter.sort(ModelsModel::TotalParamsColumn, Qt::DescendingOrder);
            filter.setParamRange(1, 100);
            filter.setLicenseFilter(QStringLiteral("MIT"));
            filter.setLicenseFilter(QString());
            filter.setParamRange(std::nullopt, std::nullopt);
            filter.setSearchText(QStringLiteral("a"));
            model.retranslate();
            QCOMPARE(model.rowCount(), int(dataset->models.size()));
        }
    }

    void everyModelIsListed()
    {
        const auto dataset = DatasetLoader::loadBundled().dataset;
        ModelsModel model(dataset);
        QCOMPARE(model.rowCount(), int(dataset->models.size()));
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.columnCount(), int(ModelsModel::ColumnCount));
    }

    void missingIsNeverZero_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("total") << int(ModelsModel::TotalParamsColumn);
        QTest::newRow("active") << int(ModelsModel::ActiveParamsColumn);
        QTest::newRow("context") << int(ModelsModel::ContextColumn);
        QTest::newRow("license") << int(ModelsModel::LicenseColumn);
    }
    void missingIsNeverZero()
    {
        QFETCH(int, column);
        ModelsModel model(three());
        const QModelIndex beta = model.index(1, column); // Beta-1 states none of these
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Beta-1"));
        QCOMPARE(beta.data().toString(), ModelsModel::missingText());
        QCOMPARE(beta.data(Qt::ToolTipRole).toString(), QStringLiteral("not stated by the source"));
        QVERIFY(beta.data(+ModelsModel::Role::Missing).toBool());
        QVERIFY(!beta.data(+ModelsModel::Role::SortKey).isValid());
        QVERIFY(!beta.data().toString().contains(QLatin1Char('0')));
        QVERIFY(!model.index(0, column).data(+ModelsModel::Role::Missing).toBool());
    }

    void modelsOf2026()
    {
        // The bundled models of 2026: marked as released after the document (2026-02) and,
        // where the source says so, API-only; a size no source states is "not stated".
        const auto dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(dataset);
        ModelsModel model(dataset);
        auto rowOf = [&](const QString &id) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.index(row, 0).data(+ModelsModel::Role::ModelId).toString() == id)
                    return row;
            }
            return -1;
        };
        const int plus = rowOf(QStringLiteral("qwen3.6-plus"));
        QVERIFY(plus >= 0);
        QCOMPARE(model.index(plus, ModelsModel::SinceColumn).data().toString(), QStringLiteral("after the document, API only"));
        QCOMPARE(model.index(plus, ModelsModel::TotalParamsColumn).data().toString(), QStringLiteral("not stated"));
        QVERIFY(model.index(plus, ModelsModel::TotalParamsColumn).data(+ModelsModel::Role::Missing).toBool());
        QVERIFY(model.index(plus, ModelsModel::SourceColumn).data().toString().endsWith(QStringLiteral("(secondary)")));
        const int pro = rowOf(QStringLiteral("deepseek-v4-pro"));
        QCOMPARE(model.index(pro, ModelsModel::SinceColumn).data().toString(), QStringLiteral("after the document"));
        QCOMPARE(model.index(pro, ModelsModel::TotalParamsColumn).data().toString(), QStringLiteral("1,600 B"));
        // Every source of the row, with where it is, in the source's tooltip.
        QVERIFY(model.index(pro, ModelsModel::SourceColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("(secondary source)")));
        // Released in the document's own month, or before it: no mark.
        QCOMPARE(model.index(rowOf(QStringLiteral("qwen3.5-27b")), ModelsModel::SinceColumn).data().toString(), QString());
        QCOMPARE(model.index(rowOf(QStringLiteral("deepseek-v3")), ModelsModel::SinceColumn).data().toString(), QString());
        int after = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            after += model.index(row, ModelsModel::SinceColumn).data().toString().startsWith(QStringLiteral("after"));
        QCOMPARE(after, 22);
    }

    void values()
    {
        ModelsModel model(three());
        QCOMPARE(model.index(2, ModelsModel::TotalParamsColumn).data().toString(), QStringLiteral("70 B"));
        QCOMPARE(model.index(2, ModelsModel::ContextColumn).data(+ModelsModel::Role::SortKey).toLongLong(), 131072);
        QCOMPARE(model.index(2, ModelsModel::FamilyColumn).data().toString(), QStringLiteral("Gamma"));
        QCOMPARE(model.index(2, ModelsModel::SourceColumn).data().toString(), QStringLiteral("Gamma model card"));
        QCOMPARE(model.index(0, ModelsModel::ReleasedColumn).data(+ModelsModel::Role::SortKey).toString(),
                 QStringLiteral("2025-01"));
        QCOMPARE(model.licenses(), QStringList({QStringLiteral("MIT"), QStringLiteral("Apache-2.0")}));
    }

    void missingSortsLast_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("total ascending") << int(ModelsModel::TotalParamsColumn) << int(Qt::AscendingOrder)
                                         << QStringList{QStringLiteral("Alpha-1"), QStringLiteral("Gamma-1"), QStringLiteral("Beta-1")};
        QTest::newRow("total descending") << int(ModelsModel::TotalParamsColumn) << int(Qt::DescendingOrder)
                                          << QStringList{QStringLiteral("Gamma-1"), QStringLiteral("Alpha-1"), QStringLiteral("Beta-1")};
        QTest::newRow("active descending") << int(ModelsModel::ActiveParamsColumn) << int(Qt::DescendingOrder)
                                           << QStringList{QStringLiteral("Alpha-1"), QStringLiteral("Beta-1"), QStringLiteral("Gamma-1")};
        QTest::newRow("license ascending") << int(ModelsModel::LicenseColumn) << int(Qt::AscendingOrder)
                                           << QStringList{QStringLiteral("Gamma-1"), QStringLiteral("Alpha-1"), QStringLiteral("Beta-1")};
        QTest::newRow("released") << int(ModelsModel::ReleasedColumn) << int(Qt::AscendingOrder)
                                  << QStringList{QStringLiteral("Alpha-1"), QStringLiteral("Gamma-1"), QStringLiteral("Beta-1")};
    }
    void missingSortsLast()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        ModelsModel model(three());
        ModelsFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(column, Qt::SortOrder(order));
        QCOMPARE(names(filter), expected);
    }

    // Issue 17: the license is filtered on itself; what the source adds is shown apart.
    void licenseParts_data()
    {
        QTest::addColumn<QString>("stated");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qualifier");
        QTest::newRow("plain") << QStringLiteral("MIT") << QStringLiteral("MIT") << QString();
        QTest::newRow("secondary") << QStringLiteral("Apache-2.0 (secondary source)") << QStringLiteral("Apache-2.0")
                                   << QStringLiteral("secondary source");
        QTest::newRow("full-width brackets") << QStringLiteral("Apache-2.0（二手来源）") << QStringLiteral("Apache-2.0")
                                             << QStringLiteral("二手来源");
        QTest::newRow("inner bracket stays") << QStringLiteral("A (B) license") << QStringLiteral("A (B) license") << QString();
        QTest::newRow("all bracket") << QStringLiteral("(none)") << QStringLiteral("(none)") << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
    }
    void licenseParts()
    {
        QFETCH(QString, stated);
        QFETCH(QString, name);
        QFETCH(QString, qualifier);
        QCOMPARE(ModelsModel::licenseName(stated), name);
        QCOMPARE(ModelsModel::licenseQualifier(stated), qualifier);
    }

    void licenseFilterIgnoresTheQualifier()
    {
        const auto dataset = DatasetLoader::loadBundled().dataset;
        QVERIFY(dataset);
        ModelsModel model(dataset);
        // In the bundled data: 17 models "Apache-2.0", one "Apache-2.0 (secondary source)",
        // one "Apache-2.0 (repo LICENSE)".
        QCOMPARE(model.licenses().count(QStringLiteral("Apache-2.0")), 1);
        QVERIFY(!model.licenses().contains(QStringLiteral("Apache-2.0 (secondary source)")));
        ModelsFilterModel filter;
        filter.setSourceModel(&model);
        filter.setLicenseFilter(QStringLiteral("Apache-2.0"));
        QCOMPARE(filter.rowCount(), 19);
        int secondary = -1;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.modelAt(row).license.text() == QLatin1String("Apache-2.0 (secondary source)"))
                secondary = row;
        }
        QVERIFY(secondary >= 0);
        const QModelIndex cell = model.index(secondary, ModelsModel::LicenseColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("Apache-2.0 *"));
        QCOMPARE(cell.data(+ModelsModel::Role::LicenseQualifier).toString(), QStringLiteral("secondary source"));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Apache-2.0 (secondary source)")));
    }

    void unknownSizeIsTheUsersChoice()
    {
        ModelsModel model(three());
        ModelsFilterModel filter;
        filter.setSourceModel(&model);
        filter.setParamRange(10.0, std::nullopt);
        QCOMPARE(names(filter), QStringList{QStringLiteral("Gamma-1")});
        filter.setIncludeUnknownSize(true);
        QCOMPARE(names(filter), QStringList({QStringLiteral("Beta-1"), QStringLiteral("Gamma-1")}));
        filter.setParamRange(0.0, 5.0); // Alpha-1 is 7 B
        QCOMPARE(names(filter), QStringList{QStringLiteral("Beta-1")});
    }

    void filter_data()
    {
        QTest::addColumn<double>("min");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("license");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QStringList>("expected");
        const double none = -1;
        QTest::newRow("everything") << none << none << QString() << QString()
                                    << QStringList{QStringLiteral("Alpha-1"), QStringLiteral("Beta-1"), QStringLiteral("Gamma-1")};
        QTest::newRow("fits 10B") << none << 10.0 << QString() << QString() << QStringList{QStringLiteral("Alpha-1")};
        QTest::newRow("at least 10B") << 10.0 << none << QString() << QString() << QStringList{QStringLiteral("Gamma-1")};
        QTest::newRow("range inclusive") << 7.0 << 70.0 << QString() << QString()
                                         << QStringList{QStringLiteral("Alpha-1"), QStringLiteral("Gamma-1")};
        QTest::newRow("empty range") << 8.0 << 9.0 << QString() << QString() << QStringList();
        QTest::newRow("MIT") << none << none << QStringLiteral("MIT") << QString() << QStringList{QStringLiteral("Alpha-1")};
        QTest::newRow("license not stated") << none << none << QStringLiteral("") << QString()
                                            << QStringList{QStringLiteral("Beta-1")};
        QTest::newRow("family") << none << none << QString() << QStringLiteral("gamma") << QStringList{QStringLiteral("Gamma-1")};
        QTest::newRow("license and range") << 50.0 << none << QStringLiteral("MIT") << QString() << QStringList();
    }
    void filter()
    {
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QString, license);
        QFETCH(QString, family);
        QFETCH(QStringList, expected);
        ModelsModel model(three());
        ModelsFilterModel filter;
        filter.setSourceModel(&model);
        filter.setParamRange(min < 0 ? std::nullopt : std::optional<double>(min),
                             max < 0 ? std::nullopt : std::optional<double>(max));
        filter.setLicenseFilter(license);
        filter.setFamilyFilter(family);
        QCOMPARE(names(filter), expected);
    }
};

QTEST_GUILESS_MAIN(TestModelsModel)
#include "tst_modelsmodel.moc"
