// The answers file (core/recommend/answers) on any bytes: parsed, then checked against the
// bundled dataset and turned into a recommendation, as --answers-file does.
#include "fuzz/fuzzinit.h"

#include "core/dataset/datasetloader.h"
#include "core/recommend/answers.h"
#include "core/recommend/recommender.h"

#include <cstdlib>

namespace {
std::shared_ptr<const Dataset> bundled;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInit::application(argc, argv);
    bundled = DatasetLoader::loadBundled().dataset;
    if (!bundled)
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QMap<QString, QString> answers;
    QString error;
    if (!AnswersFile::parse(FuzzInit::bytes(data, size), QStringLiteral("fuzz.answers.json"), &answers, &error)) {
        if (error.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    const Recommender recommender(*bundled);
    if (recommender.validate(answers).isEmpty())
        (void)recommender.recommend(answers);
    QMap<QString, QString> again;
    if (!AnswersFile::parse(AnswersFile::toJson(answers), QStringLiteral("again"), &again, &error) || again != answers)
        std::abort(); // what is written reads back the same
    return 0;
}
