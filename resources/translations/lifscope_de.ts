<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>lif::Parameters</name>
    <message>
        <source>Capacitance</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Membrane capacitance: charge needed per mV. Divides every current in C dV/dt, so larger C means a slower membrane (tau_m = C/gL).</source>
        <translation>Membrankapazität: die Ladung, die je mV nötig ist. Sie teilt jeden Strom in C dV/dt; ein größeres C bedeutet eine trägere Membran (tau_m = C/gL).</translation>
    </message>
    <message>
        <source>Leak conductance</source>
        <translation>Leckleitwert</translation>
    </message>
    <message>
        <source>Leak conductance: how strongly V is pulled back to EL, the -gL (V - EL) term. Larger gL means a faster, less excitable membrane and a higher rheobase.</source>
        <translation>Leckleitwert: wie stark V zu EL zurückgezogen wird, der Term -gL (V - EL). Ein größeres gL bedeutet eine schnellere, weniger erregbare Membran und eine höhere Rheobase.</translation>
    </message>
    <message>
        <source>Resting potential</source>
        <translation>Ruhepotential</translation>
    </message>
    <message>
        <source>Leak reversal potential: where V settles with no input, the EL in -gL (V - EL).</source>
        <translation>Umkehrpotential des Leckstroms: der Wert, bei dem sich V ohne Eingang einpendelt, das EL in -gL (V - EL).</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Spike threshold: when V reaches Vth the neuron fires and V is reset. Must lie above Vreset.</source>
        <translation>Spike-Schwelle: Erreicht V den Wert Vth, feuert das Neuron und V wird zurückgesetzt. Muss über Vreset liegen.</translation>
    </message>
    <message>
        <source>Reset potential</source>
        <translation>Reset-Potential</translation>
    </message>
    <message>
        <source>Value V jumps to after a spike and is held at during the refractory period.</source>
        <translation>Wert, auf den V nach einem Spike springt und auf dem es während der Refraktärzeit gehalten wird.</translation>
    </message>
    <message>
        <source>Spike peak</source>
        <translation>Spike-Spitze</translation>
    </message>
    <message>
        <source>Voltage the trace is drawn up to at a spike (display only; the dynamics reset at Vth).</source>
        <translation>Spannung, bis zu der die Kurve bei einem Spike gezeichnet wird (nur Darstellung; die Dynamik setzt bei Vth zurück).</translation>
    </message>
    <message>
        <source>Refractory period</source>
        <translation>Refraktärzeit</translation>
    </message>
    <message>
        <source>Absolute refractory period: V is clamped at Vreset this long after each spike; it caps the rate at 1000/tref Hz.</source>
        <translation>Absolute Refraktärzeit: So lange wird V nach jedem Spike auf Vreset festgehalten; sie begrenzt die Rate auf 1000/tref Hz.</translation>
    </message>
    <message>
        <source>Excitatory tau</source>
        <translation>Exzitatorisches tau</translation>
    </message>
    <message>
        <source>Decay time constant of the excitatory synaptic current: dIe/dt = -Ie/tauE.</source>
        <translation>Abklingzeitkonstante des exzitatorischen synaptischen Stroms: dIe/dt = -Ie/tauE.</translation>
    </message>
    <message>
        <source>Inhibitory tau</source>
        <translation>Inhibitorisches tau</translation>
    </message>
    <message>
        <source>Decay time constant of the inhibitory synaptic current: dIi/dt = -Ii/tauI.</source>
        <translation>Abklingzeitkonstante des inhibitorischen synaptischen Stroms: dIi/dt = -Ii/tauI.</translation>
    </message>
    <message>
        <source>Excitatory weight</source>
        <translation>Exzitatorisches Gewicht</translation>
    </message>
    <message>
        <source>Jump of the excitatory current at each excitatory input spike: Ie += wE.</source>
        <translation>Sprung des exzitatorischen Stroms bei jedem exzitatorischen Eingangsspike: Ie += wE.</translation>
    </message>
    <message>
        <source>Inhibitory weight</source>
        <translation>Inhibitorisches Gewicht</translation>
    </message>
    <message>
        <source>Jump of the inhibitory current at each inhibitory input spike: Ii -= wI.</source>
        <translation>Sprung des inhibitorischen Stroms bei jedem inhibitorischen Eingangsspike: Ii -= wI.</translation>
    </message>
    <message>
        <source>Excitatory rate</source>
        <translation>Exzitatorische Rate</translation>
    </message>
    <message>
        <source>Rate of the Poisson train of excitatory input spikes (all excitatory inputs pooled).</source>
        <translation>Rate der Poisson-Folge exzitatorischer Eingangsspikes (alle exzitatorischen Eingänge zusammengefasst).</translation>
    </message>
    <message>
        <source>Inhibitory rate</source>
        <translation>Inhibitorische Rate</translation>
    </message>
    <message>
        <source>Rate of the Poisson train of inhibitory input spikes (all inhibitory inputs pooled).</source>
        <translation>Rate der Poisson-Folge inhibitorischer Eingangsspikes (alle inhibitorischen Eingänge zusammengefasst).</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <source>Seed of the Poisson inputs and the noise current: the same seed gives the same run, spike for spike.</source>
        <translation>Startwert der Poisson-Eingänge und des Rauschstroms: Derselbe Startwert ergibt denselben Lauf, Spike für Spike.</translation>
    </message>
    <message>
        <source>Absolute tolerance</source>
        <translation>Absolute Toleranz</translation>
    </message>
    <message>
        <source>Absolute error allowed per step of the adaptive solver (mV for V, pA for currents).</source>
        <translation>Zulässiger absoluter Fehler je Schritt des adaptiven Lösers (mV für V, pA für Ströme).</translation>
    </message>
    <message>
        <source>Relative tolerance</source>
        <translation>Relative Toleranz</translation>
    </message>
    <message>
        <source>Relative error allowed per step of the adaptive solver.</source>
        <translation>Zulässiger relativer Fehler je Schritt des adaptiven Lösers.</translation>
    </message>
    <message>
        <source>Largest step</source>
        <translation>Größter Schritt</translation>
    </message>
    <message>
        <source>Largest step of the adaptive solver, and the fixed step of the Euler and RK4 solvers.</source>
        <translation>Größter Schritt des adaptiven Lösers und feste Schrittweite der Löser Euler und RK4.</translation>
    </message>
