// The Epoch AI and LMArena importers (core/evidence/evidenceimport) on any bytes, against the
// bundled dataset: a file read (rows matched or not) or refused with a reason; what is read
// is applied to the dataset's JSON and the result loaded, as --import does.
#include "fuzz/fuzzinit.h"

#include "core/dataset/datasetloader.h"
#include "core/evidence/evidenceimport.h"

#include <QDate>
#include <QFile>

#include <cstdlib>

namespace {
std::shared_ptr<const Dataset> bundled;
QByteArray bundledJson;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInit::application(argc, argv);
    bundled = DatasetLoader::loadBundled().dataset;
    QFile file(DatasetLoader::bundledPath());
    if (!bundled || !file.open(QIODevice::ReadOnly))
        std::abort();
    bundledJson = file.readAll();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const EvidenceImport::File file = EvidenceImport::read(QStringLiteral("fuzz.csv"), FuzzInit::bytes(data, size), *bundled);
    (void)EvidenceImport::messages(file);
    if (!file.ok() || EvidenceImport::importedCount(file) == 0)
        return 0;
    QString error;
    const QByteArray json = EvidenceImport::apply(bundledJson, {file}, QDate(2026, 12, 1), &error);
    if (!json.isEmpty())
        (void)DatasetLoader::loadData(json, QStringLiteral("imported.json"));
    return 0;
}
