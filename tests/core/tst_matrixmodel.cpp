#include "core/dataset/datasetloader.h"
#include "core/matrix/matrixfiltermodel.h"
#include "core/matrix/matrixmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

class TestMatrixModel : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const Dataset> load(const QString &path)
    {
        const DatasetLoader::Result result = path.isEmpty() ? DatasetLoader::loadBundled() : DatasetLoader::loadFile(path);
        if (!result.ok()) {
            for (const Problem &p : result.problems)
                qWarning().noquote() << p.toString();
        }
        return result.dataset;
    }
    std::shared_ptr<const Dataset> three() { return load(QStringLiteral(VERSUS_TEST_DATA "/three-families-matrix.json")); }

    static QStringList visibleIds(const MatrixFilterModel &filter)
    {
        QStringList ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.append(filter.index(row, 0).data(+MatrixModel::Role::DimensionId).toString());
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { LocalizedText::setCurrentLanguage(QStringLiteral("en")); }

    void modelTester_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("bundled") << QString();
        QTest::newRow("three families") << QStringLiteral(VERSUS_TEST_DATA "/three-families-matrix.json");
    }
    void modelTester()
    {
        QFETCH(QString, path);
        const auto dataset = load(path);
        QVERIFY(dataset);
        MatrixModel model(dataset);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MatrixFilterModel filter;
        QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("e"));
        filter.setSearchText(QStringLiteral("en"));
        filter.setStatusFilter({QStringLiteral("stated")});
        filter.setPinned(dataset->dimensions.constLast().id, true);
        filter.sort(MatrixModel::DimensionColumn, Qt::DescendingOrder);
        filter.sortInDocumentOrder();
        filter.setFavouredFilter({QStringLiteral("tie")});
        filter.setSearchText(QString());
        model.retranslate();
        model.setDarkPalette(true);
        QCOMPARE(model.rowCount(), int(dataset->dimensions.size()));
    }

    void threeFamiliesShowThreeColumns()
    {
        MatrixModel model(three());
        QCOMPARE(model.familyCount(), 3);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.favouredColumn(), 4);
        QStringList names;
        for (int c = MatrixModel::FirstFamilyColumn; c < model.favouredColumn(); ++c)
            names.append(model.headerData(c, Qt::Horizontal).toString());
        QCOMPARE(names, QStringList({QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
        QCOMPARE(model.headerData(2, Qt::Horizontal, +MatrixModel::Role::FamilyColor).value<QColor>(), QColor(0xd62728));
    }

    void cellRoles()
    {
        MatrixModel model(three());
        const QModelIndex gamma = model.index(0, model.columnOfFamily(QStringLiteral("gamma")));
        const QModelIndex alpha = model.index(0, model.columnOfFamily(QStringLiteral("alpha")));
        const QModelIndex beta = model.index(0, model.columnOfFamily(QStringLiteral("beta")));
        QCOMPARE(gamma.data().toString(), QStringLiteral("Fastest of the three, 42 tokens per second"));
        QCOMPARE(gamma.data(+MatrixModel::Role::PassageId).toString(), QStringLiteral("speed/gamma"));
        QCOMPARE(gamma.data(+MatrixModel::Role::Differs).toBool(), true);
        QVERIFY(gamma.data(+MatrixModel::Role::DiffersText).toString().contains(QStringLiteral("misattributed")));
        QCOMPARE(alpha.data(+MatrixModel::Role::Differs).toBool(), false);
        QCOMPARE(beta.data(+MatrixModel::Role::Status).toString(), QStringLiteral("reported"));
        QCOMPARE(beta.data(+MatrixModel::Role::StatusName).toString(), QStringLiteral("Reported"));
        QCOMPARE(beta.data(+MatrixModel::Role::StatusRank).toInt(), 1);
        const QModelIndex favoured = model.index(0, model.favouredColumn());
        QCOMPARE(favoured.data(+MatrixModel::Role::FavouredFamily).toString(), QStringLiteral("gamma"));
        QVERIFY(favoured.data().toString().startsWith(QStringLiteral("Gamma\n")));
        QCOMPARE(favoured.data(+MatrixModel::Role::PassageId).toString(), QStringLiteral("intro-1"));
        QCOMPARE(model.index(1, model.favouredColumn()).data(+MatrixModel::Role::SortKey).toString(),
                 QStringLiteral("not stated")); // the project's one wording (issue 17)
    }

    void filter_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("favoured");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("expected");
        const QStringList all{QStringLiteral("speed"), QStringLiteral("price"), QStringLiteral("languages")};
        QTest::newRow("nothing") << QString() << QStringList() << QString() << all;
        QTest::newRow("one word") << QStringLiteral("fast") << QStringList() << QString() << QStringList{QStringLiteral("speed")};
        QTest::newRow("any case") << QStringLiteral("FaSt") << QStringList() << QString() << QStringList{QStringLiteral("speed")};
        QTest::newRow("dimension name") << QStringLiteral("price") << QStringList() << QString() << QStringList{QStringLiteral("price")};
        QTest::newRow("words anywhere in the row") << QStringLiteral("french  quoted") << QStringList() << QString()
                                                    << QStringList{QStringLiteral("languages")};
        QTest::newRow("words in different rows") << QStringLiteral("english paid") << QStringList() << QString() << QStringList();
        QTest::newRow("in many rows") << QStringLiteral("e") << QStringList() << QString() << all;
        QTest::newRow("no match") << QStringLiteral("zzz") << QStringList() << QString() << QStringList();
        QTest::newRow("favours gamma") << QString() << QStringList{QStringLiteral("gamma")} << QString()
                                       << QStringList{QStringLiteral("speed")};
        QTest::newRow("favours tie") << QString() << QStringList{QStringLiteral("tie")} << QString()
                                     << QStringList{QStringLiteral("languages")};
        QTest::newRow("favours not said") << QString() << QStringList{QString()} << QString()
                                          << QStringList{QStringLiteral("price")};
        QTest::newRow("favours alpha") << QString() << QStringList{QStringLiteral("alpha")} << QString() << QStringList();
        QTest::newRow("rumored") << QString() << QStringList() << QStringLiteral("rumored") << QStringList{QStringLiteral("price")};
        QTest::newRow("reported") << QString() << QStringList() << QStringLiteral("reported")
                                  << QStringList{QStringLiteral("speed"), QStringLiteral("languages")};
        QTest::newRow("unknown status") << QString() << QStringList() << QStringLiteral("nope") << QStringList();
        QTest::newRow("search and status") << QStringLiteral("english") << QStringList() << QStringLiteral("reported")
                                           << QStringList{QStringLiteral("languages")};
        QTest::newRow("all three") << QStringLiteral("fast") << QStringList{QStringLiteral("gamma"), QStringLiteral("tie")}
                                   << QStringLiteral("stated") << QStringList{QStringLiteral("speed")};
    }
    void filter()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, favoured);
        QFETCH(QString, status);
        QFETCH(QStringList, expected);
        MatrixModel model(three());
        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(search);
        filter.setFavouredFilter(favoured);
        filter.setStatusFilter(status.isEmpty() ? QStringList() : QStringList{status});
        QCOMPARE(visibleIds(filter), expected);
    }

    // Typing narrows only the rows that matched; the result must be what a fresh search gives.
    void typingMatchesFreshSearch()
    {
        const auto dataset = load(QString());
        MatrixModel model(dataset);
        MatrixFilterModel typed;
        typed.setSourceModel(&model);
        const QString word = QStringLiteral("qwen3 model");
        QStringList steps;
        for (int i = 1; i <= word.size(); ++i)
            steps.append(word.left(i));
        for (int i = word.size() - 1; i >= 0; --i)
            steps.append(word.left(i)); // backspace, back to nothing
        steps.append(QStringLiteral("reasoning"));
        for (const QString &step : std::as_const(steps)) {
            typed.setSearchText(step);
            MatrixFilterModel fresh;
            fresh.setSourceModel(&model);
            fresh.setSearchText(step);
            QCOMPARE(visibleIds(typed), visibleIds(fresh));
        }
        typed.setSearchText(QStringLiteral("qwen3"));
        QVERIFY(typed.rowCount() > 0);
        QVERIFY(typed.rowCount() < model.rowCount());
    }

    // A large dataset's search index is built in the background: searching waits for it
    // and finds what a row-by-row look at the texts finds; switching the language or
    // dropping the model while it is built is safe (run under the sanitizers).
    void largeDatasetIndexInTheBackground()
    {
        const auto bundled = load(QString());
        QVERIFY(bundled);
        auto large = std::make_shared<Dataset>(*bundled);
        for (int i = 0; large->dimensions.size() < 2400; ++i) {
            Dimension d = bundled->dimensions.at(i % bundled->dimensions.size());
            d.id = QStringLiteral("copy-%1").arg(i);
            if (i % 7 == 0)
                d.cells[QStringLiteral("qwen")].text.set(QStringLiteral("en"), QStringLiteral("Needle %1 in ÄÖ text").arg(i));
            large->dimensions.append(d);
        }
        large->buildIndexes();
        {
            MatrixModel dropped(large); // destroyed while its index may still be built
        }
        MatrixModel model(large);
        LocalizedText::setCurrentLanguage(QStringLiteral("zh_CN"));
        model.retranslate(); // waits for the running build, starts another
        LocalizedText::setCurrentLanguage(QStringLiteral("en"));
        model.retranslate();
        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        filter.setSearchText(QStringLiteral("needle"));
        QStringList expected;
        for (const Dimension &d : std::as_const(large->dimensions)) {
            if (d.cells.value(QStringLiteral("qwen")).text.text().contains(QStringLiteral("Needle")))
                expected.append(d.id);
        }
        QCOMPARE(expected.size(), (2400 - 12 + 6) / 7);
        QCOMPARE(visibleIds(filter), expected);
        filter.setSearchText(QStringLiteral("äö text"));
        QCOMPARE(filter.rowCount(), expected.size());
    }

    void pinnedRowsComeFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::newRow("document order") << -1 << int(Qt::AscendingOrder);
        QTest::newRow("name ascending") << 0 << int(Qt::AscendingOrder);
        QTest::newRow("name descending") << 0 << int(Qt::DescendingOrder);
        QTest::newRow("alpha descending") << 1 << int(Qt::DescendingOrder);
    }
    void pinnedRowsComeFirst()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        MatrixModel model(three());
        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(column, Qt::SortOrder(order));
        filter.setPinned(QStringLiteral("price"), true);
        QCOMPARE(visibleIds(filter).constFirst(), QStringLiteral("price"));
        QVERIFY(filter.headerData(0, Qt::Vertical).toString().contains(QStringLiteral("★")));
        filter.setPinned(QStringLiteral("price"), false);
        filter.setPinned(QStringLiteral("languages"), true);
        QCOMPARE(visibleIds(filter).constFirst(), QStringLiteral("languages"));
        QCOMPARE(filter.pinned(), QStringList{QStringLiteral("languages")});
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("document") << -1 << int(Qt::AscendingOrder)
                                  << QStringList{QStringLiteral("speed"), QStringLiteral("price"), QStringLiteral("languages")};
        QTest::newRow("name") << 0 << int(Qt::AscendingOrder)
                              << QStringList{QStringLiteral("languages"), QStringLiteral("price"), QStringLiteral("speed")};
        QTest::newRow("name descending") << 0 << int(Qt::DescendingOrder)
                                         << QStringList{QStringLiteral("speed"), QStringLiteral("price"), QStringLiteral("languages")};
        QTest::newRow("beta") << 2 << int(Qt::AscendingOrder)
                              << QStringList{QStringLiteral("languages"), QStringLiteral("speed"), QStringLiteral("price")};
    }
    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QStringList, expected);
        MatrixModel model(three());
        MatrixFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(column, Qt::SortOrder(order));
        QCOMPARE(visibleIds(filter), expected);
        QCOMPARE(filter.isInDocumentOrder(), column < 0);
    }
};

QTEST_GUILESS_MAIN(TestMatrixModel)
#include "tst_matrixmodel.moc"