</context>
<context>
    <name>lif::Solvers</name>
    <message>
        <source>the closed form where the model is linear between events, Dormand-Prince where it is not</source>
        <translation>die geschlossene Lösung, wo das Modell zwischen Ereignissen linear ist, sonst Dormand-Prince</translation>
    </message>
    <message>
        <source>closed-form propagation between events, crossings by root finding on the closed form</source>
        <translation>Fortschreibung in geschlossener Form zwischen Ereignissen, Schwellendurchgänge durch Nullstellensuche auf der geschlossenen Form</translation>
    </message>
    <message>
        <source>Dormand-Prince 5(4), adaptive, dense output (Boost.Odeint)</source>
        <translation>Dormand-Prince 5(4), adaptiv, dichte Ausgabe (Boost.Odeint)</translation>
    </message>
    <message>
        <source>classic Runge-Kutta 4, fixed step maxStep, cubic Hermite interpolation</source>
        <translation>klassisches Runge-Kutta-Verfahren 4. Ordnung, feste Schrittweite maxStep, kubische Hermite-Interpolation</translation>
    </message>
    <message>
        <source>forward Euler, fixed step maxStep, linear interpolation</source>
        <translation>explizites Euler-Verfahren, feste Schrittweite maxStep, lineare Interpolation</translation>
    </message>
</context>
<context>
    <name>lif::Stimulus</name>
    <message>
        <source>Constant</source>
        <translation>Konstant</translation>
    </message>
    <message>
        <source>Iext = I at all times</source>
        <translation>Iext = I zu jeder Zeit</translation>
    </message>
    <message>
        <source>injected current</source>
        <translation>injizierter Strom</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Iext = I for ON &lt;= t &lt; OFF, else 0</source>
        <translation>Iext = I für ON &lt;= t &lt; OFF, sonst 0</translation>
    </message>
    <message>
        <source>time the current switches on</source>
        <translation>Einschaltzeit</translation>
    </message>
    <message>
        <source>time the current switches off (after ON)</source>
        <translation>Ausschaltzeit (nach ON)</translation>
    </message>
    <message>
        <source>Pulses</source>
        <translation>Pulse</translation>
    </message>
    <message>
        <source>Iext = I during each pulse, 0 between them</source>
        <translation>Iext = I während jedes Pulses, 0 dazwischen</translation>
    </message>
    <message>
        <source>duration of each pulse</source>
        <translation>Pulsdauer</translation>
    </message>
    <message>
        <source>time from one pulse onset to the next (&gt;= WIDTH)</source>
        <translation>Pulsperiode (&gt;= WIDTH)</translation>
    </message>
    <message>
        <source>onset of the first pulse</source>
        <translation>Erster Pulsbeginn</translation>
    </message>
    <message>
        <source>Ramp</source>
        <translation>Rampe</translation>
    </message>
    <message>
        <source>0 before T0, linear from I0 to I1 between T0 and T1, I1 after</source>
        <translation>0 vor T0, zwischen T0 und T1 linear von I0 bis I1, danach I1</translation>
    </message>
    <message>
        <source>current at T0</source>
        <translation>Strom bei T0</translation>
    </message>
    <message>
        <source>current at T1 and after</source>
        <translation>Strom bei T1 und danach</translation>
    </message>
    <message>
        <source>start of the ramp (0 before)</source>
        <translation>Beginn der Rampe (davor 0)</translation>
    </message>
    <message>
        <source>end of the ramp (after T0)</source>
        <translation>Ende der Rampe (nach T0)</translation>
    </message>
    <message>
        <source>Sine</source>
        <translation>Sinus</translation>
    </message>
    <message>
        <source>Iext = OFFSET + AMP sin(2 pi FREQ t + PHASE)</source>
        <translation>Iext = OFFSET + AMP · sin(2π · FREQ · t + PHASE)</translation>
    </message>
    <message>
        <source>mean current</source>
        <translation>mittlerer Strom</translation>
    </message>
    <message>
        <source>amplitude</source>
        <translation>Amplitude</translation>
    </message>
    <message>
        <source>frequency</source>
        <translation>Frequenz</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <source>Ornstein-Uhlenbeck current, sampled exactly on a grid of min(0.1 ms, TAU/20) and held in between</source>
        <translation>Ornstein-Uhlenbeck-Strom, exakt auf einem Raster von min(0.1 ms, TAU/20) abgetastet und dazwischen gehalten</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>correlation time</source>
        <translation>Korrelationszeit</translation>
    </message>
    <message>
        <source>phase at the protocol&apos;s start</source>
        <translation>Phase beim Beginn des Protokolls</translation>
    </message>
