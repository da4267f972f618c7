#include "ui/plots/change_description.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>
#include <vector>

#include "ui/style/display_format.h"

namespace lif::ui {

namespace {

QString arrow(const QString& name, double from, double to, std::string_view unit) {
    QString text = name + QLatin1Char(' ') + displayNumber(from, 6) + QStringLiteral(" \u2192 ") + displayNumber(to, 6);
    if (!unit.empty()) {
        text += QLatin1Char(' ') + fromCoreText(unit);
    }
    return text;
}

}  // namespace

namespace {

/// (name, words) of every difference, in table order.
std::vector<std::pair<QString, QString>> differences(const ModelSetup& before, const ModelSetup& after) {
    std::vector<std::pair<QString, QString>> parts;
    for (const ParamSpec& spec : parameterTable()) {
        const double from = before.parameters.*spec.field;
        const double to = after.parameters.*spec.field;
        if (from != to) {
            parts.emplace_back(fromCoreText(spec.name), arrow(fromCoreText(spec.name), from, to, spec.unit));
        }
    }
    if (before.stimulus.kind != after.stimulus.kind) {
        parts.emplace_back(QStringLiteral("stimulus"),
                           QCoreApplication::translate("lif::ui::ChangeDescription", "stimulus %1 → %2")
                               .arg(fromCoreText(protocolOf(before.stimulus.kind).name),
                                    fromCoreText(protocolOf(after.stimulus.kind).name)));
    } else {
        const auto& protocol = protocolOf(after.stimulus.kind);
        for (std::size_t i = 0; i < protocol.fields.size(); ++i) {
            if (before.stimulus.values[i] != after.stimulus.values[i]) {
                const QString name = fromCoreText(protocol.fields[i].name);
                parts.emplace_back(
                    name, arrow(name, before.stimulus.values[i], after.stimulus.values[i], protocol.fields[i].unit));
            }
        }
        if (after.stimulus.hasTimes() && before.stimulus.trigger != after.stimulus.trigger) {
            // Applied again: its times count from here (lif::appliedAt), which is what the mark shows.
            parts.emplace_back(QStringLiteral("stimulus start"),
                               QStringLiteral("%1 starts here").arg(fromCoreText(protocol.name)));
        }
    }
    if (before.solver != after.solver) {
        parts.emplace_back(QStringLiteral("solver"),
                           QCoreApplication::translate("lif::ui::ChangeDescription", "solver %1 → %2")
                               .arg(fromCoreText(solverName(before.solver)), fromCoreText(solverName(after.solver))));
    }
    return parts;
}

}  // namespace

QString describeChange(const ModelSetup& before, const ModelSetup& after) {
    QStringList words;
    for (const auto& difference : differences(before, after)) {
        words << difference.second;
    }
    constexpr int kMaxNamed = 3;
    if (words.size() > kMaxNamed) {
        const auto more = words.size() - kMaxNamed;
        words = words.mid(0, kMaxNamed);
        words << QCoreApplication::translate("lif::ui::ChangeDescription", "+%1 more").arg(more);
    }
    return words.join(QStringLiteral(", "));
}

QStringList changedNames(const ModelSetup& before, const ModelSetup& after) {
    QStringList names;
    for (const auto& difference : differences(before, after)) {
        names << difference.first;
    }
    return names;
}

}  // namespace lif::ui
