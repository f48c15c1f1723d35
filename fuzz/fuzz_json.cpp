// The loader's JSON reader (core/json/jsondom) on any bytes: an error with an offset inside
// the input, or a document every value of which can be read.
#include "fuzz/fuzzinit.h"

#include "core/json/jsondom.h"

#include <cstdlib>

namespace {

void walk(const Json::Value &value, Json::StringCache *cache, int depth)
{
    (void)value.offset();
    if (depth < 4)
        (void)value.pointer();
    switch (value.type()) {
    case Json::Type::String:
        (void)value.toString(cache);
        break;
    case Json::Type::Double:
        (void)value.toDouble();
        break;
    case Json::Type::Bool:
        (void)value.toBool();
        break;
    case Json::Type::Array: {
        const Json::Array array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walk(array.at(i), cache, depth + 1);
        break;
    }
    case Json::Type::Object: {
        const Json::Object object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            (void)it.key(cache);
            walk(it.value(), cache, depth + 1);
        }
        (void)object.value(QLatin1String("id"));
        break;
    }
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzInit::application(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = FuzzInit::bytes(data, size);
    Json::Document doc;
    const Json::Document::Error error = Json::Document::parse(bytes, &doc);
    if (error.offset >= 0) {
        if (error.offset > bytes.size() || error.message.isEmpty())
            std::abort(); // an error must be located inside the input and say something
        return 0;
    }
    Json::StringCache cache;
    walk(doc.root(), &cache, 0);
    (void)doc.root().toQJsonValue();
    return 0;
}