</context>
<context>
    <name>lif::ui::AnalysisViews</name>
    <message>
        <source>&amp;Trace</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;f-I curve</source>
        <translation>&amp;f-I-Kurve</translation>
    </message>
    <message>
        <source>&amp;ISI</source>
        <translation>&amp;ISI</translation>
    </message>
    <message>
        <source>&amp;Phase line</source>
        <translation>&amp;Phasenlinie</translation>
    </message>
    <message>
        <source>Firing rate against input current: simulation, closed form and diffusion theory</source>
        <translation>Feuerrate über dem Eingangsstrom: Simulation, geschlossene Form und Diffusionstheorie</translation>
    </message>
    <message>
        <source>Inter-spike intervals: statistics, histogram and return map</source>
        <translation>Interspike-Intervalle: Statistik, Histogramm und Rückkehrabbildung</translation>
    </message>
    <message>
        <source>dV/dt against V: why the neuron fires only when V∞ &gt; Vth</source>
        <translation>dV/dt über V: warum das Neuron nur feuert, wenn V∞ &gt; Vth</translation>
    </message>
    <message>
        <source>The trace is exported with File &gt; Export data.</source>
        <translation>Der Verlauf wird mit Datei &gt; Daten exportieren gespeichert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: choose a name ending in .png, .svg, .pdf or .csv</source>
        <translation>„%1“: Wählen Sie einen Namen mit der Endung .png, .svg, .pdf oder .csv</translation>
    </message>
    <message>
        <source>The trace is exported with File &gt; Export image.</source>
        <translation>Der Verlauf wird mit Datei &gt; Bild exportieren gespeichert.</translation>
    </message>
</context>
<context>
    <name>lif::ui::ChangeDescription</name>
    <message>
        <source>stimulus %1 → %2</source>
        <translation>Stimulus %1 → %2</translation>
    </message>
    <message>
        <source>solver %1 → %2</source>
        <translation>Löser %1 → %2</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>lif::ui::CollapsibleSection</name>
    <message>
        <source>Shows or hides the %1 controls (Space or Enter)</source>
        <translation>Zeigt oder verbirgt die Einstellungen „%1“ (Leertaste oder Eingabe)</translation>
    </message>
</context>
<context>
    <name>lif::ui::ExportActions</name>
    <message>
        <source>Export &amp;image…</source>
        <translation>&amp;Bild exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV)…</source>
        <translation>&amp;Daten exportieren (CSV)…</translation>
    </message>
    <message>
        <source>Image not exported</source>
        <translation>Bild nicht exportiert</translation>
    </message>
    <message>
        <source>%1: the name must end in .png, .svg or .pdf.</source>
        <translation>%1: Der Name muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>Replaying the run from t = 0 and writing the CSV files…</source>
        <translation>Der Lauf wird ab t = 0 wiederholt und die CSV-Dateien werden geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Data not exported</source>
        <translation>Daten nicht exportiert</translation>
    </message>
    <message>
        <source>%1

Nothing was written.</source>
        <translation>%1

Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Vektorgrafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The visible window</source>
        <translation>Das sichtbare Zeitfenster</translation>
    </message>
    <message>
        <source>The whole recording (replayed from t = 0)</source>
        <translation>Die ganze Aufzeichnung (ab t = 0 wiederholt)</translation>
    </message>
    <message>
        <source>Export which part of the run?</source>
        <translation>Welchen Teil des Laufs exportieren?</translation>
    </message>
    <message>
        <source>Export trace CSV (the spike CSV goes beside it)</source>
        <translation>Verlauf als CSV exportieren (die Spike-CSV kommt daneben)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>stimulus </source>
        <translation>Reiz </translation>
    </message>
    <message>
        <source>solver </source>
        <translation>Löser </translation>
    </message>
    <message>
        <source>Leaky integrate-and-fire neuron, t = </source>
        <translation>Leaky-Integrate-and-Fire-Neuron, t = </translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080 (16:9)</source>
        <translation>Folie, 1920 × 1080 (16:9)</translation>
    </message>
    <message>
        <source>Slide, 1200 × 800 (3:2)</source>
        <translation>Folie, 1200 × 800 (3:2)</translation>
    </message>
    <message>
        <source>Slide, at the plot&apos;s size (%1)</source>
        <translation>Folie, in Größe des Diagramms (%1)</translation>
    </message>
    <message>
        <source>As on screen (%1: thin lines, small text, no title)</source>
        <translation>Wie am Bildschirm (%1: dünne Linien, kleine Schrift, ohne Titel)</translation>
    </message>
    <message>
        <source>Slides have thick lines, text sized for the picture,
a title and the parameters. Size:</source>
        <translation>Folien haben dicke Linien, zum Bild passende Schrift,
einen Titel und die Parameter. Größe:</translation>
    </message>
