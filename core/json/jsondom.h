#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>

#include <cstring>
#include <string_view>
#include <unordered_map>
#include <vector>

// A read-only JSON document for the dataset loader: one pass over the UTF-8 bytes builds a
// flat table of nodes that point into the bytes, so a string becomes a QString only when it
// is read, and nothing is allocated per value. It is strict RFC 8259 (valid UTF-8, no
// trailing commas, no duplicate keys) and reports the byte offset of the first problem.
// QJsonDocument parses the same 50 MiB dataset several times slower: it builds a QCborValue
// tree, a string for every key and value.
namespace Json {

enum class Type : quint8 { Null, Bool, Double, String, Array, Object, Undefined };

class Document;
class Object;
class Array;

// Short strings without escapes (keys, ids, language codes) repeat: a cache makes one
// QString of each, shared. One cache per thread: it is not thread-safe.
class StringCache
{
private:
    friend class Document;
    std::unordered_map<std::string_view, QString> m_strings;
};

class Value
{
public:
    Value() = default;

    Type type() const;
    bool isUndefined() const { return type() == Type::Undefined; }
    bool isNull() const { return type() == Type::Null; }
    bool isBool() const { return type() == Type::Bool; }
    bool isDouble() const { return type() == Type::Double; }
    bool isString() const { return type() == Type::String; }
    bool isArray() const { return type() == Type::Array; }
    bool isObject() const { return type() == Type::Object; }

    bool toBool() const;
    double toDouble() const;
    QString toString(StringCache *cache = nullptr) const; // a null QString unless a string
    // The UTF-8 bytes of a string without escapes (false for anything else): for matching a
    // value against known ones without making a QString.
    bool bytes(std::string_view *out) const;
    Object toObject() const;  // empty unless an object
    Array toArray() const;    // empty unless an array
    // A copy as Qt's JSON type, for the few small parts kept as JSON (chart specs).
    QJsonValue toQJsonValue() const;

    // Where the value starts in the bytes.
    qsizetype offset() const;
    // Its JSON pointer (RFC 6901), e.g. "/dimensions/3/cells/qwen"; "" for the root.
    QString pointer() const;

private:
    friend class Document;
    friend class Object;
    friend class Array;
    Value(const Document *doc, quint32 node) : m_doc(doc), m_node(node) { }
    const Document *m_doc = nullptr;
    quint32 m_node = 0;
};

class Object
{
public:
    Object() = default;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    // Keys are matched byte for byte (the dataset's keys are ASCII); Undefined if absent.
    Value value(QLatin1String key) const;
    bool contains(QLatin1String key) const { return !value(key).isUndefined(); }
    QJsonObject toQJsonObject() const;
    Value toValue() const { return m_doc ? Value(m_doc, m_node) : Value(); }

    class const_iterator
    {
    public:
        const_iterator() = default;
        QString key(StringCache *cache = nullptr) const;
        bool keyIs(QLatin1String key) const;
        bool keyBytes(std::string_view *out) const { return Value(m_doc, m_node).bytes(out); }
        Value value() const;
        const_iterator &operator++();
        bool operator==(const const_iterator &o) const { return m_node == o.m_node; }
        bool operator!=(const const_iterator &o) const { return m_node != o.m_node; }

    private:
        friend class Object;
        const_iterator(const Document *doc, quint32 node) : m_doc(doc), m_node(node) { }
        const Document *m_doc = nullptr;
        quint32 m_node = 0; // the key's node; its value follows it
    };
    const_iterator begin() const;
    const_iterator end() const;

private:
    friend class Value;
    Object(const Document *doc, quint32 node) : m_doc(doc), m_node(node) { }
    const Document *m_doc = nullptr;
    quint32 m_node = 0;
};

class Array
{
public:
    Array() = default;
    qsizetype size() const;
    bool isEmpty() const { return size() == 0; }
    // Reading the elements in order is O(1) each.
    Value at(qsizetype index) const;

private:
    friend class Value;
    Array(const Document *doc, quint32 node);
    const Document *m_doc = nullptr;
    quint32 m_node = 0;
    mutable qsizetype m_lastIndex = -1;
    mutable quint32 m_lastNode = 0;
};

class Document
{
    Q_DECLARE_TR_FUNCTIONS(Json)

public:
    struct Error
    {
        qsizetype offset = -1; // byte offset of the problem; -1: none
        QString message;
    };

    // Parses data (kept by reference count; it must not change while the document lives).
    // Nesting deeper than maxDepth is an error at the bracket that goes too deep.
    static Error parse(const QByteArray &data, Document *document, int maxDepth = 64);

    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

private:
    friend class Value;
    friend class Object;
    friend class Array;
    friend class Parser;

    struct Node
    {
        Type type;
        bool escaped;  // strings: holds escapes, so it must be decoded
        quint32 next;  // the node after this value and everything in it
        quint32 a;     // strings: byte offset; numbers: index in m_numbers; containers: size; bools: value
        quint32 b;     // strings: byte length; other values: byte offset
    };

    QString string(quint32 node, StringCache *cache = nullptr) const;
    bool bytes(quint32 node, std::string_view *out) const;
    QString pointer(quint32 node) const;
    bool stringIs(quint32 node, QLatin1String s) const;

    QByteArray m_data;
    std::vector<Node> m_nodes;
    std::vector<double> m_numbers;
};

// The calls made for every value read are inline.

inline bool Document::stringIs(quint32 node, QLatin1String s) const
{
    const Node &n = m_nodes[node];
    if (Q_UNLIKELY(n.escaped))
        return string(node) == s;
    return qsizetype(n.b) == s.size() && std::memcmp(m_data.constData() + n.a, s.data(), n.b) == 0;
}

inline bool Document::bytes(quint32 node, std::string_view *out) const
{
    const Node &n = m_nodes[node];
    if (n.type != Type::String || n.escaped)
        return false;
    *out = std::string_view(m_data.constData() + n.a, n.b);
    return true;
}

inline bool Value::bytes(std::string_view *out) const
{
    return m_doc && m_doc->bytes(m_node, out);
}

inline Type Value::type() const
{
    return m_doc ? m_doc->m_nodes[m_node].type : Type::Undefined;
}

inline Object::const_iterator Object::begin() const
{
    return m_doc ? const_iterator(m_doc, m_node + 1) : const_iterator();
}

inline Object::const_iterator Object::end() const
{
    return m_doc ? const_iterator(m_doc, m_doc->m_nodes[m_node].next) : const_iterator();
}

inline bool Object::const_iterator::keyIs(QLatin1String key) const
{
    return m_doc->stringIs(m_node, key);
}

inline Value Object::const_iterator::value() const
{
    return Value(m_doc, m_node + 1);
}

inline Object::const_iterator &Object::const_iterator::operator++()
{
    m_node = m_doc->m_nodes[m_node + 1].next;
    return *this;
}

} // namespace Json
