// The one CSV reader (core/evidence/csvreader) on any bytes: records, or a located error,
// within its limits.
#include "fuzz/fuzzinit.h"

#include "core/evidence/csvreader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInit::application(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CsvReader::Limits limits;
    limits.maxRecords = 5000; // small limits, so that the fuzzer reaches them too
    limits.maxColumns = 64;
    limits.maxFieldBytes = 4096;
    const CsvReader::Result result = CsvReader::parse(FuzzInit::bytes(data, size), limits);
    if (!result.ok()) {
        if (result.located().isEmpty())
            std::abort(); // a refusal says why
        return 0;
    }
    if (result.records.size() > limits.maxRecords)
        std::abort();
    for (const CsvReader::Record &r : result.records)
        if (r.fields.size() > limits.maxColumns || r.line < 1)
            std::abort();
    return 0;
}