</context>
<context>
    <name>lif::ui::FiCurvePlot</name>
    <message>
        <source>injected current I (pA)</source>
        <translation>injizierter Strom I (pA)</translation>
    </message>
    <message>
        <source>firing rate (Hz)</source>
        <translation>Feuerrate (Hz)</translation>
    </message>
    <message>
        <source>closed form f(I)</source>
        <translation>geschlossene Form f(I)</translation>
    </message>
    <message>
        <source>diffusion approx.: Siegert (white noise)</source>
        <translation>Diffusionsnäherung: Siegert (weißes Rauschen)</translation>
    </message>
    <message>
        <source>diffusion approx.: Fourcaud-Brunel</source>
        <translation>Diffusionsnäherung: Fourcaud-Brunel</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>now (measured)</source>
        <translation>jetzt (gemessen)</translation>
    </message>
    <message>
        <source> rheobase %1</source>
        <translation> Rheobase %1</translation>
    </message>
</context>
<context>
    <name>lif::ui::FiCurveView</name>
    <message>
        <source>With fluctuating input: simulated time per current over which spikes are counted</source>
        <translation>Bei schwankendem Eingang: simulierte Zeit je Strom, über die die Spikes gezählt werden</translation>
    </message>
    <message>
        <source>Sweep from</source>
        <translation>Durchlauf ab</translation>
    </message>
    <message>
        <source>Sweep to</source>
        <translation>Durchlauf bis</translation>
    </message>
    <message>
        <source>Sweep step</source>
        <translation>Schrittweite des Durchlaufs</translation>
    </message>
    <message>
        <source>Counting time per current</source>
        <translation>Zählzeit je Strom</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>Du&amp;rchlaufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>I from</source>
        <translation>I von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>count for</source>
        <translation>zählen über</translation>
    </message>
    <message>
        <source>Cannot sweep: %1</source>
        <translation>Durchlauf nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sweeping %n current(s)…</source>
        <translation>
            <numerusform>Berechne %n Stromwert…</numerusform>
            <numerusform>Berechne %n Stromwerte…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation>Der Durchlauf ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sweep cancelled: %n current(s) done.</source>
        <translation>
            <numerusform>Durchlauf abgebrochen: %n Stromwert fertig.</numerusform>
            <numerusform>Durchlauf abgebrochen: %n Stromwerte fertig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fluctuating input: simulated mean rates ± standard error; the diffusion approximation applies (many small inputs, fast synapses).</source>
        <translation>Schwankender Eingang: simulierte mittlere Raten ± Standardfehler; die Diffusionsnäherung gilt (viele kleine Eingänge, schnelle Synapsen).</translation>
    </message>
    <message>
        <source>Fluctuating input, outside the diffusion approximation&apos;s regime: %1</source>
        <translation>Schwankender Eingang außerhalb des Gültigkeitsbereichs der Diffusionsnäherung: %1</translation>
    </message>
    <message>
        <source>The stimulus changes in time: the sweep uses a constant current at each point.</source>
        <translation>Der Stimulus ändert sich mit der Zeit: Der Durchlauf verwendet an jedem Punkt einen konstanten Strom.</translation>
    </message>
    <message>
        <source>Deterministic input: rates from the steady-state ISI, equal to the closed form.</source>
        <translation>Deterministischer Eingang: Raten aus dem stationären ISI, gleich der geschlossenen Form.</translation>
    </message>
    <message>
        <source>The first input current of the sweep, in pA</source>
        <translation>Der erste Eingangsstrom des Durchlaufs, in pA</translation>
    </message>
    <message>
        <source>The last input current of the sweep, in pA</source>
        <translation>Der letzte Eingangsstrom des Durchlaufs, in pA</translation>
    </message>
    <message>
        <source>The distance between the swept currents, in pA</source>
        <translation>Der Abstand zwischen den durchlaufenen Strömen, in pA</translation>
    </message>
    <message>
        <source>Measures the firing rate at each current of the sweep, on every core</source>
        <translation>Misst die Feuerrate bei jedem Strom des Durchlaufs, auf allen Prozessorkernen</translation>
    </message>
    <message>
        <source>Stops the sweep under way</source>
        <translation>Hält den laufenden Durchlauf an</translation>
    </message>
