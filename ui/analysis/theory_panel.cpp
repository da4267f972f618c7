#include "ui/analysis/theory_panel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

#include "core/model/analytic.h"
#include "ui/style/display_format.h"

namespace lif::ui {

TheoryPanel::TheoryPanel(const ModelSetup& setup, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("theoryPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    cards_.reserve(7);
    const auto add = [&](const QString& key, const QString& title, const QString& formula, bool measured) {
        auto* frame = new QFrame(this);
        frame->setObjectName(measured ? QStringLiteral("measuredCard") : QStringLiteral("theoryCard"));
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 5);
        box->setSpacing(0);
        auto* titleLabel = new QLabel(title, frame);
        titleLabel->setProperty("role", QStringLiteral("cardTitle"));
        auto* value = new QLabel(frame);
        value->setObjectName(key);
        value->setProperty("role", QStringLiteral("cardValue"));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* detail = new QLabel(formula, frame);
        detail->setProperty("role", QStringLiteral("cardDetail"));
        box->addWidget(titleLabel);
        box->addWidget(value);
        box->addWidget(detail);
        frame->setToolTip(title + QStringLiteral(": ") + formula);
        layout->addWidget(frame, 1);
        cards_.push_back(Card{key, value, detail});
    };
    add(QStringLiteral("tauM"), QStringLiteral("Membrane \u03c4m"), QStringLiteral("C / gL"), false);
    add(QStringLiteral("rheobase"), QStringLiteral("Rheobase"), QStringLiteral("gL (Vth \u2212 EL)"), false);
    add(QStringLiteral("vInf"), QStringLiteral("Steady state V\u221e"), QStringLiteral("EL + I / gL"), false);
    add(QStringLiteral("predictedRate"), QStringLiteral("Predicted rate"), QString(), false);
    add(QStringLiteral("measuredRate"), QStringLiteral("Measured rate"), QString(), true);
    add(QStringLiteral("meanIsi"), QStringLiteral("Mean ISI"), QStringLiteral("inter-spike interval"), true);
    add(QStringLiteral("cv"), QStringLiteral("ISI CV"), QStringLiteral("SD / mean of ISIs"), true);
    setSetup(setup);
    setMeasured(SpikeStatistics::Summary{}, 1000.0);
}

TheoryPanel::Card* TheoryPanel::card(const QString& key) {
    for (Card& entry : cards_) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

const TheoryPanel::Card* TheoryPanel::card(const QString& key) const {
    for (const Card& entry : cards_) {
        if (entry.key == key) {
            return &entry;
        }
    }
    return nullptr;
}

QString TheoryPanel::valueText(const QString& key) const {
    const Card* entry = card(key);
    return entry != nullptr ? entry->value->text() : QString();
}

void TheoryPanel::setSetup(const ModelSetup& setup) {
    const Parameters& p = setup.parameters;
    const double current = setup.stimulus.amplitude();
    card(QStringLiteral("tauM"))->value->setText(displayQuantity(analytic::membraneTimeConstant_ms(p), "ms"));
    card(QStringLiteral("rheobase"))->value->setText(displayQuantity(analytic::rheobase_pA(p), "pA"));
    card(QStringLiteral("vInf"))->value->setText(displayQuantity(analytic::steadyStateVoltage_mV(p, current), "mV"));
    Card* predicted = card(QStringLiteral("predictedRate"));
    if (setup.stimulus.isConstant()) {
        const double rate = analytic::firingRate_Hz(p, current);
        predicted->value->setText(displayQuantity(rate, "Hz", 4));
        const double isi = analytic::interSpikeInterval_ms(p, current);
        predicted->detail->setText(std::isinf(isi) ? QStringLiteral("I below rheobase: silent")
                                                   : QStringLiteral("ISI ") + displayQuantity(isi, "ms", 4));
    } else {
        predicted->value->setText(QStringLiteral("\u2014"));
        predicted->detail->setText(QStringLiteral("for constant input only"));
    }
}

void TheoryPanel::setMeasured(const SpikeStatistics::Summary& summary, double window_ms) {
    Card* rate = card(QStringLiteral("measuredRate"));
    rate->value->setText(displayQuantity(summary.rate_Hz, "Hz"));
    rate->detail->setText(
        QStringLiteral("%1 spikes in last %2")
            .arg(summary.spikeCount)
            .arg(window_ms >= 1000.0 ? displayQuantity(window_ms / 1000.0, "s") : displayQuantity(window_ms, "ms")));
    card(QStringLiteral("meanIsi"))
        ->value->setText(std::isnan(summary.meanIsi_ms) ? QStringLiteral("\u2014")
                                                        : displayQuantity(summary.meanIsi_ms, "ms", 4));
    card(QStringLiteral("cv"))
        ->value->setText(std::isnan(summary.cvIsi) ? QStringLiteral("\u2014")
                                                   : QLocale::c().toString(summary.cvIsi, 'f', 2));
}

}  // namespace lif::ui
