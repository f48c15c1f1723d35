// The dataset loader and validator on any bytes: it must return a dataset or located
// problems, never crash, hang or read out of bounds. A dataset that loads is then put
// through what every view builds from it (the matrix and models tables, a recommendation).
#include "fuzz/fuzzinit.h"

#include "core/dataset/datasetloader.h"
#include "core/matrix/matrixmodel.h"
#include "core/models/modelsmodel.h"
#include "core/recommend/recommender.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInit::application(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const DatasetLoader::Result result = DatasetLoader::loadData(FuzzInit::bytes(data, size), QStringLiteral("fuzz.json"));
    if (!result.ok()) {
        for (const Problem &p : result.problems)
            (void)p.toString();
        return 0;
    }
    (void)result.summary();
    const Dataset &dataset = *result.dataset;
    MatrixModel matrix(result.dataset);
    for (int row = 0; row < matrix.rowCount(); ++row)
        for (int column = 0; column < matrix.columnCount(); ++column)
            (void)matrix.data(matrix.index(row, column), Qt::DisplayRole);
    ModelsModel models(result.dataset);
    for (int row = 0; row < models.rowCount(); ++row)
        for (int column = 0; column < models.columnCount(); ++column)
            (void)models.data(models.index(row, column), Qt::DisplayRole);
    const Recommender recommender(dataset);
    QMap<QString, QString> answers;
    for (const Question &question : dataset.questions)
        if (!question.options.isEmpty())
            answers.insert(question.id, question.options.first().id);
    (void)recommender.recommend(answers);
    return 0;
}
