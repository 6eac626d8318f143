#include "FrontMatterLimits.h"

#include <QCoreApplication>
#include <sstream>
#include <unordered_map>
#include <vector>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace newsroom {

namespace {

// Thrown out of yaml-cpp's parser (which is written to be left by exceptions) to stop it
// at the first node over a limit; caught in check().
struct Refused
{
    QString message;
};

struct Cost
{
    qsizetype nodes = 0;
    qsizetype bytes = 0;

    Cost &operator+=(const Cost &other)
    {
        nodes += other.nodes;
        bytes += other.bytes;
        return *this;
    }
};

// Counts the first document's nodes as its events stream by, an alias at its anchor's
// full cost, and throws Refused at the first one over a limit.
class Budget : public YAML::EventHandler
{
public:
    explicit Budget(int firstLine) : m_firstLine(firstLine) {}

    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_anchorName = name; }

    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        leaf(mark, anchor, Cost{1, 0});
    }

    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                  const std::string &value) override
    {
        leaf(mark, anchor, Cost{1, qsizetype(value.size())});
    }

    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const auto found = m_anchors.find(anchor);
        const QString name =
            found == m_anchors.end() ? QString() : QString::fromStdString(found->second.name);
        if (found == m_anchors.end() || found->second.open) {
            throw Refused{FrontMatterLimits::tr(
                              "the alias *%1 on line %2 stands inside the list or map it names, "
                              "which never ends")
                              .arg(name, QString::number(line(mark)))};
        }
        entry(mark);
        count(found->second.cost, mark, &name);
    }

    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Anchor
    {
        std::string name;
        Cost cost;
        bool open = false; // its list or map has not ended yet
    };
    struct Collection
    {
        bool map = false;
        YAML::anchor_t anchor = 0;
        qsizetype entries = 0; // a map's keys and values both count
        Cost cost;
    };

    // A line number is %2, not %L2 (no thousands separator); beside an anchor's name it goes
    // in through one multi-argument arg(), so that an anchor named "%2" is not filled in.
    int line(const YAML::Mark &mark) const { return m_firstLine + mark.line; }

    void leaf(const YAML::Mark &mark, YAML::anchor_t anchor, Cost cost)
    {
        entry(mark);
        count(cost, mark, nullptr);
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Anchor{std::exchange(m_anchorName, {}), cost, false};
    }

    // One more key, value or item in the innermost open list or map.
    void entry(const YAML::Mark &mark)
    {
        if (m_open.empty())
            return;
        Collection &top = m_open.back();
        if (++top.entries > (top.map ? 2 : 1) * FrontMatterLimits::kEntries) {
            throw Refused{
                FrontMatterLimits::tr("a list or map in the front matter has more than %Ln "
                                      "entries (line %1)",
                                      nullptr, int(FrontMatterLimits::kEntries))
                    .arg(line(mark))};
        }
    }

    // Adds `cost` to the document and to every list or map it stands in (an anchor on any
    // of them costs all of it). At most kDepth of them, so this stays cheap.
    void count(const Cost &cost, const YAML::Mark &mark, const QString *alias)
    {
        m_total += cost;
        for (Collection &collection : m_open)
            collection.cost += cost;
        const bool tooMany = m_total.nodes > FrontMatterLimits::kNodes;
        if (!tooMany && m_total.bytes <= FrontMatterLimits::kTextBytes)
            return;
        const QString what =
            tooMany
                ? FrontMatterLimits::tr("%Ln keys, values and list items", nullptr,
                                        int(FrontMatterLimits::kNodes))
                : FrontMatterLimits::tr("%L1 KB of text").arg(FrontMatterLimits::kTextBytes / 1024);
        if (alias) {
            throw Refused{FrontMatterLimits::tr(
                              "the alias *%1 on line %2 expands the front matter to more than "
                              "%3 (an alias counts as a copy of what it names)")
                              .arg(*alias, QString::number(line(mark)), what)};
        }
        throw Refused{FrontMatterLimits::tr("the front matter holds more than %1 (line %2)")
                          .arg(what, QString::number(line(mark)))};
    }

    void open(const YAML::Mark &mark, YAML::anchor_t anchor, bool map)
    {
        if (int(m_open.size()) >= FrontMatterLimits::kDepth) {
            throw Refused{
                FrontMatterLimits::tr("the front matter nests lists and maps more than %L1 deep "
                                      "(line %2)")
                    .arg(FrontMatterLimits::kDepth)
                    .arg(line(mark))};
        }
        entry(mark);
        count(Cost{1, 0}, mark, nullptr);
        m_open.push_back(Collection{map, anchor, 0, Cost{1, 0}});
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Anchor{std::exchange(m_anchorName, {}), {}, true};
    }

    void close()
    {
        if (m_open.empty())
            return;
        const Collection done = m_open.back();
        m_open.pop_back();
        if (done.anchor != YAML::NullAnchor) {
            Anchor &anchor = m_anchors[done.anchor];
            anchor.cost = done.cost;
            anchor.open = false;
        }
    }

    const int m_firstLine;
    Cost m_total;
    std::vector<Collection> m_open;
    std::unordered_map<YAML::anchor_t, Anchor> m_anchors;
    std::string m_anchorName; // from OnAnchor, for the node event that follows
};

} // namespace

StoreResult<std::string> FrontMatterLimits::admit(QStringView yaml, int firstLine)
{
    // UTF-8 takes at least a byte for each UTF-16 unit: a long text is refused before it
    // is converted (a file of a million keys is megabytes).
    const qsizetype atLeast = yaml.size() > kBytes ? yaml.size() : yaml.toUtf8().size();
    if (atLeast > kBytes) {
        return storeFailure(StoreError::Code::Invalid,
                            tr("the front matter is %L1 KB; the limit is %L2 KB, far more than "
                               "an article's fields need")
                                .arg((atLeast + 1023) / 1024)
                                .arg(kBytes / 1024));
    }
    std::string text = yaml.toUtf8().toStdString();
    std::istringstream in(text);
    try {
        YAML::Parser parser(in);
        Budget budget(firstLine);
        parser.HandleNextDocument(budget); // YAML::Load reads only the first document too
    } catch (const Refused &refused) {
        return storeFailure(StoreError::Code::Invalid, refused.message);
    } catch (const std::exception &) {
        // Not well formed: reading it says what is wrong, and keeps the file as text.
    }
    return text;
}

} // namespace newsroom