</context>
<context>
    <name>lif::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About LIFscope</source>
        <translation>&amp;Über LIFscope</translation>
    </message>
    <message>
        <source>LIFscope user guide</source>
        <translation>LIFscope-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>LIFscope keyboard shortcuts</source>
        <translation>LIFscope-Tastenkürzel</translation>
    </message>
    <message>
        <source>About LIFscope</source>
        <translation>Über LIFscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LIFscope %1&lt;/h3&gt;&lt;p&gt;See a neuron think: a leaky integrate-and-fire neuron simulated live, with the theory beside it, and the same engine without a window (&lt;tt&gt;lifscope --headless&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Licence:&lt;/b&gt; MIT. You may use, copy, change and share it, with the copyright and licence notice. The window links QCustomPlot (GPL-3.0 or later), so this program as a whole is distributed under the GPL&apos;s terms.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How to cite:&lt;/b&gt; LIFscope, version %1, a live simulator of the leaky integrate-and-fire neuron. To make a figure reproducible, give the version and publish the session file (File &amp;gt; Save session) or the CSV with its metadata lines; &lt;nobr&gt;&lt;tt&gt;lifscope --headless --config SESSION.json&lt;/tt&gt;&lt;/nobr&gt; replays it spike for spike.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LIFscope %1&lt;/h3&gt;&lt;p&gt;Einem Neuron beim Denken zusehen: ein Leaky-Integrate-and-Fire-Neuron, live simuliert, mit der Theorie daneben, und dieselbe Rechenmaschine ohne Fenster (&lt;tt&gt;lifscope --headless&lt;/tt&gt;).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Lizenz:&lt;/b&gt; MIT. Sie dürfen es benutzen, kopieren, ändern und weitergeben, mit dem Copyright- und Lizenzhinweis. Das Fenster bindet QCustomPlot (GPL-3.0 oder später) ein, daher wird dieses Programm als Ganzes unter den Bedingungen der GPL verbreitet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zitieren:&lt;/b&gt; LIFscope, Version %1, ein Live-Simulator des Leaky-Integrate-and-Fire-Neurons. Damit eine Abbildung reproduzierbar ist, nennen Sie die Version und veröffentlichen Sie die Sitzungsdatei (Datei &amp;gt; Sitzung speichern) oder die CSV mit ihren Metadatenzeilen; &lt;nobr&gt;&lt;tt&gt;lifscope --headless --config SESSION.json&lt;/tt&gt;&lt;/nobr&gt; wiederholt sie Spike für Spike.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lif::ui::IsiView</name>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source> intervals</source>
        <translation> Intervalle</translation>
    </message>
    <message>
        <source>Number of recent intervals summarised</source>
        <translation>Anzahl der ausgewerteten letzten Intervalle</translation>
    </message>
    <message>
        <source>&amp;Whole run</source>
        <translation>&amp;Ganzer Lauf</translation>
    </message>
    <message>
        <source>inter-spike interval (ms)</source>
        <translation>Interspike-Intervall (ms)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>ISI n (ms)</source>
        <translation>ISI n (ms)</translation>
    </message>
    <message>
        <source>ISI n+1 (ms)</source>
        <translation>ISI n+1 (ms)</translation>
    </message>
    <message>
        <source>&amp;Histogram</source>
        <translation>&amp;Histogramm</translation>
    </message>
    <message>
        <source>Return &amp;map</source>
        <translation>&amp;Rückkehrabbildung</translation>
    </message>
    <message numerus="yes">
        <source>No intervals yet (%n spike(s) so far).</source>
        <translation>
            <numerusform>Noch keine Intervalle (bisher %n Spike).</numerusform>
            <numerusform>Noch keine Intervalle (bisher %n Spikes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n interval(s): rate %1, mean ISI %2, SD %3, CV %4</source>
        <translation>
            <numerusform>%n Intervall: Rate %1, mittleres ISI %2, SD %3, CV %4</numerusform>
            <numerusform>%n Intervalle: Rate %1, mittleres ISI %2, SD %3, CV %4</numerusform>
        </translation>
    </message>
    <message>
        <source>How many of the latest inter-spike intervals the statistics cover</source>
        <translation>Wie viele der letzten Interspike-Intervalle die Statistik umfasst</translation>
    </message>
    <message>
        <source>Summarise every interval since the run started</source>
        <translation>Alle Intervalle seit dem Start des Laufs zusammenfassen</translation>
    </message>
    <message>
        <source>How often each inter-spike interval occurs</source>
        <translation>Wie oft jedes Interspike-Intervall vorkommt</translation>
    </message>
    <message>
        <source>Each interval against the next: regular firing is one point</source>
        <translation>Jedes Intervall gegen das nächste: regelmäßiges Feuern ist ein Punkt</translation>
    </message>
</context>
<context>
    <name>lif::ui::MainWindow</name>
    <message>
        <source>LIFscope — a leaky integrate-and-fire neuron, live</source>
        <translation>LIFscope — ein Leaky-Integrate-and-Fire-Neuron, live</translation>
    </message>
    <message>
        <source>%1 = %2 %3 (shown: %4)</source>
        <translation>%1 = %2 %3 (angezeigt: %4)</translation>
    </message>
    <message>
        <source>stimulus %1 (shown: %2)</source>
        <translation>Stimulus %1 (angezeigt: %2)</translation>
    </message>
    <message>
        <source>%1 — paused. Change a parameter, press Run or Reset to start again at t = 0.</source>
        <translation>%1 — angehalten. Ändern Sie einen Parameter oder drücken Sie Start oder Neustart, um bei t = 0 neu zu beginnen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export analysis &amp;view...</source>
        <translation>&amp;Analyseansicht exportieren...</translation>
    </message>
    <message>
        <source>Choose the f-I curve, ISI or phase line tab first; the trace is exported with Export image and Export data.</source>
        <translation>Wählen Sie zuerst den Reiter f-I-Kurve, ISI oder Phasenlinie; der Verlauf wird mit Bild exportieren und Daten exportieren gespeichert.</translation>
    </message>
    <message>
        <source>Export analysis view</source>
        <translation>Analyseansicht exportieren</translation>
    </message>
    <message>
        <source>Pictures and data (*.png *.svg *.pdf *.csv)</source>
        <translation>Bilder und Daten (*.png *.svg *.pdf *.csv)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>The session&apos;s %1 given input spikes are not used by the window (the CLI uses them).</source>
        <translation>Die %1 vorgegebenen Eingangsspikes der Sitzung verwendet das Fenster nicht (die Kommandozeile schon).</translation>
    </message>
    <message>
        <source>rheobase </source>
        <translation>Rheobase </translation>
    </message>
    <message>
        <source>%1[*] — LIFscope</source>
        <translation>%1[*] — LIFscope</translation>
    </message>
    <message>
        <source>Session saved to %1.</source>
        <translation>Sitzung in %1 gespeichert.</translation>
    </message>
    <message>
        <source> It holds the values in force, not the refused ones shown: %1.</source>
        <translation> Sie enthält die geltenden Werte, nicht die angezeigten abgelehnten: %1.</translation>
    </message>
    <message>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message>
        <source> · running at %1× of %2× requested</source>
        <translation> · läuft mit %1× statt der gewünschten %2×</translation>
    </message>
    <message>
        <source> · %1× real time</source>
        <translation> · %1× Echtzeit</translation>
    </message>
    <message>
        <source>Live plots</source>
        <translation>Live-Diagramme</translation>
    </message>
    <message>
        <source>The membrane potential with its spikes and threshold, the spike raster and the input currents. Space runs or pauses, R resets; when paused the wheel zooms and a drag pans.</source>
        <translation>Das Membranpotential mit seinen Spikes und der Schwelle, das Spike-Raster und die Eingangsströme. Die Leertaste startet oder hält an, R setzt zurück; angehalten zoomt das Mausrad und Ziehen verschiebt.</translation>
    </message>
    <message>
        <source>The live voltage trace, spike raster and input currents</source>
        <translation>Der live Spannungsverlauf, das Spike-Raster und die Eingangsströme</translation>
    </message>
    <message>
        <source>Firing rate against input current: the simulated sweep beside the theory</source>
        <translation>Feuerrate über dem Eingangsstrom: der simulierte Durchlauf neben der Theorie</translation>
    </message>
    <message>
        <source>Inter-spike intervals: rate, mean, SD and CV, histogram and return map</source>
        <translation>Interspike-Intervalle: Rate, Mittelwert, SD und CV, Histogramm und Rückkehrabbildung</translation>
    </message>
    <message>
        <source>dV/dt against V for the present drive: the fixed point, threshold and reset</source>
        <translation>dV/dt über V beim jetzigen Antrieb: Fixpunkt, Schwelle und Reset</translation>
    </message>
</context>
<context>
    <name>lif::ui::ParameterControl</name>
    <message>
        <source>%1 of the %2 protocol: %3.</source>
        <translation>%1 des Protokolls „%2“: %3.</translation>
    </message>
    <message>
        <source>%1%2 is out of range; allowed %3 to %4%2</source>
        <translation>%1%2 liegt außerhalb des Bereichs; erlaubt %3 bis %4%2</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1: %2. Set to %3%4 instead.</source>
        <translation>%1: %2. Stattdessen auf %3%4 gesetzt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;i&gt;Allowed: %4 to %5&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; (%2)&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;&lt;i&gt;Erlaubt: %4 bis %5&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Not applied: part of a refused combination, see the status bar. </source>
        <translation>Nicht übernommen: Teil einer abgelehnten Kombination, siehe Statusleiste. </translation>
    </message>
</context>
<context>
    <name>lif::ui::ParameterPanel</name>
    <message>
        <source>Membrane and spike</source>
        <translation>Membran und Spike</translation>
    </message>
    <message>
        <source>Synaptic input (Poisson)</source>
        <translation>Synaptischer Eingang (Poisson)</translation>
    </message>
    <message>
        <source>Randomness</source>
        <translation>Zufall</translation>
    </message>
    <message>
        <source>Solver</source>
        <translation>Löser</translation>
    </message>
    <message>
        <source>Neuron</source>
        <translation>Neuron</translation>
    </message>
    <message>
        <source>Stimulus protocol</source>
        <translation>Stimulusprotokoll</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Leaky integrate-and-fire&lt;/b&gt;&lt;br&gt;C dV/dt = −g&lt;sub&gt;L&lt;/sub&gt; (V − E&lt;sub&gt;L&lt;/sub&gt;) + I&lt;sub&gt;ext&lt;/sub&gt; + I&lt;sub&gt;syn&lt;/sub&gt;&lt;br&gt;V reaches V&lt;sub&gt;th&lt;/sub&gt;: spike, V ← V&lt;sub&gt;reset&lt;/sub&gt;, held for t&lt;sub&gt;ref&lt;/sub&gt;</source>
        <translation>&lt;b&gt;Leaky Integrate-and-Fire&lt;/b&gt;&lt;br&gt;C dV/dt = −g&lt;sub&gt;L&lt;/sub&gt; (V − E&lt;sub&gt;L&lt;/sub&gt;) + I&lt;sub&gt;ext&lt;/sub&gt; + I&lt;sub&gt;syn&lt;/sub&gt;&lt;br&gt;V erreicht V&lt;sub&gt;th&lt;/sub&gt;: Spike, V ← V&lt;sub&gt;reset&lt;/sub&gt;, gehalten für t&lt;sub&gt;ref&lt;/sub&gt;</translation>
    </message>
    <message>
        <source>Input current</source>
        <translation>Eingangsstrom</translation>
    </message>
    <message>
        <source>Injected current Iext in C dV/dt = -gL (V - EL) + Iext + Isyn. Drives the %1 field of the %2 protocol (%3): %4.</source>
        <translation>Injizierter Strom Iext in C dV/dt = -gL (V - EL) + Iext + Isyn. Steuert das Feld %1 des Protokolls %2 (%3): %4.</translation>
    </message>
    <message>
        <source>Not applied: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source> %1 may range from %2 to %3 %4 on its own.</source>
        <translation> Für sich allein darf %1 zwischen %2 und %3 %4 liegen.</translation>
    </message>
    <message>
        <source>Solver method</source>
        <translation>Lösungsverfahren</translation>
    </message>
    <message>
        <source>How the equations are integrated between spikes; auto takes the exact solution when the model has one</source>
        <translation>Wie die Gleichungen zwischen Spikes integriert werden; auto nimmt die exakte Lösung, wenn das Modell eine hat</translation>
    </message>
</context>
<context>
    <name>lif::ui::PhaseLineView</name>
    <message>
        <source>membrane potential V (mV)</source>
        <translation>Membranpotential V (mV)</translation>
    </message>
    <message>
        <source>dV/dt (mV/ms)</source>
        <translation>dV/dt (mV/ms)</translation>
    </message>
    <message>
        <source>dV/dt = (−gL (V − EL) + I) / C</source>
        <translation>dV/dt = (−gL (V − EL) + I) / C</translation>
    </message>
    <message>
        <source>threshold Vth</source>
        <translation>Schwelle Vth</translation>
    </message>
    <message>
        <source>fixed point V∞</source>
        <translation>Fixpunkt V∞</translation>
    </message>
    <message>
        <source>the neuron now</source>
        <translation>das Neuron jetzt</translation>
    </message>
    <message>
        <source>reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>V∞ = %1 is above the threshold (V∞ − Vth = %2): the flow carries V through Vth, the neuron fires and is reset.</source>
        <translation>V∞ = %1 liegt über der Schwelle (V∞ − Vth = %2): Der Fluss trägt V durch Vth, das Neuron feuert und wird zurückgesetzt.</translation>
    </message>
    <message>
        <source>V∞ = %1 is below the threshold (V∞ − Vth = %2): V settles at V∞ and the neuron stays silent (unless fluctuations carry it over).</source>
        <translation>V∞ = %1 liegt unter der Schwelle (V∞ − Vth = %2): V pendelt sich bei V∞ ein und das Neuron bleibt still (es sei denn, Schwankungen tragen es darüber).</translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotArea</name>
    <message>
        <source>membrane potential V (mV)</source>
        <translation>Membranpotential V (mV)</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>current (pA)</source>
        <translation>Strom (pA)</translation>
    </message>
    <message>
        <source>threshold Vth</source>
        <translation>Schwelle Vth</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>spike raster</source>
        <translation>Spike-Raster</translation>
    </message>
    <message>
        <source>Iext injected</source>
        <translation>Iext injiziert</translation>
    </message>
    <message>
        <source>Isyn synaptic</source>
        <translation>Isyn synaptisch</translation>
    </message>
    <message>
        <source>V∞ = EL + (Iext + ⟨Isyn⟩)/gL</source>
        <translation>V∞ = EL + (Iext + ⟨Isyn⟩)/gL</translation>
    </message>
    <message>
        <source>V (mV)</source>
        <translation>V (mV)</translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotAxes</name>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotExport</name>
    <message>
        <source>Could not write %1: %2. Nothing was written; any existing file is unchanged.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts geschrieben; eine vorhandene Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>the picture size %1x%2 is empty</source>
        <translation>die Bildgröße %1x%2 ist leer</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>the picture could not be rendered</source>
        <translation>das Bild konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>lif::ui::PlotReadout</name>
    <message>
        <source>no trace here</source>
        <translation>hier kein Verlauf</translation>
    </message>
</context>
<context>
    <name>lif::ui::RecordingPlot</name>
    <message>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>current (pA)</source>
        <translation>Strom (pA)</translation>
    </message>
    <message>
        <source>membrane potential V</source>
        <translation>Membranpotential V</translation>
    </message>
    <message>
        <source>threshold Vth</source>
        <translation>Schwelle Vth</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>injected Iext</source>
        <translation>injizierter Strom Iext</translation>
    </message>
    <message>
        <source>synaptic Isyn</source>
        <translation>synaptischer Strom Isyn</translation>
    </message>
</context>
<context>
    <name>lif::ui::SessionActions</name>
    <message>
        <source>LIFscope sessions (*.json);;All files (*)</source>
        <translation>LIFscope-Sitzungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Open session…</source>
        <translation>Sitzung ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save session as…</source>
        <translation>Sitzung &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>session file &apos;%1&apos;</source>
        <translation>Sitzungsdatei „%1“</translation>
    </message>
    <message>
        <source>Session not opened</source>
        <translation>Sitzung nicht geöffnet</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is no longer at %2 (moved or deleted); it was removed from Open recent.</source>
        <translation>„%1“ liegt nicht mehr unter %2 (verschoben oder gelöscht); der Eintrag wurde aus „Zuletzt geöffnet“ entfernt.</translation>
    </message>
</context>
<context>
    <name>lif::ui::SimulationWorker</name>
    <message>
        <source>Change not applied: %1</source>
        <translation>Änderung nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>lif::ui::StimulusEditor</name>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1. The input current I above sets %2.</source>
        <translation>%1. Der Eingangsstrom I oben setzt %2.</translation>
    </message>
    <message>
        <source>Stimulus protocol</source>
        <translation>Stimulusprotokoll</translation>
    </message>
    <message>
        <source>How the injected current varies in time</source>
        <translation>Wie sich der injizierte Strom zeitlich ändert</translation>
    </message>
    <message>
        <source>Times count from when the protocol is applied: choosing it, editing a field here, or Apply again (a change mark on the plot shows where it started).</source>
        <translation>Die Zeiten zählen ab dem Anwenden des Protokolls: beim Auswählen, beim Ändern eines Feldes hier oder mit „Erneut anwenden“ (eine Änderungsmarke im Diagramm zeigt den Beginn).</translation>
    </message>
    <message>
        <source>Apply again</source>
        <translation>Erneut anwenden</translation>
    </message>
    <message>
        <source>Start the protocol again now: its times count from this moment</source>
        <translation>Das Protokoll jetzt neu starten: seine Zeiten zählen ab diesem Moment</translation>
    </message>
</context>
<context>
    <name>lif::ui::TheoryPanel</name>
    <message>
        <source>Membrane τm</source>
        <translation>Membran-τm</translation>
    </message>
    <message>
        <source>Rheobase</source>
        <translation>Rheobase</translation>
    </message>
    <message>
        <source>Steady state V∞</source>
        <translation>Gleichgewicht V∞</translation>
    </message>
    <message>
        <source>Predicted rate</source>
        <translation>Vorhergesagte Rate</translation>
    </message>
    <message>
        <source>Measured rate</source>
        <translation>Gemessene Rate</translation>
    </message>
    <message>
        <source>Mean ISI</source>
        <translation>Mittleres ISI</translation>
    </message>
    <message>
        <source>inter-spike interval</source>
        <translation>Interspike-Intervall</translation>
    </message>
    <message>
        <source>ISI CV</source>
        <translation>ISI-CV</translation>
    </message>
    <message>
        <source>SD / mean of ISIs</source>
        <translation>SD / Mittelwert der ISIs</translation>
    </message>
    <message>
        <source>I below rheobase: silent</source>
        <translation>I unter Rheobase: still</translation>
    </message>
    <message>
        <source>%1 in&#xa0;last&#xa0;%2</source>
        <translation>%1 in&#xa0;den&#xa0;letzten&#xa0;%2</translation>
    </message>
    <message>
        <source>spike</source>
        <translation>Spike</translation>
    </message>
    <message>
        <source>spikes</source>
        <translation>Spikes</translation>
    </message>
    <message>
        <source>for constant or noise input only</source>
        <translation>nur für konstanten oder verrauschten Eingang</translation>
    </message>
    <message>
        <source>Predicted rate: a stationary rate exists only for constant input (with or without noise)</source>
        <translation>Vorhergesagte Rate: eine stationäre Rate gibt es nur bei konstantem Eingang (mit oder ohne Rauschen)</translation>
    </message>
    <message>
        <source>diffusion approx.</source>
        <translation>Diffusionsnäherung</translation>
    </message>
    <message>
        <source>diffusion approx. ⚠&#xa0;outside its regime</source>
        <translation>Diffusionsnäherung ⚠&#xa0;außerhalb ihres Geltungsbereichs</translation>
    </message>
    <message>
        <source>Predicted rate: Siegert&apos;s formula with the Fourcaud-Brunel correction for synaptic filtering (diffusion approximation; %1 without the correction; the closed form at the mean drive gives %2).
%3</source>
        <translation>Vorhergesagte Rate: Siegert-Formel mit der Fourcaud-Brunel-Korrektur für synaptische Filterung (Diffusionsnäherung; %1 ohne die Korrektur; die geschlossene Form beim mittleren Antrieb ergibt %2).
%3</translation>
    </message>
    <message>
        <source>mean drive below rheobase: silent</source>
        <translation>mittlerer Antrieb unter der Rheobase: still</translation>
    </message>
    <message>
        <source>Predicted rate: the closed form for constant input, exact here</source>
        <translation>Vorhergesagte Rate: die geschlossene Form für konstanten Eingang, hier exakt</translation>
    </message>
</context>
<context>
    <name>lif::ui::TransportBar</name>
    <message>
        <source>Run or pause the simulation (Space). When paused, drag to pan and scroll to zoom the plots.</source>
        <translation>Simulation starten oder anhalten (Leertaste). Angehalten lassen sich die Diagramme durch Ziehen verschieben und mit dem Mausrad zoomen.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Start again at t = 0 from the current parameters (R)</source>
        <translation>Mit den aktuellen Parametern neu bei t = 0 beginnen (R)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Simulated time per wall-clock time, 0.1× to 1000× real time (log scale)</source>
        <translation>Simulierte Zeit je realer Zeit, 0.1× bis 1000× Echtzeit (logarithmische Skala)</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <source>Length of the visible time window</source>
        <translation>Länge des sichtbaren Zeitfensters</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Start</translation>
    </message>
</context>
</TS>
