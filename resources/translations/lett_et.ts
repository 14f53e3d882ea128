<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et_EE" sourcelanguage="en">
<context>
    <name>Answers</name>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>osaliselt</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ei kohaldu</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Supervisor board</source>
        <translation>Juhi ülevaade</translation>
    </message>
    <message>
        <source>Services now</source>
        <translation>Teenused praegu</translation>
    </message>
    <message>
        <source>Counters now</source>
        <translation>Teenindusletid praegu</translation>
    </message>
    <message>
        <source>Waits past the target</source>
        <translation>Sihtajast kauem oodanud</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Teenus</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ootel</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Pikim ooteaeg, min</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Sihtaeg, min</translation>
    </message>
    <message>
        <source>Expected wait, min</source>
        <translation>Eeldatav ooteaeg, min</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>Avatud letid</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Täna teenindatud</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Teenindustase täna</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Teeninduslett</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Töötaja</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Teenindab</translation>
    </message>
    <message>
        <source>For, min</source>
        <translation>Kestnud, min</translation>
    </message>
    <message>
        <source>Waiting for it</source>
        <translation>Selle leti ootel</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Praegu ootel</translation>
    </message>
    <message>
        <source>Past the target</source>
        <translation>Üle sihtaja</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>ükski lett pole avatud</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suletud</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>teenindab</translation>
    </message>
    <message>
        <source>idle while people wait</source>
        <translation>vaba, kuigi inimesed ootavad</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vaba</translation>
    </message>
    <message>
        <source>{number}: {waited} min (target {target})</source>
        <translation>{number}: {waited} min (sihtaeg {target})</translation>
    </message>
    <message>
        <source>Nobody has waited past the target.</source>
        <translation>Keegi pole oodanud sihtajast kauem.</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Lett – supervisor board</source>
        <translation>Lett – juhi ülevaade</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel and reissue a ticket</source>
        <translation>Järjekorrapileti tühistamine ja uue väljastamine</translation>
    </message>
    <message>
        <source>The ticket is cancelled. Choose the right service to issue a new ticket in its place: the visitor keeps their arrival time and place in the queue.</source>
        <translation>Järjekorrapilet tühistatakse. Valige õige teenus, et väljastada selle asemel uus pilet: külastaja saabumisaeg ja koht järjekorras säilivad.</translation>
    </message>
    <message>
        <source>e.g. A012</source>
        <translation>nt A012</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>Järjekorranumber:</translation>
    </message>
    <message>
        <source>No new ticket, only cancel</source>
        <translation>Uut piletit ei väljastata, ainult tühista</translation>
    </message>
    <message>
        <source>Right service:</source>
        <translation>Õige teenus:</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Tühista pilet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Muuda parooli</translation>
    </message>
    <message>
        <source>Choose your own password: it replaces the one an administrator gave.</source>
        <translation>Vali endale oma parool: see asendab administraatori antud parooli.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Sisesta praegune parool ja siis uus parool kaks korda.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Praegune parool:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Uus parool:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Uus parool uuesti:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Configuration</source>
        <translation>Seadistus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspordi…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Impordi…</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>Teatiste mallid</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Seadistuse eksportimine</translation>
    </message>
    <message>
        <source>Configuration (*.toml *.json)</source>
        <translation>Seadistus (*.toml *.json)</translation>
    </message>
    <message>
        <source>The configuration is written to {path}.</source>
        <translation>Seadistus on kirjutatud faili {path}.</translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation>Seadistuse importimine</translation>
    </message>
    <message>
        <source>Replace this office's services, counters and settings with those in {path}? Services and counters the file does not list are removed.</source>
        <translation>Kas asendada selle esinduse teenused, teenindusletid ja seaded failis {path} olevatega? Teenused ja teenindusletid, mida failis ei ole, eemaldatakse.</translation>
    </message>
    <message>
        <source>The configuration of {path} is taken.</source>
        <translation>Faili {path} seadistus on võetud kasutusele.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Start a call (F12)</source>
        <translation>Alusta kõnet (F12)</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Lõpeta ja salvesta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>A short note: what was asked and answered</source>
        <translation>Lühike märkus: mida küsiti ja vastati</translation>
    </message>
    <message>
        <source>Client (only when needed)</source>
        <translation>Klient (ainult vajaduse korral)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal or registry code</source>
        <translation>Isiku- või registrikood</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvesta muudatused</translation>
    </message>
    <message>
        <source>Record without timer</source>
        <translation>Salvesta ilma taimerita</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>Start a call (F9)</source>
        <translation type="vanished">Alusta kõnet (F9)</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Teenindaja</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>käimas</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonüümitud</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>My contacts today</source>
        <translation>Minu tänased pöördumised</translation>
    </message>
    <message>
        <source>The office's</source>
        <translation>Esinduse pöördumised</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Teemade kaupa</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Kanalite kaupa</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Otsi</translation>
    </message>
    <message>
        <source>My escalations</source>
        <translation>Minu edastamised</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Edasta 2. tasemele…</translation>
    </message>
    <message>
        <source>Tell the client and close…</source>
        <translation>Teata kliendile ja sulge…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Saada uuesti</translation>
    </message>
    <message>
        <source>Open in Jira</source>
        <translation>Ava Jiras</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>A word of the note, the client's name or code</source>
        <translation>Sõna märkusest, kliendi nimi või kood</translation>
    </message>
    <message>
        <source>Open the chosen contact</source>
        <translation>Ava valitud pöördumine</translation>
    </message>
    <message>
        <source>What the opened contact produced</source>
        <translation>Mis avatud pöördumisest tekkis</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Järjekorrapilet</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Külastus</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Dokumendiregistri kanne</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Teatis</translation>
    </message>
    <message>
        <source>Ticket or registration number</source>
        <translation>Järjekorra- või registreerimisnumber</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Seo</translation>
    </message>
    <message>
        <source>Your roles do not include recording contacts: the journal is not shown.</source>
        <translation>Sinu rollid ei hõlma pöördumiste salvestamist: päevikut ei näidata.</translation>
    </message>
    <message>
        <source>Escalations that need you: {count} (Contacts, My escalations).</source>
        <translation>Sind ootavaid edastamisi: {count} (Pöördumised, Minu edastamised).</translation>
    </message>
    <message>
        <source>The contact is recorded: {topic}, {minutes} min.</source>
        <translation>Pöördumine on salvestatud: {topic}, {minutes} min.</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>teemata</translation>
    </message>
    <message>
        <source>The contact is saved.</source>
        <translation>Pöördumine on salvestatud.</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Vali kõigepealt loendist pöördumine.</translation>
    </message>
    <message>
        <source>Nothing linked yet.</source>
        <translation>Veel pole midagi seotud.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pöördumised</translation>
    </message>
    <message>
        <source>Open a contact first: escalate it from there.</source>
        <translation>Ava kõigepealt pöördumine ja edasta see sealt.</translation>
    </message>
    <message>
        <source>The escalation is in the outbox: “{summary}”. It is sent in the background.</source>
        <translation>Edastamine ootab saatmist: „{summary}”. See saadetakse taustal.</translation>
    </message>
    <message>
        <source>Choose an escalation in the list first.</source>
        <translation>Vali kõigepealt loendist edastamine.</translation>
    </message>
    <message>
        <source>The escalation and its contact are closed.</source>
        <translation>Edastamine ja selle pöördumine on suletud.</translation>
    </message>
    <message>
        <source>The escalation is back in the outbox.</source>
        <translation>Edastamine ootab taas saatmist.</translation>
    </message>
    <message>
        <source>The IT problem is reported to {target}.</source>
        <translation>IT-probleemist on teatatud: {target}.</translation>
    </message>
</context>
<context>
    <name>CountTable</name>
    <message>
        <source>Topic or channel</source>
        <translation>Teema või kanal</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pöördumisi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuteid</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(teemata)</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <source>Counters</source>
        <translation>Teenindusletid</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>On the display</source>
        <translation>Ekraanil</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Teenused</translation>
    </message>
    <message>
        <source>Label on the display</source>
        <translation>Tähis ekraanil</translation>
    </message>
    <message>
        <source>New counter</source>
        <translation>Uus teeninduslett</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Teeninduslett {number}</translation>
    </message>
    <message>
        <source>The counter is saved.</source>
        <translation>Teeninduslett on salvestatud.</translation>
    </message>
    <message>
        <source>Remove the counter</source>
        <translation>Teenindusleti eemaldamine</translation>
    </message>
    <message>
        <source>Remove counter {number}?</source>
        <translation>Kas eemaldada teeninduslett {number}?</translation>
    </message>
    <message>
        <source>The counter is removed.</source>
        <translation>Teeninduslett on eemaldatud.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>Display</source>
        <translation>Infotabloo</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Paigutus</translation>
    </message>
    <message>
        <source>Calls shown</source>
        <translation>Näidatavad väljakutsed</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Helisignaal</translation>
    </message>
    <message>
        <source>Calls, and below them who waits per service</source>
        <translation>Väljakutsed ning nende all ootajad teenuste kaupa</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Ainult väljakutsed</translation>
    </message>
    <message>
        <source>Sound a chime on each call</source>
        <translation>Helisignaal igal väljakutsel</translation>
    </message>
    <message>
        <source>This display PC</source>
        <translation>See infotablooarvuti</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Häälteade</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Helitugevus</translation>
    </message>
    <message>
        <source>Recorded fragments</source>
        <translation>Salvestatud lõigud</translation>
    </message>
    <message>
        <source>Say each call aloud: the visitor's language, then Estonian (the chime sounds either way)</source>
        <translation>Loe iga kutse ette: külastaja keeles, siis eesti keeles (helisignaal kõlab igal juhul)</translation>
    </message>
    <message>
        <source>empty: the built-in voice</source>
        <translation>tühi: sisseehitatud hääl</translation>
    </message>
    <message>
        <source>A folder with a subfolder per language (et, ru, en) of WAV files: number.wav, counter.wav, 0.wav to 9.wav, A.wav to Z.wav. A call is said from them where all its parts are there, otherwise by the built-in voice. The display takes these at its next start.</source>
        <translation>Kaust, milles on iga keele jaoks alamkaust (et, ru, en) WAV-failidega: number.wav, counter.wav, 0.wav kuni 9.wav, A.wav kuni Z.wav. Kutse loetakse neist, kui kõik selle osad on olemas, muidu sisseehitatud häälega. Infotabloo võtab need kasutusele järgmisel käivitamisel.</translation>
    </message>
    <message>
        <source>The folder of recorded fragments does not exist: {folder}. Choose an existing folder, or leave it empty for the built-in voice.</source>
        <translation>Salvestatud lõikude kausta ei ole olemas: {folder}. Valige olemasolev kaust või jätke väli tühjaks, et kasutada sisseehitatud häält.</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Seadeid ei saa salvestada: {detail}</translation>
    </message>
    <message>
        <source>The display settings are saved.</source>
        <translation>Infotabloo seaded on salvestatud.</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Lett – waiting-room display</source>
        <translation>Lett – infotabloo</translation>
    </message>
    <message>
        <source>Please go to the counter shown with your number</source>
        <translation>Palun minge oma numbri juures näidatud teenindusletti</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Kutsutakse</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Teeninduslett</translation>
    </message>
    <message>
        <source>Counter {counter}</source>
        <translation>Teeninduslett {counter}</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Kutsutakse uuesti</translation>
    </message>
    <message>
        <source>{code} {service}: {count} waiting</source>
        <translation>{code} {service}: ootel {count}</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate to level 2</source>
        <translation>Edasta 2. tasemele</translation>
    </message>
    <message>
        <source>Level-2 target</source>
        <translation>2. taseme adressaat</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Answer promised to the client by</source>
        <translation>Kliendile lubatud vastuse kuupäev</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>service desk</source>
        <translation>teenindusportaal</translation>
    </message>
    <message>
        <source>The client's details</source>
        <translation>Kliendi andmed</translation>
    </message>
    <message>
        <source>The client agrees that level 2 gets these details</source>
        <translation>Klient on nõus, et 2. tase saab need andmed</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal or registry code</source>
        <translation>Isiku- või registrikood</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatsioon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>The contact has no client details; level 2 gets only the description.</source>
        <translation>Pöördumisel pole kliendi andmeid; 2. tase saab ainult kirjelduse.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Edasta</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>EscalationPage</name>
    <message>
        <source>Level-2 targets</source>
        <translation>2. taseme adressaadid</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kuhu</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Saidi aadress</translation>
    </message>
    <message>
        <source>Account (e-mail)</source>
        <translation>Konto (e-post)</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Projekti võti</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Pileti tüüp</translation>
    </message>
    <message>
        <source>Service desk id</source>
        <translation>Teenindusportaali ID</translation>
    </message>
    <message>
        <source>Request type id</source>
        <translation>Päringu tüübi ID</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posti aadress</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Tõend</translation>
    </message>
    <message>
        <source>Jira project and issue type</source>
        <translation>Jira projekt ja pileti tüüp</translation>
    </message>
    <message>
        <source>Jira Service Management request type</source>
        <translation>Jira Service Managementi päringu tüüp</translation>
    </message>
    <message>
        <source>Jira Cloud (API token)</source>
        <translation>Jira Cloud (API-tõend)</translation>
    </message>
    <message>
        <source>Jira Data Center / Server (personal access token)</source>
        <translation>Jira Data Center / Server (isiklik juurdepääsutõend)</translation>
    </message>
    <message>
        <source>e.g. it-support</source>
        <translation>nt it-tugi</translation>
    </message>
    <message>
        <source>e.g. IT</source>
        <translation>nt IT</translation>
    </message>
    <message>
        <source>e.g. Task</source>
        <translation>nt Task</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>nt 10</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>nt 25</translation>
    </message>
    <message>
        <source>kept on this PC in the keyring; empty: keep the saved one</source>
        <translation>hoitakse selle arvuti võtmehoidlas; tühi: jääb salvestatud tõend</translation>
    </message>
    <message>
        <source>Reports of IT problems go here</source>
        <translation>IT-probleemide teated lähevad siia</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Uus adressaat</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Eemalda valitud</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Proovi ühendust</translation>
    </message>
    <message>
        <source>Save the target</source>
        <translation>Salvesta adressaat</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>IT-tugi</translation>
    </message>
    <message>
        <source>The level-2 target is saved.</source>
        <translation>2. taseme adressaat on salvestatud.</translation>
    </message>
    <message>
        <source>Choose a target in the list first.</source>
        <translation>Vali kõigepealt loendist adressaat.</translation>
    </message>
    <message>
        <source>The level-2 target is removed; escalations made to it keep their issues.</source>
        <translation>2. taseme adressaat on eemaldatud; talle tehtud edastamised jäävad oma piletitega alles.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Proovin…</translation>
    </message>
    <message>
        <source>The connection works: {found}</source>
        <translation>Ühendus toimib: {found}</translation>
    </message>
</context>
<context>
    <name>EscalationTable</name>
    <message>
        <source>Days</source>
        <translation>Päevi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Adressaat</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Pilet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Täitja</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Lubatud</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Vajab sind</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ootab saatmist</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>tagasi lükatud: {reason}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>tegemata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>töös</translation>
    </message>
    <message>
        <source>done</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>saadetud</translation>
    </message>
    <message>
        <source>correct and send again</source>
        <translation>paranda ja saada uuesti</translation>
    </message>
    <message>
        <source>answered: tell the client</source>
        <translation>vastatud: teata kliendile</translation>
    </message>
    <message>
        <source>promised date passed</source>
        <translation>lubatud kuupäev on möödas</translation>
    </message>
    <message>
        <source>promised date is near</source>
        <translation>lubatud kuupäev on lähedal</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Score my work</source>
        <translation>Hinda oma tööd</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Hinda</translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation>Kelle töö:</translation>
    </message>
    <message>
        <source>Served ticket or contact:</source>
        <translation>Teenindatud pilet või pöördumine:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Hindamisvorm:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentaar:</translation>
    </message>
    <message>
        <source>ticket {number}</source>
        <translation>pilet {number}</translation>
    </message>
    <message>
        <source>contact ({channel})</source>
        <translation>pöördumine ({channel})</translation>
    </message>
    <message>
        <source>No served tickets or contacts in the last month.</source>
        <translation>Viimase kuu jooksul pole teenindatud pileteid ega pöördumisi.</translation>
    </message>
    <message>
        <source>There is no evaluation form yet. The supervisor makes one under Scorecards.</source>
        <translation>Hindamisvormi veel pole. Talitusejuhataja koostab selle jaotises „Hindamisvormid“.</translation>
    </message>
    <message>
        <source>* critical: answered “no”, it fails the whole form. The weight is in brackets.</source>
        <translation>* kriitiline: vastus „ei“ nullib kogu hindamise. Kaal on sulgudes.</translation>
    </message>
    <message>
        <source>Choose the work and the form first.</source>
        <translation>Valige kõigepealt töö ja hindamisvorm.</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Quality evaluations</source>
        <translation>Kvaliteedihindamine</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Minu omad</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõik töötajad</translation>
    </message>
    <message>
        <source>Score my work first…</source>
        <translation>Hinda enne ise oma tööd…</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Hinda…</translation>
    </message>
    <message>
        <source>Scorecards…</source>
        <translation>Hindamisvormid…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Töötaja</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Töö</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Hindaja</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Tulemus</translation>
    </message>
    <message>
        <source>Gap to own score</source>
        <translation>Vahe enesehinnanguga</translation>
    </message>
    <message>
        <source>self</source>
        <translation>ise</translation>
    </message>
    <message>
        <source>Nobody has evaluated in this month: {names}</source>
        <translation>Selles kuus hindamata: {names}</translation>
    </message>
    <message>
        <source>Everyone has been evaluated in this month.</source>
        <translation>Selles kuus on kõiki hinnatud.</translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation>Hindamisi veel pole.</translation>
    </message>
    <message>
        <source>A critical question failed the whole form.</source>
        <translation>Kriitiline küsimus nullis kogu hindamise.</translation>
    </message>
    <message>
        <source>own score: {answer}</source>
        <translation>enesehinnang: {answer}</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Kommentaar:</translation>
    </message>
    <message>
        <source>The evaluation is saved.</source>
        <translation>Hindamine on salvestatud.</translation>
    </message>
</context>
<context>
    <name>ExpectedTable</name>
    <message>
        <source>Time</source>
        <translation>Aeg</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vastuvõtja</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Saabunud</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
</context>
<context>
    <name>FieldDetails</name>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Silt ({language})</translation>
    </message>
    <message>
        <source>value: et | ru | en; …</source>
        <translation>väärtus: et | ru | en; …</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Valikud</translation>
    </message>
    <message>
        <source>Field {name}</source>
        <translation>Väli {name}</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.aaaa</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 numbrit</translation>
    </message>
    <message>
        <source>name@example.ee</source>
        <translation>nimi@naide.ee</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Goals</source>
        <translation>Eesmärgid</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Kelle</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Näitaja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periood</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Siht</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Määras</translation>
    </message>
    <message>
        <source>The team (everyone)</source>
        <translation>Meeskond (kõik)</translation>
    </message>
    <message>
        <source>Set the goal</source>
        <translation>Määra eesmärk</translation>
    </message>
    <message>
        <source>Remove the chosen goal</source>
        <translation>Eemalda valitud eesmärk</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Kelle:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Näitaja:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periood:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Siht:</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Teenindatud</translation>
    </message>
    <message>
        <source>Handling time, min (at most)</source>
        <translation>Teenindusaeg, min (kõige rohkem)</translation>
    </message>
    <message>
        <source>Service level of the calls, %</source>
        <translation>Kutsete teenindustase, %</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pöördumised</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>päevas</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>nädalas</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>kuus</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Meeskond</translation>
    </message>
    <message>
        <source>The goal is set.</source>
        <translation>Eesmärk on määratud.</translation>
    </message>
</context>
<context>
    <name>HoursEdit</name>
    <message>
        <source>Monday</source>
        <translation>Esmaspäev</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Teisipäev</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Kolmapäev</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Neljapäev</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Reede</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Laupäev</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Pühapäev</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suletud</translation>
    </message>
    <message>
        <source>open at any time (no hours set)</source>
        <translation>avatud igal ajal (aegu pole määratud)</translation>
    </message>
</context>
<context>
    <name>InsideTable</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vastuvõtja</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saabus</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Isikukood</translation>
    </message>
    <message>
        <source>waiting area</source>
        <translation>ooteala</translation>
    </message>
</context>
<context>
    <name>IssuanceRegister</name>
    <message>
        <source>Issuance register</source>
        <translation>Väljastamiste register</translation>
    </message>
    <message>
        <source>Search by number or recipient</source>
        <translation>Otsi numbri või saaja järgi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Väljastatud</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Kättetoimetamine</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Väljastaja</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Koopia</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allkirjastatud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvesta PDF-ina…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Saada e-postiga</translation>
    </message>
    <message>
        <source>Export for signing…</source>
        <translation>Ekspordi allkirjastamiseks…</translation>
    </message>
    <message>
        <source>Attach signed container…</source>
        <translation>Lisa allkirjastatud ümbrik…</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>üle antud</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>postiga saadetud</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>e-postiga saadetud</translation>
    </message>
    <message>
        <source>not handed over: not printed</source>
        <translation>üle andmata: printimine ebaõnnestus</translation>
    </message>
    <message>
        <source>not posted: not printed</source>
        <translation>postitamata: printimine ebaõnnestus</translation>
    </message>
    <message>
        <source>not e-mailed: sending failed</source>
        <translation>e-postiga saatmata: saatmine ebaõnnestus</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>koopia</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>allkirjastatud</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Prindi uuesti</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Prindi koopia</translation>
    </message>
    <message>
        <source>The notice could not be printed when it was issued: print it now; it is then recorded as delivered</source>
        <translation>Teatist ei õnnestunud väljastamisel printida: prindi see nüüd; siis märgitakse see kättetoimetatuks</translation>
    </message>
    <message>
        <source>Print a copy marked COPY, registered under the same number</source>
        <translation>Prindi koopia märkega KOOPIA, registreeritakse sama numbri all</translation>
    </message>
</context>
<context>
    <name>ItProblemDialog</name>
    <message>
        <source>Report an IT problem</source>
        <translation>Teata IT-probleemist</translation>
    </message>
    <message>
        <source>What is wrong? The first line is the summary IT support sees.</source>
        <translation>Mis on valesti? Esimene rida on kokkuvõte, mida IT-tugi näeb.</translation>
    </message>
    <message>
        <source>Attached to the report (this PC's diagnostics):</source>
        <translation>Teatele lisatakse (selle arvuti diagnostika):</translation>
    </message>
    <message>
        <source>Gathering the diagnostics…</source>
        <translation>Diagnostikat kogutakse…</translation>
    </message>
    <message>
        <source>Send to IT support</source>
        <translation>Saada IT-toele</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Goes to: {target}</source>
        <translation>Saaja: {target}</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Kiosk</source>
        <translation>Piletiautomaat</translation>
    </message>
    <message>
        <source>Services shown</source>
        <translation>Näidatavad teenused</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>Back to the start after (seconds)</source>
        <translation>Algusesse tagasi pärast (sekundit)</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>Halduri PIN-kood</translation>
    </message>
    <message>
        <source>Server's public address</source>
        <translation>Serveri avalik aadress</translation>
    </message>
    <message>
        <source>Place kept for a visitor who stepped out (minutes)</source>
        <translation>Välja läinud külastaja kohta hoitakse (minutit)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>muutmata</translation>
    </message>
    <message>
        <source>This kiosk PC</source>
        <translation>See piletiautomaat</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Häälteade</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Helitugevus</translation>
    </message>
    <message>
        <source>Offer to read the number aloud after issuing</source>
        <translation>Paku pärast väljastamist numbri ettelugemist</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>ei pakuta</translation>
    </message>
    <message>
        <source>With a public address, each printed ticket carries a QR code that opens the ticket's live page on the visitor's phone (where the printer prints QR codes). Only /t/ of the server needs to be reachable from the visitors' network.</source>
        <translation>Avaliku aadressi korral on igal prinditud järjekorrapiletil QR-kood, mis avab pileti jooksvalt uueneva lehe külastaja telefonis (kui printer prindib QR-koode). Külastajate võrgust peab olema kättesaadav ainult serveri /t/.</translation>
    </message>
    <message>
        <source>Choose at least one service for the kiosk.</source>
        <translation>Valige piletiautomaadile vähemalt üks teenus.</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Seadeid ei saa salvestada: {detail}</translation>
    </message>
    <message>
        <source>The kiosk settings are saved.</source>
        <translation>Piletiautomaadi seaded on salvestatud.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Lett – ticket kiosk</source>
        <translation>Lett – piletiautomaat</translation>
    </message>
    <message>
        <source>Welcome! Take a queue ticket</source>
        <translation>Tere tulemast! Võtke järjekorrapilet</translation>
    </message>
    <message>
        <source>Choose the service you came for</source>
        <translation>Valige teenus, mille pärast tulite</translation>
    </message>
    <message>
        <source>No service is taking visitors right now. Please ask at the reception desk.</source>
        <translation>Praegu ükski teenus külastajaid vastu ei võta. Palun pöörduge infoletti.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Teie järjekorranumber</translation>
    </message>
    <message>
        <source>Please take your ticket. Wait in the waiting area until your number appears on the screen.</source>
        <translation>Palun võtke oma pilet. Oodake ootealal, kuni teie number ilmub infotablool.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Read my number aloud</source>
        <translation>Loe minu number ette</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>Vabandust, järjekorrapiletit ei väljastatud</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Tagasi algusesse</translation>
    </message>
    <message>
        <source>Closed, opens at {time}</source>
        <translation>Suletud, avatakse kell {time}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Täna suletud</translation>
    </message>
    <message>
        <source>People ahead of you: {n}</source>
        <translation>Teie ees järjekorras: {n}</translation>
    </message>
    <message>
        <source>Estimated wait: {low}–{high} min</source>
        <translation>Eeldatav ooteaeg: {low}–{high} min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lett – desk</source>
        <translation>Lett – teenindus</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Järjekord</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Külastajad</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Teatised</translation>
    </message>
    <message>
        <source>Scan intake</source>
        <translation>Dokumentide vastuvõtt ja skannimine</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Dokumendiregister</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Aruanded</translation>
    </message>
    <message>
        <source>Supervisor board</source>
        <translation>Juhi ülevaade</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>Minu tulemused</translation>
    </message>
    <message>
        <source>Quality evaluations</source>
        <translation>Kvaliteedihindamine</translation>
    </message>
    <message>
        <source>&amp;Lett</source>
        <translation>&amp;Lett</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Muuda &amp;parooli…</translation>
    </message>
    <message>
        <source>&amp;Configuration…</source>
        <translation>&amp;Seadistus…</translation>
    </message>
    <message>
        <source>Report an &amp;IT problem…</source>
        <translation>Teata &amp;IT-probleemist…</translation>
    </message>
    <message>
        <source>&amp;Sign out / switch user</source>
        <translation>Logi &amp;välja / vaheta kasutajat</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Välju</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Keel</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Sinu parool on muudetud.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Esindus: {office}</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Teeninduslett {number}</translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation>Teenindusletti pole valitud</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>Ootel: {count}</translation>
    </message>
    <message>
        <source>Counter {number} is open</source>
        <translation>Teeninduslett {number} on avatud</translation>
    </message>
    <message>
        <source>Counter {number} is open. Close it now? The kiosk then sends no visitors to it and leaves it out of the waiting time estimates.</source>
        <translation>Teeninduslett {number} on avatud. Kas sulgeda see nüüd? Piletiautomaat ei suuna siis sinna külastajaid ega arvesta seda eeldatava ooteaja hinnangus.</translation>
    </message>
    <message>
        <source>Close the counter</source>
        <translation>Sulge teeninduslett</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Jäta avatuks</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Jää sisselogituks</translation>
    </message>
    <message>
        <source>Do not quit</source>
        <translation>Ära välju</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="vanished">Pöördumised</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Teatise keel</translation>
    </message>
    <message>
        <source>For a visitor</source>
        <translation>Külastajale</translation>
    </message>
    <message>
        <source>Who is in</source>
        <translation>Kes on majas</translation>
    </message>
    <message>
        <source>List the visitors in the building, to fill the notice in for one of them</source>
        <translation>Näita majas olevaid külastajaid, et täita teatis ühe neist andmetega</translation>
    </message>
    <message>
        <source>(press “Who is in”)</source>
        <translation>(vajutage „Kes on majas”)</translation>
    </message>
    <message>
        <source>For a register entry</source>
        <translation>Dokumendiregistri kirjele</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>registreerimisnumber</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Täida</translation>
    </message>
    <message>
        <source>Fill the notice in from the document with this registration number: its sender, address, numbers, dates and title</source>
        <translation>Täida teatis selle registreerimisnumbriga dokumendi andmetega: saatja, aadress, numbrid, kuupäevad ja pealkiri</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Eemalda seos</translation>
    </message>
    <message>
        <source>Register it as the answer, in series</source>
        <translation>Registreeri vastusena, sarjas</translation>
    </message>
    <message>
        <source>The issued notice is registered as an outgoing letter, its PDF kept with it, and the document it answers is marked answered</source>
        <translation>Väljastatud teatis registreeritakse väljamineva kirjana koos selle PDF-iga ja dokument, millele see vastab, märgitakse vastatuks</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Väljad</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Kättetoimetamine</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>üle antud</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>postiga saadetud</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>e-postiga saadetud</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posti aadress</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (vabatahtlik)</translation>
    </message>
    <message>
        <source>Write the e-mail address to send the notice to.</source>
        <translation>Kirjutage e-posti aadress, kuhu teatis saata.</translation>
    </message>
    <message>
        <source>(choose a visitor)</source>
        <translation>(valige külastaja)</translation>
    </message>
    <message>
        <source>(nobody is in the building)</source>
        <translation>(majas ei ole kedagi)</translation>
    </message>
    <message>
        <source>The notice is linked to the visit of {name}.</source>
        <translation>Teatis on seotud külastaja {name} külastusega.</translation>
    </message>
    <message>
        <source>The notice is linked to document {number} of the register.</source>
        <translation>Teatis on seotud dokumendiregistri dokumendiga {number}.</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Preview</source>
        <translation>Eelvaade</translation>
    </message>
    <message>
        <source>Issue and e-mail</source>
        <translation>Väljasta ja saada e-postiga</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Väljasta ja prindi</translation>
    </message>
    <message>
        <source>Your roles do not include issuing notices.</source>
        <translation>Teie rollid ei võimalda teatisi väljastada.</translation>
    </message>
    <message>
        <source>Write the registration number of the document first.</source>
        <translation>Kirjutage kõigepealt dokumendi registreerimisnumber.</translation>
    </message>
    <message>
        <source>Filled in from the registration of {name}.</source>
        <translation>Täidetud külastaja {name} registreeringu andmetega.</translation>
    </message>
    <message>
        <source>Filled in from document {number} of the register.</source>
        <translation>Täidetud dokumendiregistri dokumendi {number} andmetega.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Parandage kõigepealt punasega märgitud väljad.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Eelvaate koostamine…</translation>
    </message>
    <message>
        <source>Preview of the notice; it is not issued yet.</source>
        <translation>Teatise eelvaade; teatist ei ole veel väljastatud.</translation>
    </message>
    <message>
        <source>Preview of the notice ({pages} pages, the first shown); it is not issued yet.</source>
        <translation>Teatise eelvaade ({pages} lehekülge, näidatud on esimene); teatist ei ole veel väljastatud.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Väljastamine…</translation>
    </message>
    <message>
        <source>Notice {number} is issued and e-mailed.</source>
        <translation>Teatis {number} on väljastatud ja e-postiga saadetud.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and sent to the printer.</source>
        <translation>Teatis {number} on väljastatud ja printerisse saadetud.</translation>
    </message>
    <message>
        <source>It is registered as {entry}, the answer to the document it was filled in from.</source>
        <translation>See on registreeritud numbriga {entry} vastusena dokumendile, mille andmetega see täideti.</translation>
    </message>
    <message>
        <source>Notice {number} is sent to the printer and recorded as delivered.</source>
        <translation>Teatis {number} on printerisse saadetud ja märgitud kättetoimetatuks.</translation>
    </message>
    <message>
        <source>A copy of notice {number} is registered and sent to the printer.</source>
        <translation>Teatise {number} koopia on registreeritud ja printerisse saadetud.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Teatise salvestamine PDF-ina</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumendid (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Salvestatud: {path}.</translation>
    </message>
    <message>
        <source>Notice {number} is e-mailed to {address}.</source>
        <translation>Teatis {number} on saadetud aadressile {address}.</translation>
    </message>
    <message>
        <source>Export the notice for signing</source>
        <translation>Teatise eksportimine allkirjastamiseks</translation>
    </message>
    <message>
        <source>Signing containers (*.asice)</source>
        <translation>Allkirjaümbrikud (*.asice)</translation>
    </message>
    <message>
        <source>Saved as {path}. Sign it in DigiDoc4, then attach the signed container here.</source>
        <translation>Salvestatud: {path}. Allkirjastage see DigiDoc4-s ja lisage siin allkirjastatud ümbrik.</translation>
    </message>
    <message>
        <source>Attach the signed container</source>
        <translation>Allkirjastatud ümbriku lisamine</translation>
    </message>
    <message>
        <source>Signing containers (*.asice *.bdoc)</source>
        <translation>Allkirjaümbrikud (*.asice *.bdoc)</translation>
    </message>
    <message>
        <source>The signed container is attached to notice {number}.</source>
        <translation>Allkirjastatud ümbrik on lisatud teatisele {number}.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="vanished">Mall</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation type="vanished">Teatise keel</translation>
    </message>
    <message>
        <source>For a visitor</source>
        <translation type="vanished">Külastajale</translation>
    </message>
    <message>
        <source>Who is in</source>
        <translation type="vanished">Kes on majas</translation>
    </message>
    <message>
        <source>List the visitors in the building, to fill the notice in for one of them</source>
        <translation type="vanished">Näita majas olevaid külastajaid, et täita teatis ühe neist andmetega</translation>
    </message>
    <message>
        <source>(press “Who is in”)</source>
        <translation type="vanished">(vajutage „Kes on majas”)</translation>
    </message>
    <message>
        <source>For a register entry</source>
        <translation type="vanished">Dokumendiregistri kirjele</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation type="vanished">registreerimisnumber</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="vanished">Täida</translation>
    </message>
    <message>
        <source>Fill the notice in from the document with this registration number: its sender, address, numbers, dates and title</source>
        <translation type="vanished">Täida teatis selle registreerimisnumbriga dokumendi andmetega: saatja, aadress, numbrid, kuupäevad ja pealkiri</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="vanished">Eemalda seos</translation>
    </message>
    <message>
        <source>Register it as the answer, in series</source>
        <translation type="vanished">Registreeri vastusena, sarjas</translation>
    </message>
    <message>
        <source>The issued notice is registered as an outgoing letter, its PDF kept with it, and the document it answers is marked answered</source>
        <translation type="vanished">Väljastatud teatis registreeritakse väljamineva kirjana koos selle PDF-iga ja dokument, millele see vastab, märgitakse vastatuks</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Väljad</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="vanished">Kättetoimetamine</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="vanished">üle antud</translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="vanished">postiga saadetud</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation type="vanished">e-postiga saadetud</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="vanished">E-posti aadress</translation>
    </message>
    <message>
        <source>Issuance register</source>
        <translation type="vanished">Väljastamiste register</translation>
    </message>
    <message>
        <source>Search by number or recipient</source>
        <translation type="vanished">Otsi numbri või saaja järgi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Number</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="vanished">Väljastatud</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="vanished">Saaja</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="vanished">Väljastaja</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Koopia</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Allkirjastatud</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="vanished">Prindi koopia</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="vanished">Salvesta PDF-ina…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Saada e-postiga</translation>
    </message>
    <message>
        <source>Export for signing…</source>
        <translation type="vanished">Ekspordi allkirjastamiseks…</translation>
    </message>
    <message>
        <source>Attach signed container…</source>
        <translation type="vanished">Lisa allkirjastatud ümbrik…</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="vanished"> (vabatahtlik)</translation>
    </message>
    <message>
        <source>(choose a visitor)</source>
        <translation type="vanished">(valige külastaja)</translation>
    </message>
    <message>
        <source>(nobody is in the building)</source>
        <translation type="vanished">(majas ei ole kedagi)</translation>
    </message>
    <message>
        <source>The notice is linked to the visit of {name}.</source>
        <translation type="vanished">Teatis on seotud külastaja {name} külastusega.</translation>
    </message>
    <message>
        <source>The notice is linked to document {number} of the register.</source>
        <translation type="vanished">Teatis on seotud dokumendiregistri dokumendiga {number}.</translation>
    </message>
    <message>
        <source>Write the e-mail address to send the notice to.</source>
        <translation type="vanished">Kirjutage e-posti aadress, kuhu teatis saata.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="vanished">koopia</translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="vanished">allkirjastatud</translation>
    </message>
    <message>
        <source>Register it in the register as the answer, series</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation>Esindus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Aadress</translation>
    </message>
    <message>
        <source>Registry code</source>
        <translation>Registrikood</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Lahtiolekuajad</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Riigipühad</translation>
    </message>
    <message>
        <source>Other closed days</source>
        <translation>Muud suletud päevad</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Closed on Estonia's public holidays</source>
        <translation>Eesti riigipühadel suletud</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>logo puudub</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Valige logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Pildid (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>Faili ei saa lugeda: {detail}</translation>
    </message>
    <message>
        <source>The office is saved.</source>
        <translation>Esinduse andmed on salvestatud.</translation>
    </message>
</context>
<context>
    <name>OnThePhoneStrip</name>
    <message>
        <source>On the phone</source>
        <translation>Telefonil</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Lõpeta ja salvesta</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Save</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <source>separator sheet</source>
        <translation>eraldusleht</translation>
    </message>
    <message>
        <source>blank?</source>
        <translation>tühi?</translation>
    </message>
</context>
<context>
    <name>PageReview</name>
    <message>
        <source>Pages</source>
        <translation>Leheküljed</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Pööra vasakule</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Pööra paremale</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Tõsta ettepoole</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Tõsta tahapoole</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select blank pages</source>
        <translation>Vali tühjad leheküljed</translation>
    </message>
    <message>
        <source>Split before this page</source>
        <translation>Jaga enne seda lehekülge</translation>
    </message>
    <message>
        <source>Split at separator sheets</source>
        <translation>Jaga eralduslehtede kohalt</translation>
    </message>
    <message>
        <source>Scan again to replace</source>
        <translation>Skanni uuesti ja asenda</translation>
    </message>
    <message>
        <source>Scan and insert here</source>
        <translation>Skanni ja lisa siia</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>Täissuuruses</translation>
    </message>
    <message>
        <source>Read the pages at full size, with zoom (or double-click a page)</source>
        <translation>Vaadake lehekülgi täissuuruses ja suurendusega (või tehke leheküljel topeltklõps)</translation>
    </message>
    <message>
        <source>Document {number} of {total}: {count} pages</source>
        <translation>Dokument {number}/{total}: lehekülgi {count}</translation>
    </message>
    <message>
        <source>No pages yet: scan, import files or drop them here</source>
        <translation>Lehekülgi veel ei ole: skannige, importige failid või lohistage need siia</translation>
    </message>
    <message>
        <source>Document {number} of {total}</source>
        <translation>Dokument {number}/{total}</translation>
    </message>
    <message>
        <source>Pages deleted: {count}</source>
        <translation>Kustutatud lehekülgi: {count}</translation>
    </message>
    <message>
        <source>Pages that look blank: {count}. Check them, then press Delete.</source>
        <translation>Tühjana näivaid lehekülgi: {count}. Kontrollige need üle ja vajutage siis „Kustuta“.</translation>
    </message>
    <message>
        <source>No page looks blank.</source>
        <translation>Ükski lehekülg ei paista tühi.</translation>
    </message>
    <message>
        <source>Looking for separator sheets…</source>
        <translation>Eralduslehtede otsimine…</translation>
    </message>
    <message>
        <source>Documents in the batch now: {count}.</source>
        <translation>Dokumente partiis nüüd: {count}.</translation>
    </message>
    <message>
        <source>No separator sheet was found.</source>
        <translation>Ühtegi eralduslehte ei leitud.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Eelmine</translation>
    </message>
    <message>
        <source>The page before (Page Up)</source>
        <translation>Eelmine lehekülg (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Järgmine ▶</translation>
    </message>
    <message>
        <source>The next page (Page Down)</source>
        <translation>Järgmine lehekülg (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Vähenda (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Suurenda (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sobita laiusele</translation>
    </message>
    <message>
        <source>The page as wide as the window (Ctrl+0)</source>
        <translation>Lehekülg akna laiuseks (Ctrl+0)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Terve lehekülg</translation>
    </message>
    <message>
        <source>The whole page in the window (Ctrl+9)</source>
        <translation>Kogu lehekülg aknas näha (Ctrl+9)</translation>
    </message>
    <message>
        <source>The file {name} is not there: it may have been moved or deleted.</source>
        <translation>Faili {name} ei ole: see võib olla teisaldatud või kustutatud.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read on this PC: check that it is not open in another program and that you may read it.</source>
        <translation>Faili {name} ei saa selles arvutis lugeda: kontrollige, et see pole avatud mõnes teises programmis ja et teil on õigus seda lugeda.</translation>
    </message>
    <message>
        <source>This PDF cannot be read: the file is damaged or it is not a PDF.</source>
        <translation>Seda PDF-faili ei saa lugeda: fail on rikutud või ei ole see PDF.</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>Dokumendis ei ole ühtegi lehekülge.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so Lett cannot show it: open it in another program.</source>
        <translation>See PDF-fail on kaitstud parooliga, seetõttu ei saa Lett seda näidata: avage see muus programmis.</translation>
    </message>
    <message>
        <source>Page {name} of this PDF cannot be drawn: the file is damaged.</source>
        <translation>Selle PDF-i lehekülge {name} ei saa kuvada: fail on rikutud.</translation>
    </message>
    <message>
        <source>The image of this page ({name}) cannot be read: scan the page again.</source>
        <translation>Selle lehekülje pilti ({name}) ei saa lugeda: skannige lehekülg uuesti.</translation>
    </message>
    <message>
        <source>The file: {path}</source>
        <translation>Fail: {path}</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Dokumendi avamine…</translation>
    </message>
    <message>
        <source>Page {number} / {count}</source>
        <translation>Lehekülg {number} / {count}</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>PastVisitsTable</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saabus</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lahkus</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Isikukood</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(anonüümitud)</translation>
    </message>
    <message>
        <source>waiting area</source>
        <translation>ooteala</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the admin PIN</source>
        <translation>Ainult töötajatele: sisestage administraatori PIN-kood</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Vale PIN-kood</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Ticket printer</source>
        <translation>Piletiprinter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Ühendus</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paber</translation>
    </message>
    <message>
        <source>QR code on tickets</source>
        <translation>QR-kood piletitel</translation>
    </message>
    <message>
        <source>Desk tickets</source>
        <translation>Infoleti piletid</translation>
    </message>
    <message>
        <source>80 mm paper (72 mm printed, 48 characters)</source>
        <translation>80 mm paber (trükilaius 72 mm, 48 märki)</translation>
    </message>
    <message>
        <source>58 mm paper (48 mm printed, 32 characters)</source>
        <translation>58 mm paber (trükilaius 48 mm, 32 märki)</translation>
    </message>
    <message>
        <source>80 mm paper, a printer without graphics</source>
        <translation>80 mm paber, graafikata printer</translation>
    </message>
    <message>
        <source>58 mm paper, a printer without graphics</source>
        <translation>58 mm paber, graafikata printer</translation>
    </message>
    <message>
        <source>Print a QR code</source>
        <translation>Trüki QR-kood</translation>
    </message>
    <message>
        <source>Print the tickets issued at this desk (a visitor registered, a ticket reissued)</source>
        <translation>Trüki selles infoletis väljastatud piletid (registreeritud külastaja, uuesti väljastatud pilet)</translation>
    </message>
    <message>
        <source>tcp://address:9100 for a network printer, usb://vendor:product, serial:///dev/ttyUSB0, cups://queue or file:///path for a file.</source>
        <translation>tcp://aadress:9100 võrguprinteri jaoks, usb://tootja:toode, serial:///dev/ttyUSB0, cups://järjekord või file:///tee faili jaoks.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Proovitrükk</translation>
    </message>
    <message>
        <source>The printer connection is not valid: {detail}</source>
        <translation>Printeri ühendus ei ole korrektne: {detail}</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Seadeid ei saa salvestada: {detail}</translation>
    </message>
    <message>
        <source>The printer of this PC is saved.</source>
        <translation>Selle arvuti printer on salvestatud.</translation>
    </message>
    <message>
        <source>No printer is set.</source>
        <translation>Printerit ei ole määratud.</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Trükitakse proovipiletit…</translation>
    </message>
    <message>
        <source>Printed: the test ticket went to the printer ({bytes} bytes).</source>
        <translation>Trükitud: proovipilet saadeti printerisse ({bytes} baiti).</translation>
    </message>
    <message>
        <source>Not printed: the printer is out of paper.</source>
        <translation>Ei trükitud: printeris on paber otsas.</translation>
    </message>
    <message>
        <source>Not printed: the printer's cover is open.</source>
        <translation>Ei trükitud: printeri kaas on lahti.</translation>
    </message>
    <message>
        <source>Not printed: the printer is not ready (offline).</source>
        <translation>Ei trükitud: printer ei ole valmis (võrguühenduseta).</translation>
    </message>
    <message>
        <source>Not printed: the printer cannot be reached. Check its address, cable and power.</source>
        <translation>Ei trükitud: printeriga ei saa ühendust. Kontrollige aadressi, kaablit ja toidet.</translation>
    </message>
    <message>
        <source>Not printed: {detail}</source>
        <translation>Ei trükitud: {detail}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Vali kõik</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Suurenda</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Vähenda</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kaust:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Kaust:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Faili nimi:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Faili&amp;tüüp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Failitüüp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Salvesta kui</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Vali</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tagasi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Edasi</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ülemkaust</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Loo uus kaust</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Loend</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Külgriba</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Viimati kasutatud</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Kõik failid (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Uus kaust</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Uus kaust</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Kustuta</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeta ümber</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Näita &amp;peidetud faile</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Kaust:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Kaustad</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Kaust</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tundmatu</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Minu arvuti</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mine tagasi</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mine edasi</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mine ülemkausta</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Loo uus kaust</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Näita loendina</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Näita üksikasjadega</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Otsi kausta</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 on juba olemas.
Kas asendada see?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Kas kustutada „%1“?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tüüp</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Muudetud</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Arvuti</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Minu arvuti</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näita üksikasju…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Peida üksikasjad…</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikeväärtused</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Kleebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopeeri &amp;lingi aadress</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Counter:</source>
        <translation>Teeninduslett:</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Teenindusletis</translation>
    </message>
    <message>
        <source>Parked tickets</source>
        <translation>Ootele pandud piletid</translation>
    </message>
    <message>
        <source>No-shows today</source>
        <translation>Täna ei ilmunud</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Pilet</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Teenus</translation>
    </message>
    <message>
        <source>No-show at</source>
        <translation>Märgitud kell</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Trüki pilet</translation>
    </message>
    <message>
        <source>Print the selected waiting ticket on this PC's ticket printer</source>
        <translation>Trüki valitud ootel pilet selle arvuti piletiprinteriga</translation>
    </message>
    <message>
        <source>Undo ({seconds} s)</source>
        <translation>Võta tagasi ({seconds} s)</translation>
    </message>
    <message>
        <source>Take back what Call next did: the called ticket returns to its place in the queue, the previous visitor to the counter ({key})</source>
        <translation>Võta tagasi nupu „Kutsu järgmine“ tegevus: kutsutud pilet läheb tagasi oma kohale järjekorras, eelmine külastaja tagasi letti ({key})</translation>
    </message>
    <message>
        <source>Queue by service</source>
        <translation>Järjekord teenuste kaupa</translation>
    </message>
    <message>
        <source>Waiting tickets in call order</source>
        <translation>Ootel piletid kutsumise järjekorras</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ootel</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Pikim ootamine</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>Avatud letid</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Oodanud</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Märkus</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Kutsu järgmine</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Kutsu uuesti</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Ei ilmunud</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Pane ootele</translation>
    </message>
    <message>
        <source>Return parked ticket</source>
        <translation>Võta ootelt tagasi</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Suuna ümber…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Lõpeta</translation>
    </message>
    <message>
        <source>Cancel and reissue…</source>
        <translation>Tühista ja väljasta uus…</translation>
    </message>
    <message>
        <source>Call the next visitor to this counter</source>
        <translation>Kutsu järgmine külastaja sellesse teenindusletti</translation>
    </message>
    <message>
        <source>Call the current visitor again</source>
        <translation>Kutsu praegune külastaja uuesti</translation>
    </message>
    <message>
        <source>The visitor did not come: close the ticket</source>
        <translation>Külastaja ei ilmunud: sulge pilet</translation>
    </message>
    <message>
        <source>Set the visitor aside and call others meanwhile</source>
        <translation>Pane külastaja ootele ja kutsu vahepeal teisi</translation>
    </message>
    <message>
        <source>Take the selected parked visitor back to the counter</source>
        <translation>Võta valitud ootel külastaja tagasi teenindusletti</translation>
    </message>
    <message>
        <source>Send the visitor to another service or counter</source>
        <translation>Suuna külastaja teise teenuse järjekorda või teise teenindusletti</translation>
    </message>
    <message>
        <source>Finish serving the visitor with the chosen outcome</source>
        <translation>Lõpeta külastaja teenindamine valitud tulemusega</translation>
    </message>
    <message>
        <source>Cancel a wrongly taken ticket and issue the right one</source>
        <translation>Tühista valesti võetud pilet ja väljasta õige</translation>
    </message>
    <message>
        <source>Outcome of the visit, recorded by Finish</source>
        <translation>Külastuse tulemus, mis salvestatakse nupuga Lõpeta</translation>
    </message>
    <message>
        <source>Choose your counter</source>
        <translation>Valige oma teeninduslett</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Teeninduslett {number}</translation>
    </message>
    <message>
        <source>Open the counter</source>
        <translation>Ava teeninduslett</translation>
    </message>
    <message>
        <source>Close the counter</source>
        <translation>Sulge teeninduslett</translation>
    </message>
    <message>
        <source>The counter is open.</source>
        <translation>Teeninduslett on avatud.</translation>
    </message>
    <message>
        <source>The counter is closed: open it to call visitors.</source>
        <translation>Teeninduslett on suletud: külastajate kutsumiseks avage see.</translation>
    </message>
    <message>
        <source>No visitor at the counter</source>
        <translation>Teenindusletis pole külastajat</translation>
    </message>
    <message>
        <source>Press Call next when you are ready.</source>
        <translation>Kui olete valmis, vajutage „Kutsu järgmine“.</translation>
    </message>
    <message>
        <source>Waited {minutes} · Calls: {count}</source>
        <translation>Oodanud {minutes} · Kutsete arv: {count}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Eelisjärjekord</translation>
    </message>
    <message>
        <source>Speaks: {language}</source>
        <translation>Räägib: {language}</translation>
    </message>
    <message>
        <source>Stepped out, back by {time}</source>
        <translation>Läks välja, tagasi kell {time}</translation>
    </message>
    <message>
        <source>Take {ticket} back to the counter</source>
        <translation>Võta {ticket} tagasi teenindusletti</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Too tagasi</translation>
    </message>
    <message>
        <source>{ticket} came after all: put it back in the queue at its place by arrival</source>
        <translation>{ticket} tuli siiski: pane pilet tagasi järjekorda saabumisjärgsele kohale</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suletud</translation>
    </message>
    <message>
        <source>Not for this counter</source>
        <translation>Mitte selle leti teenus</translation>
    </message>
    <message>
        <source>{finished} finished as served; {ticket} called.</source>
        <translation>{finished} lõpetati teenindatuna, kutsuti {ticket}.</translation>
    </message>
    <message>
        <source>Called {ticket}.</source>
        <translation>Kutsuti {ticket}.</translation>
    </message>
    <message>
        <source>{finished} finished as served; nobody else is waiting.</source>
        <translation>{finished} lõpetati teenindatuna, rohkem ootajaid pole.</translation>
    </message>
    <message>
        <source>Undone: {ticket} back at the counter.</source>
        <translation>Tagasi võetud: {ticket} on jälle letis.</translation>
    </message>
    <message>
        <source>Undone: {ticket} back in the queue.</source>
        <translation>Tagasi võetud: {ticket} on jälle järjekorras.</translation>
    </message>
    <message>
        <source>Undone: {ticket} back in the queue, {current} at the counter.</source>
        <translation>Tagasi võetud: {ticket} järjekorras, {current} letis.</translation>
    </message>
    <message>
        <source>{ticket} is back in the queue by arrival.</source>
        <translation>{ticket} on jälle järjekorras saabumise järgi.</translation>
    </message>
    <message>
        <source>Ticket {ticket} was sent to the ticket printer.</source>
        <translation>Pilet {ticket} saadeti piletiprinterisse.</translation>
    </message>
    <message>
        <source>{ticket} did not come after {count} calls: marked as a no-show.</source>
        <translation>{ticket} ei tulnud {count} kutse peale: märgitud mitteilmunuks.</translation>
    </message>
    <message>
        <source>Called {ticket} again (call {count}).</source>
        <translation>{ticket} kutsuti uuesti ({count}. kutse).</translation>
    </message>
    <message>
        <source>{ticket} marked as a no-show.</source>
        <translation>{ticket} märgiti mitteilmunuks.</translation>
    </message>
    <message>
        <source>{ticket} parked.</source>
        <translation>{ticket} pandi ootele.</translation>
    </message>
    <message>
        <source>{ticket} is back at the counter.</source>
        <translation>{ticket} on tagasi teenindusletis.</translation>
    </message>
    <message>
        <source>{ticket} finished: {outcome}.</source>
        <translation>{ticket} lõpetatud: {outcome}.</translation>
    </message>
    <message>
        <source>Counter {number} is open.</source>
        <translation>Teeninduslett {number} on avatud.</translation>
    </message>
    <message>
        <source>Counter {number} is closed.</source>
        <translation>Teeninduslett {number} on suletud.</translation>
    </message>
    <message>
        <source>{ticket} transferred to counter {counter}.</source>
        <translation>{ticket} suunati ümber teenindusletti {counter}.</translation>
    </message>
    <message>
        <source>{ticket} transferred to {service}.</source>
        <translation>{ticket} suunati ümber teenusele „{service}“.</translation>
    </message>
    <message>
        <source>{ticket} cancelled.</source>
        <translation>{ticket} tühistati.</translation>
    </message>
    <message>
        <source>{ticket} cancelled; {new} issued in its place.</source>
        <translation>{ticket} tühistati, selle asemel väljastati {new}.</translation>
    </message>
    <message>
        <source>Print the new ticket?</source>
        <translation>Kas trükkida uus pilet?</translation>
    </message>
    <message>
        <source>{ticket} is issued in place of the cancelled ticket. Print the new ticket for the visitor?</source>
        <translation>Tühistatud pileti asemel väljastati {ticket}. Kas trükkida külastajale uus pilet?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Trüki</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Ära trüki</translation>
    </message>
    <message>
        <source>Undone: {ticket} is at the counter again.</source>
        <translation type="vanished">Tagasi võetud: {ticket} on jälle teenindusletis.</translation>
    </message>
    <message>
        <source>Undone: {ticket} is back in the queue at its place.</source>
        <translation type="vanished">Tagasi võetud: {ticket} on jälle järjekorras oma kohal.</translation>
    </message>
    <message>
        <source>Undone: {ticket} is back in the queue at its place; {current} is at the counter again.</source>
        <translation type="vanished">Tagasi võetud: {ticket} on jälle järjekorras oma kohal, {current} on jälle teenindusletis.</translation>
    </message>
    <message>
        <source>{ticket} is back in the queue at its place by arrival.</source>
        <translation type="vanished">{ticket} on jälle järjekorras oma saabumisjärgsel kohal.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a document</source>
        <translation>Dokumendi registreerimine</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Series</source>
        <translation>Sari</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suund</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumendi liik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Received or sent by</source>
        <translation>Saabumis- või saatmisviis</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Address or e-mail</source>
        <translation>Aadress või e-post</translation>
    </message>
    <message>
        <source>Sender's number</source>
        <translation>Saatja number</translation>
    </message>
    <message>
        <source>Sender's date</source>
        <translation>Saatja kuupäev</translation>
    </message>
    <message>
        <source>Addressee (unit or person)</source>
        <translation>Adressaat (üksus või isik)</translation>
    </message>
    <message>
        <source>Addressee's address (outgoing)</source>
        <translation>Adressaadi aadress (väljaminev)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Lehti</translation>
    </message>
    <message>
        <source>Access restriction: basis</source>
        <translation>Juurdepääsupiirangu (AK) alus</translation>
    </message>
    <message>
        <source>Restricted from</source>
        <translation>Piirang alates</translation>
    </message>
    <message>
        <source>Restricted until</source>
        <translation>Piirang kuni</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>loendamata</translation>
    </message>
    <message>
        <source>e.g. AvTS § 35 lg 1 p 12</source>
        <translation>nt AvTS § 35 lg 1 p 12</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>sissetulev</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>väljaminev</translation>
    </message>
    <message>
        <source>request for information</source>
        <translation>teabenõue</translation>
    </message>
    <message>
        <source>memorandum</source>
        <translation>märgukiri</translation>
    </message>
    <message>
        <source>request for explanation</source>
        <translation>selgitustaotlus</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>application</source>
        <translation>avaldus</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu dokument</translation>
    </message>
    <message>
        <source>post</source>
        <translation>post</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>kohapeal</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Document register</source>
        <translation>Dokumendiregister</translation>
    </message>
    <message>
        <source>Save document types</source>
        <translation>Salvesta dokumendiliigid</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sarjad</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Tähis</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimetus</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Kasutusel</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Numbri muster</translation>
    </message>
    <message>
        <source>Save the series</source>
        <translation>Salvesta sari</translation>
    </message>
    <message>
        <source>{S} is the series index, {DA} the two-digit year, {DN} the running number; a digit before DN pads it with zeros: {S}/{DA}-{3DN} gives 1-2/26-021. Numbers start again from 1 each year.</source>
        <translation>{S} on sarja tähis, {DA} aasta kahe numbriga, {DN} jooksev number; DN-i ees olev number lisab jooksvale numbrile eesnullid: {S}/{DA}-{3DN} annab 1-2/26-021. Numeratsioon algab igal aastal uuesti 1-st.</translation>
    </message>
    <message>
        <source>Document types and deadlines</source>
        <translation>Dokumendiliigid ja tähtajad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ühik</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Arvestatakse alates</translation>
    </message>
    <message>
        <source>Extension to</source>
        <translation>Pikendus kuni</translation>
    </message>
    <message>
        <source>A type without a deadline leaves the deadline empty. The built-in types' names are translated; give a name to a type of the office's own.</source>
        <translation>Tähtajata liigi puhul jääb tähtaeg tühjaks. Sisseehitatud liikide nimetused tõlgitakse; esinduse enda liigile andke nimetus.</translation>
    </message>
    <message>
        <source>Add a type</source>
        <translation>Lisa liik</translation>
    </message>
    <message>
        <source>Remove the type</source>
        <translation>Eemalda liik</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>tööpäeva</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>kalendripäeva</translation>
    </message>
    <message>
        <source>months</source>
        <translation>kuud</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registreerimisest</translation>
    </message>
    <message>
        <source>the next working day</source>
        <translation>järgmisest tööpäevast</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>The document types and their deadlines are saved.</source>
        <translation>Dokumendiliigid ja nende tähtajad on salvestatud.</translation>
    </message>
    <message>
        <source>Series {index} is saved.</source>
        <translation>Sari {index} on salvestatud.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Open, by deadline</source>
        <translation>Lahtised, tähtaja järgi</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Tähtaeg 3 päeva jooksul</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Tähtaeg ületatud</translation>
    </message>
    <message>
        <source>Open, by unit</source>
        <translation>Lahtised, üksuste kaupa</translation>
    </message>
    <message>
        <source>All (search)</source>
        <translation>Kõik (otsing)</translation>
    </message>
    <message>
        <source>Outgoing post</source>
        <translation>Väljasaadetav post</translation>
    </message>
    <message>
        <source>Search numbers, titles, parties and the documents' text, then Enter</source>
        <translation>Otsi numbrist, pealkirjast, osapooltest ja dokumentide tekstist ning vajuta Enter</translation>
    </message>
    <message>
        <source>Register without a scan…</source>
        <translation>Registreeri skannimata…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreeritud</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Sender or addressee</source>
        <translation>Saatja või adressaat</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Üksus</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Leitud kohas</translation>
    </message>
    <message>
        <source>Show all documents</source>
        <translation>Näita kõiki dokumente</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Ava PDF</translation>
    </message>
    <message>
        <source>Forward by e-mail…</source>
        <translation>Edasta e-postiga…</translation>
    </message>
    <message>
        <source>Forward to a folder…</source>
        <translation>Edasta kausta…</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Märgi vastatuks</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Pikenda tähtaega</translation>
    </message>
    <message>
        <source>Print registration slip</source>
        <translation>Prindi registreerimiskaart</translation>
    </message>
    <message>
        <source>Print the post list</source>
        <translation>Prindi postinimekiri</translation>
    </message>
    <message>
        <source>Mark posted</source>
        <translation>Märgi postitatuks</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registreeritud</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>edastatud</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>vastatud</translation>
    </message>
    <message>
        <source>Your roles do not include the document register.</source>
        <translation>Teie rollid ei võimalda dokumendiregistrit kasutada.</translation>
    </message>
    <message>
        <source>The document just registered is not in this view: it has no deadline, or the view or search leaves it out.</source>
        <translation>Äsja registreeritud dokumenti selles vaates ei ole: sellel puudub tähtaeg või vaade või otsing jätab selle välja.</translation>
    </message>
    <message>
        <source>Not listed here: documents registered today without a deadline ({count}).</source>
        <translation>Siin ei ole loetletud täna registreeritud tähtajata dokumente ({count}).</translation>
    </message>
    <message>
        <source>No document found.</source>
        <translation>Ühtegi dokumenti ei leitud.</translation>
    </message>
    <message>
        <source>More than 1,000 documents match; the newest are shown. Add a word to narrow the search.</source>
        <translation>Sobivaid dokumente on üle 1000, näidatakse uuemaid. Otsingu täpsustamiseks lisage sõna.</translation>
    </message>
    <message>
        <source>Documents whose words are not searched yet, as they are still being indexed: {count}.</source>
        <translation>Dokumente, mida otsing veel ei hõlma, sest neid alles indekseeritakse: {count}.</translation>
    </message>
    <message>
        <source>Registered as {number}.</source>
        <translation>Registreeritud numbriga {number}.</translation>
    </message>
    <message>
        <source>Forward by e-mail</source>
        <translation>Edastamine e-postiga</translation>
    </message>
    <message>
        <source>E-mail address of the unit or person ({number})</source>
        <translation>Üksuse või isiku e-posti aadress ({number})</translation>
    </message>
    <message>
        <source>{number} forwarded to {address}.</source>
        <translation>{number} edastatud: {address}.</translation>
    </message>
    <message>
        <source>Forward to a folder</source>
        <translation>Edastamine kausta</translation>
    </message>
    <message>
        <source>{number} is answered.</source>
        <translation>Dokumendile {number} on vastatud.</translation>
    </message>
    <message>
        <source>The deadline of {number} is now {deadline}.</source>
        <translation>Dokumendi {number} tähtaeg on nüüd {deadline}.</translation>
    </message>
    <message>
        <source>The registration slip of {number} was sent to the printer.</source>
        <translation>Dokumendi {number} registreerimiskaart saadeti printerisse.</translation>
    </message>
    <message>
        <source>The outgoing post list was sent to the printer.</source>
        <translation>Väljasaadetava posti nimekiri saadeti printerisse.</translation>
    </message>
    <message>
        <source>Letters marked as posted: {count}.</source>
        <translation>Postitatuks märgitud kirju: {count}.</translation>
    </message>
    <message>
        <source>Search by number, title, sender or addressee, then Enter</source>
        <translation type="vanished">Otsi numbri, pealkirja, saatja või adressaadi järgi ja vajuta Enter</translation>
    </message>
    <message>
        <source>This PC has no program that shows PDF files, so the document cannot be opened here. Its file is {path}: open it on another PC, or ask IT support to install a PDF viewer.</source>
        <translation type="vanished">Selles arvutis pole PDF-failide vaatamise programmi, seega dokumenti siin avada ei saa. Selle fail on {path}: ava see teises arvutis või palu IT-toel paigaldada PDF-i vaataja.</translation>
    </message>
    <message>
        <source>request for information</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>memorandum</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>request for explanation</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>application</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Name *</source>
        <translation>Nimi *</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Isikukood</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Muu dokument</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Purpose of visit</source>
        <translation>Pöördumise põhjus</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Suunatakse</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vastuvõtja</translation>
    </message>
    <message>
        <source>Visitor's language</source>
        <translation>Külastaja keel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <source>Expected at</source>
        <translation>Oodatakse</translation>
    </message>
    <message>
        <source>11 digits, e.g. 37605030299</source>
        <translation>11 numbrit, nt 37605030299</translation>
    </message>
    <message>
        <source>Another country's document: type and number</source>
        <translation>Teise riigi dokument: liik ja number</translation>
    </message>
    <message>
        <source>Register a visitor</source>
        <translation>Registreeri külastaja</translation>
    </message>
    <message>
        <source>Read the ID card</source>
        <translation>Loe ID-kaardilt</translation>
    </message>
    <message>
        <source>Print a badge on the ticket printer</source>
        <translation>Prindi külastajakaart piletiprinteril</translation>
    </message>
    <message>
        <source>Tell the host by e-mail</source>
        <translation>Teata vastuvõtjale e-kirjaga</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registreeri</translation>
    </message>
    <message>
        <source>Save as expected</source>
        <translation>Salvesta oodatavana</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tühjenda</translation>
    </message>
    <message>
        <source>(none: the waiting area)</source>
        <translation>(puudub: ooteala)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(keegi)</translation>
    </message>
    <message>
        <source>The waiting area</source>
        <translation>Ooteala</translation>
    </message>
    <message>
        <source>Queue of service {code}: a ticket is issued</source>
        <translation>Teenuse {code} järjekord: väljastatakse järjekorrapilet</translation>
    </message>
    <message>
        <source>Specialist {name}, {unit}, room {room}</source>
        <translation>Spetsialist {name}, {unit}, ruum {room}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kuni</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Aruanne</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Rühmitus</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>seejärel</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näita</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>Joonisel</translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation>Salvesta XLSX-failina…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Salvesta CSV-failina…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Salvesta PDF-failina…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Järjekord</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Teenindusletid</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pöördumised</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>2. tasemele edastamised</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Külastajad</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Teatised</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Tabel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Aruande salvestamine</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvestatud: {path}</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>My results</source>
        <translation>Minu tulemused</translation>
    </message>
    <message>
        <source>Whose results:</source>
        <translation>Kelle tulemused:</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Minu omad</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Eesmärgid…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Värskenda</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Täna</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>See nädal</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>See kuu</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Office median</source>
        <translation>Esinduse mediaan</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Teenindatud</translation>
    </message>
    <message>
        <source>Handling time, min</source>
        <translation>Teenindusaeg, min</translation>
    </message>
    <message>
        <source>Service level of my calls</source>
        <translation>Minu kutsete teenindustase</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pöördumised</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; — outcomes: {outcomes}; contacts by channel: {channels}</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; — tulemused: {outcomes}; pöördumised kanalite kaupa: {channels}</translation>
    </message>
    <message>
        <source>My results were last read by: {readers}</source>
        <translation>Minu tulemusi vaatasid viimati: {readers}</translation>
    </message>
    <message>
        <source>served</source>
        <translation>teenindatud</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>suunatud edasi</translation>
    </message>
    <message>
        <source>documents missing</source>
        <translation>dokumendid puudu</translation>
    </message>
    <message>
        <source>not our service</source>
        <translation>pole meie teenus</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>lett</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>web chat</source>
        <translation>veebivestlus</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>kiri</translation>
    </message>
    <message>
        <source>Served per day</source>
        <translation>Teenindatud päevas</translation>
    </message>
    <message>
        <source>Mean handling time, min</source>
        <translation>Keskmine teenindusaeg, min</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>The last four weeks</source>
        <translation>Viimased neli nädalat</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Säilitamine</translation>
    </message>
    <message>
        <source>Tickets kept for (days)</source>
        <translation>Järjekorrapiletite säilitusaeg (päeva)</translation>
    </message>
    <message>
        <source>Visitor data kept for (days)</source>
        <translation>Külastajate andmete säilitusaeg (päeva)</translation>
    </message>
    <message>
        <source>Contacts' client data and notes kept for (days)</source>
        <translation>Pöördumiste kliendiandmeid ja märkusi hoitakse (päeva)</translation>
    </message>
    <message>
        <source>Visitor data is kept for the period of its purpose of visit where one is set, otherwise for the period above; then names, codes and contacts are removed and only counts remain.</source>
        <translation>Külastaja andmeid säilitatakse külastuse eesmärgile määratud aja, selle puudumisel ülal toodud aja; seejärel kustutatakse nimed, isikukoodid ja kontaktid ning alles jäävad ainult arvud.</translation>
    </message>
    <message>
        <source>The retention periods are saved.</source>
        <translation>Säilitusajad on salvestatud.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scanning (this PC)</source>
        <translation>Skannimine (see arvuti)</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Skanner</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Eraldusvõime</translation>
    </message>
    <message>
        <source>Scan in</source>
        <translation>Värvirežiim</translation>
    </message>
    <message>
        <source>Scan from</source>
        <translation>Allikas</translation>
    </message>
    <message>
        <source>Scan folder</source>
        <translation>Skannimiskaust</translation>
    </message>
    <message>
        <source>Printer of registration slips</source>
        <translation>Registreerimiskaartide printer</translation>
    </message>
    <message>
        <source>sane:DEVICE or escl:http://192.168.1.20/eSCL (empty: choose when scanning)</source>
        <translation>sane:SEADE või escl:http://192.168.1.20/eSCL (tühi: vali skannimisel)</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>halltoonid</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>värviline</translation>
    </message>
    <message>
        <source>the document feeder</source>
        <translation>dokumendisöötur</translation>
    </message>
    <message>
        <source>the flatbed</source>
        <translation>skanneri klaas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>A folder a multifunction printer scans into, often a network share</source>
        <translation>Kaust, kuhu multifunktsionaalne printer skannib, sageli võrgukaust</translation>
    </message>
    <message>
        <source>A CUPS queue (empty: the system's default printer)</source>
        <translation>CUPS-i järjekord (tühi: süsteemi vaikeprinter)</translation>
    </message>
    <message>
        <source>Add a text layer (OCR) to registered documents</source>
        <translation>Lisa registreeritud dokumentidele tekstikiht (OCR)</translation>
    </message>
    <message>
        <source>Files in the scan folder are taken once they stop growing, moved to its “taken” folder and never deleted; a file that cannot be read goes to its “failed” folder with the reason.</source>
        <translation>Skannimiskaustas olevad failid võetakse vastu, kui nende suurus enam ei kasva, ja tõstetakse selle alamkausta „taken“; neid ei kustutata kunagi. Fail, mida ei saa lugeda, tõstetakse koos põhjusega alamkausta „failed“.</translation>
    </message>
    <message>
        <source>The scan folder {folder} does not exist or cannot be reached.</source>
        <translation>Skannimiskausta {folder} ei ole või see ei ole kättesaadav.</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Seadeid ei saa salvestada: {detail}</translation>
    </message>
    <message>
        <source>The scanning settings of this PC are saved.</source>
        <translation>Selle arvuti skannimisseaded on salvestatud.</translation>
    </message>
</context>
<context>
    <name>ScanSources</name>
    <message>
        <source>Scanner</source>
        <translation>Skanner</translation>
    </message>
    <message>
        <source>Find scanners</source>
        <translation>Otsi skannereid</translation>
    </message>
    <message>
        <source>Network scanner…</source>
        <translation>Võrguskanner…</translation>
    </message>
    <message>
        <source>A network (eSCL / AirScan) scanner by its address, e.g. 192.168.1.20</source>
        <translation>Võrguskanner (eSCL / AirScan) aadressi järgi, nt 192.168.1.20</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Värviline</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Dokumendisöötur</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Skanni</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Peata</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Impordi failid…</translation>
    </message>
    <message>
        <source>PDF, TIFF, JPEG or PNG; or drop files here</source>
        <translation>PDF, TIFF, JPEG või PNG; või lohistage failid siia</translation>
    </message>
    <message>
        <source>Separator sheet…</source>
        <translation>Eraldusleht…</translation>
    </message>
    <message>
        <source>A sheet to print and put in front of each document of a pile: the scan is split into documents where it is</source>
        <translation>Leht, mis prinditakse ja pannakse virnas iga dokumendi ette: skannitud lehed jagatakse selle kohalt dokumentideks</translation>
    </message>
    <message>
        <source>(press “Find scanners”)</source>
        <translation>(vajutage „Otsi skannereid“)</translation>
    </message>
    <message>
        <source>Network scanner</source>
        <translation>Võrguskanner</translation>
    </message>
    <message>
        <source>Address of the scanner</source>
        <translation>Skanneri aadress</translation>
    </message>
    <message>
        <source>Scan folder: {folder}</source>
        <translation>Skannimiskaust: {folder}</translation>
    </message>
</context>
<context>
    <name>ScanTab</name>
    <message>
        <source>Your roles do not include registering documents.</source>
        <translation>Teie rollid ei võimalda dokumente registreerida.</translation>
    </message>
    <message>
        <source>The register has no series yet: an administrator adds them in Configuration → Document register.</source>
        <translation>Dokumendiregistris ei ole veel ühtegi sarja: administraator lisab need menüüs Seadistus → Dokumendiregister.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registreeri</translation>
    </message>
    <message>
        <source>Add a text layer (OCR) in the background</source>
        <translation>Lisa taustal tekstikiht (OCR)</translation>
    </message>
    <message>
        <source>Print a registration slip</source>
        <translation>Prindi registreerimiskaart</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Skannerite otsimine…</translation>
    </message>
    <message>
        <source>Scanners found: {count}</source>
        <translation>Leitud skannereid: {count}</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is on and connected, or give a network scanner's address.</source>
        <translation>Ühtegi skannerit ei leitud. Kontrollige, et skanner on sisse lülitatud ja ühendatud, või sisestage võrguskanneri aadress.</translation>
    </message>
    <message>
        <source>Choose a scanner first (“Find scanners”).</source>
        <translation>Valige kõigepealt skanner („Otsi skannereid“).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Skannimine…</translation>
    </message>
    <message>
        <source>Scanning… pages so far: {count}</source>
        <translation>Skannimine… lehekülgi seni: {count}</translation>
    </message>
    <message>
        <source>Pages scanned: {count}.</source>
        <translation>Skannitud lehekülgi: {count}.</translation>
    </message>
    <message>
        <source>The scanner gave no pages: is there paper in it?</source>
        <translation>Skanner ei andnud ühtegi lehekülge: kas paber on sees?</translation>
    </message>
    <message>
        <source>The pages scanned before are kept.</source>
        <translation>Varem skannitud leheküljed on alles.</translation>
    </message>
    <message>
        <source>Choose the one page to scan again.</source>
        <translation>Valige üks lehekülg, mida uuesti skannida.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Failide importimine</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Dokumendid ({patterns})</translation>
    </message>
    <message>
        <source>Reading files: {count}…</source>
        <translation>Failide lugemine: {count}…</translation>
    </message>
    <message>
        <source>Documents added: {count}</source>
        <translation>Lisatud dokumente: {count}</translation>
    </message>
    <message>
        <source>Save the separator sheet</source>
        <translation>Eralduslehe salvestamine</translation>
    </message>
    <message>
        <source>Separator sheet saved: {path}. Print it and put a copy in front of each document.</source>
        <translation>Eraldusleht salvestatud: {path}. Printige see välja ja pange üks eksemplar iga dokumendi ette.</translation>
    </message>
    <message>
        <source>Documents from the scan folder: {count}</source>
        <translation>Dokumente skannimiskaustast: {count}</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registreerimine…</translation>
    </message>
    <message>
        <source>Registered as {number}; deadline {deadline}.</source>
        <translation>Registreeritud numbriga {number}; tähtaeg {deadline}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>Register (the register has no series yet)</source>
        <translation>Registreeri (registris pole veel sarju)</translation>
    </message>
    <message>
        <source>An administrator adds the register's series in Configuration → Document register.</source>
        <translation>Administraator lisab registri sarjad menüüs Seadistus → Dokumendiregister.</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>Scorecards</source>
        <translation>Hindamisvormid</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osa</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Kaal</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kriitiline</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Lisa küsimus</translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation>Eemalda valitud küsimus</translation>
    </message>
    <message>
        <source>Stop using this form</source>
        <translation>Lõpeta selle vormi kasutamine</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Vorm:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Pealkiri:</translation>
    </message>
    <message>
        <source>A form already used for evaluations is saved as a new form; the evaluations keep the one they were made on.</source>
        <translation>Juba kasutatud vorm salvestatakse uue vormina; tehtud hindamised jäävad vormile, millega need tehti.</translation>
    </message>
    <message>
        <source>A new form</source>
        <translation>Uus vorm</translation>
    </message>
    <message>
        <source>The form is saved.</source>
        <translation>Vorm on salvestatud.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sync server</source>
        <translation>Sünkroonimisserver</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Ühenda</translation>
    </message>
    <message>
        <source>Connect this PC to a server</source>
        <translation>Selle arvuti ühendamine serveriga</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveri aadress</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Registreerimiskood</translation>
    </message>
    <message>
        <source>Certificate authority file (optional)</source>
        <translation>Sertifitseerimiskeskuse fail (soovi korral)</translation>
    </message>
    <message>
        <source>This PC is connected to {url} as a {role} PC. It sends its changes there and receives the office's; the status bar shows how sync goes.</source>
        <translation>See arvuti on ühendatud serveriga {url} rollis {role}. Arvuti saadab oma muudatused sinna ja saab büroo omad; olekuribal on näha, kuidas sünkroonimine läheb.</translation>
    </message>
    <message>
        <source>This PC works alone: its data stays in its own store. To work with other PCs of the office, ask the server's administrator for an enrollment code (lett server enroll) and connect.</source>
        <translation>See arvuti töötab üksi: andmed jäävad arvuti enda andmebaasi. Et töötada koos büroo teiste arvutitega, küsige serveri haldurilt registreerimiskoodi (lett server enroll) ja ühendage.</translation>
    </message>
    <message>
        <source>Connected. Restart Lett to work with the server.</source>
        <translation>Ühendatud. Serveriga töötamiseks käivitage Lett uuesti.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Teenused</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Täht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Sihtooteaeg</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Päevane piirang</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Pakutakse</translation>
    </message>
    <message>
        <source>Name in Estonian</source>
        <translation>Nimi eesti keeles</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Nimi vene keeles</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi inglise keeles</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Värv</translation>
    </message>
    <message>
        <source>Target wait (min)</source>
        <translation>Sihtooteaeg (min)</translation>
    </message>
    <message>
        <source>Priority aging (min)</source>
        <translation>Eelisjärjekorda tõstmine pärast (min)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ajad</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>piiranguta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>puudub</translation>
    </message>
    <message>
        <source>Its own hours (otherwise the office's)</source>
        <translation>Oma lahtiolekuajad (muidu büroo omad)</translation>
    </message>
    <message>
        <source>Visitors can take tickets for it</source>
        <translation>Külastajad saavad sellele piletit võtta</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Vali…</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Uus teenus</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eemalda</translation>
    </message>
    <message>
        <source>Service {letter}</source>
        <translation>Teenus {letter}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>The service is saved.</source>
        <translation>Teenus on salvestatud.</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Teenuse eemaldamine</translation>
    </message>
    <message>
        <source>Remove service {letter}? Visitors can no longer take tickets for it; its past tickets are kept.</source>
        <translation>Kas eemaldada teenus {letter}? Külastajad ei saa sellele enam piletit võtta; varasemad piletid säilivad.</translation>
    </message>
    <message>
        <source>The service is removed.</source>
        <translation>Teenus on eemaldatud.</translation>
    </message>
</context>
<context>
    <name>SetupAdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Esimene administraator</translation>
    </message>
    <message>
        <source>The account that signs in first. It holds every staff role and adds the other staff accounts.</source>
        <translation>Konto, millega sisse logitakse esimesena. Sellel on kõik töötaja rollid ja sellega lisatakse teiste töötajate kontod.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Kasutajanimi:</translation>
    </message>
    <message>
        <source>e.g. mari</source>
        <translation>nt mari</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>e.g. Mari Maasikas</source>
        <translation>nt Mari Maasikas</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parool:</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>vähemalt 10 märki</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Parool uuesti:</translation>
    </message>
</context>
<context>
    <name>SetupOfficePage</name>
    <message>
        <source>Office</source>
        <translation>Esindus</translation>
    </message>
    <message>
        <source>This data folder has no office yet. Tell Lett about the office it serves; everything here can be changed later.</source>
        <translation>Selles andmekaustas ei ole veel esindust. Kirjeldage esindust, mida Lett teenindab; kõike siin saab hiljem muuta.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Keel:</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Esinduse nimi:</translation>
    </message>
    <message>
        <source>e.g. Tartu teenindusbüroo</source>
        <translation>nt Tartu teenindusbüroo</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>Esinduse kood:</translation>
    </message>
    <message>
        <source>e.g. TARTU (letters A–Z, digits, - and _)</source>
        <translation>nt TARTU (tähed A–Z, numbrid, - ja _)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Aadress:</translation>
    </message>
    <message>
        <source>Registry code:</source>
        <translation>Registrikood:</translation>
    </message>
    <message>
        <source>8 digits; may be left empty</source>
        <translation>8 numbrit; võib jätta tühjaks</translation>
    </message>
</context>
<context>
    <name>SetupPrinterPage</name>
    <message>
        <source>Ticket printer</source>
        <translation>Piletiprinter</translation>
    </message>
    <message>
        <source>The printer of this PC's kiosk. Print a test ticket to see that it works.</source>
        <translation>Selle arvuti piletiautomaadi printer. Printige proovipilet, et näha, kas see töötab.</translation>
    </message>
    <message>
        <source>Printer address:</source>
        <translation>Printeri aadress:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Paber:</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Proovitrükk</translation>
    </message>
    <message>
        <source>Addresses: tcp://HOST:PORT (network), usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, file:///PATH, cups://QUEUE. Leave it empty when this PC has no ticket printer.</source>
        <translation>Aadressid: tcp://HOST:PORT (võrk), usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, file:///TEE, cups://JÄRJEKORD. Jätke tühjaks, kui selle arvutiga ei ole piletiprinterit ühendatud.</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Proovipileti printimine…</translation>
    </message>
    <message>
        <source>Printed: a test ticket came out. Check that its Estonian and Russian letters are right.</source>
        <translation>Prinditud: proovipilet tuli välja. Kontrollige, kas eesti ja vene tähed on sellel õiged.</translation>
    </message>
    <message>
        <source>Paper out: the printer answered that it has no paper. Put in a new roll and try again.</source>
        <translation>Paber on otsas: printer vastas, et tal ei ole paberit. Pange uus rull sisse ja proovige uuesti.</translation>
    </message>
    <message>
        <source>The printer answered that its cover is open. Close it and try again.</source>
        <translation>Printer vastas, et selle kaas on lahti. Sulgege kaas ja proovige uuesti.</translation>
    </message>
    <message>
        <source>The printer answered that it is not ready. Check its lights and buttons, then try again.</source>
        <translation>Printer vastas, et ta ei ole valmis. Kontrollige selle tulesid ja nuppe ning proovige uuesti.</translation>
    </message>
    <message>
        <source>Unreachable: no printer answers at {uri}. Check the address, the cable or network, and that the printer is on.</source>
        <translation>Kättesaamatu: aadressil {uri} ei vasta ükski printer. Kontrollige aadressi, kaablit või võrku ja seda, et printer oleks sisse lülitatud.</translation>
    </message>
    <message>
        <source>The test ticket could not be printed. Check the printer and try again.</source>
        <translation>Proovipiletit ei õnnestunud printida. Kontrollige printerit ja proovige uuesti.</translation>
    </message>
</context>
<context>
    <name>SetupServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Teenused</translation>
    </message>
    <message>
        <source>The services visitors take tickets for: a letter and the name in Estonian, Russian and English. One counter serving them all is made with them.</source>
        <translation>Teenused, millele külastajad järjekorrapileti võtavad: täht ning nimi eesti, vene ja inglise keeles. Koos nendega luuakse üks teeninduslett, mis teenindab neid kõiki.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Täht</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Eesti keeles</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Vene keeles</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglise keeles</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Lisa teenus</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Eemalda teenus</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Lett – set up a new office</source>
        <translation>Lett – uue esinduse seadistamine</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Tagasi</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Edasi &gt;</translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation>Seadista esindus</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Setting up the office…</source>
        <translation>Esinduse seadistamine…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Lett – sign in</source>
        <translation>Lett – sisselogimine</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Töötaja sisselogimine</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Keel:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Kasutajanimi:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Parool:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logi sisse</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Sünkrooni kohe</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sünkroonin…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pole veel sünkroonitud</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Võrgus</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Võrguta</translation>
    </message>
    <message>
        <source>this PC's data was restored or copied: connect it again</source>
        <translation>selle arvuti andmed on taastatud või kopeeritud: ühendage uuesti</translation>
    </message>
    <message>
        <source>waiting to send: {n}</source>
        <translation>saatmise ootel: {n}</translation>
    </message>
    <message>
        <source>files waiting: {n}</source>
        <translation>ootel faile: {n}</translation>
    </message>
    <message>
        <source>synced {time}</source>
        <translation>sünkroonitud {time}</translation>
    </message>
    <message>
        <source>This PC's clock is {n} min ahead of the server's: its changes are refused. Set the PC's date and time right.</source>
        <translation>Selle arvuti kell on serveri omast {n} min ees: selle muudatused lükatakse tagasi. Seadke arvuti kuupäev ja kellaaeg õigeks.</translation>
    </message>
    <message>
        <source>clock wrong</source>
        <translation>kell vale</translation>
    </message>
    <message>
        <source>refused: {n}</source>
        <translation>tagasi lükatud: {n}</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Muudatused, mille server tagasi lükkas</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Pole</translation>
    </message>
</context>
<context>
    <name>TellClientDialog</name>
    <message>
        <source>Tell the client and close</source>
        <translation>Teata kliendile ja sulge</translation>
    </message>
    <message>
        <source>{summary} – {status}</source>
        <translation>{summary} – {status}</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>E-postiga</translation>
    </message>
    <message>
        <source>By e-mail (the contact has no address)</source>
        <translation>E-postiga (pöördumisel pole aadressi)</translation>
    </message>
    <message>
        <source>I phoned the client</source>
        <translation>Helistasin kliendile</translation>
    </message>
    <message>
        <source>To: {address} (in the client's language)</source>
        <translation>Saaja: {address} (kliendi keeles)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Note for the contact</source>
        <translation>Märkus pöördumisele</translation>
    </message>
    <message>
        <source>Tell and close</source>
        <translation>Teata ja sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>TemplatesListPage</name>
    <message>
        <source>Notice templates</source>
        <translation type="vanished">Teatiste mallid</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>Uus mall</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>Malli tunnus</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Väljad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Kohustuslik</translation>
    </message>
    <message>
        <source>Label (et)</source>
        <translation>Silt (et)</translation>
    </message>
    <message>
        <source>Label (ru)</source>
        <translation>Silt (ru)</translation>
    </message>
    <message>
        <source>Label (en)</source>
        <translation>Silt (en)</translation>
    </message>
    <message>
        <source>Choices (value: et | ru | en; …)</source>
        <translation>Valikud (väärtus: et | ru | en; …)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Üksikasjad…</translation>
    </message>
    <message>
        <source>All of the chosen field's properties: its labels in every language, whether it is required, its choices</source>
        <translation>Valitud välja kõik omadused: silt igas keeles, kas väli on kohustuslik, valikud</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Lisa väli</translation>
    </message>
    <message>
        <source>Remove the field</source>
        <translation>Eemalda väli</translation>
    </message>
    <message>
        <source>Write each field's name in curly brackets where its value goes, in all three texts. Also available: {office_name}, {office_address}, {office_registry_code}, {registry_number}, {date}, {issued_by}. A paragraph that starts with # is a heading.</source>
        <translation>Kirjutage iga välja nimi loogelistes sulgudes sinna, kuhu tuleb selle väärtus, kõigisse kolme teksti. Kasutada saab ka: {office_name}, {office_address}, {office_registry_code}, {registry_number}, {date}, {issued_by}. Lõik, mis algab märgiga #, on vahepealkiri.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Salvesta uue versioonina</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioonid</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>pikk tekst</translation>
    </message>
    <message>
        <source>date</source>
        <translation>kuupäev</translation>
    </message>
    <message>
        <source>personal identification code</source>
        <translation>isikukood</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>valik</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-posti aadress</translation>
    </message>
    <message>
        <source>Template versions saved on this PC before are now the office's: {versions}.</source>
        <translation>Selles arvutis varem salvestatud mallide versioonid on nüüd kogu esinduse omad: {versions}.</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(kasutusest kõrvaldatud)</translation>
    </message>
    <message>
        <source>v{version}, built in</source>
        <translation>v{version}, sisseehitatud</translation>
    </message>
    <message>
        <source>v{version}, {who}, {when}</source>
        <translation>v{version}, {who}, {when}</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(kasutusel)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Taasta see versioon</translation>
    </message>
    <message>
        <source>Withdraw this version</source>
        <translation>Kõrvalda see versioon kasutusest</translation>
    </message>
    <message>
        <source>Version {version} is offered again.</source>
        <translation>Versioon {version} on jälle kasutusel.</translation>
    </message>
    <message>
        <source>Version {version} is withdrawn: it is no longer offered for new notices.</source>
        <translation>Versioon {version} on kasutusest kõrvaldatud: uute teatiste jaoks seda enam ei pakuta.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>versioon {version}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uus</translation>
    </message>
    <message>
        <source>The template is complete: every field is in all three texts.</source>
        <translation>Mall on terviklik: iga väli on kõigis kolmes tekstis.</translation>
    </message>
    <message>
        <source>Saved as version {version}; new notices use it at every PC of the office.</source>
        <translation>Salvestatud versioonina {version}; uued teatised kasutavad seda esinduse igas arvutis.</translation>
    </message>
    <message>
        <source>{count} template versions saved on this PC before were taken into the office's templates.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Saved as version {version} in {path}.</source>
        <translation type="vanished">Salvestatud versioonina {version} faili {path}.</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Contact topics</source>
        <translation>Pöördumiste teemad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimetus</translation>
    </message>
    <message>
        <source>Default for service</source>
        <translation>Teenuse vaiketeema</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Nimetus vene keeles</translation>
    </message>
    <message>
        <source>Name in Estonian</source>
        <translation>Nimetus eesti keeles</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimetus inglise keeles</translation>
    </message>
    <message>
        <source>Under the topic</source>
        <translation>Ülemteema</translation>
    </message>
    <message>
        <source>Default topic of service</source>
        <translation>Teenuse vaiketeema</translation>
    </message>
    <message>
        <source>e.g. pension-abroad</source>
        <translation>nt pension-abroad</translation>
    </message>
    <message>
        <source>Withdraw chosen</source>
        <translation>Võta valitud kasutuselt</translation>
    </message>
    <message>
        <source>Save the topic</source>
        <translation>Salvesta teema</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(ülemine tase)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(puudub)</translation>
    </message>
    <message>
        <source>The topic is saved.</source>
        <translation>Teema on salvestatud.</translation>
    </message>
    <message>
        <source>The topic is withdrawn; contacts about it keep it.</source>
        <translation>Teema on kasutuselt võetud; selle pöördumised jäävad teemaga alles.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {ticket}</source>
        <translation>Suuna ümber: {ticket}</translation>
    </message>
    <message>
        <source>Send the visitor to another service's queue, to a counter, or both. The ticket keeps its number.</source>
        <translation>Suunake külastaja teise teenuse järjekorda, kindlasse teenindusletti või mõlemat. Järjekorranumber jääb samaks.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Teenus:</translation>
    </message>
    <message>
        <source>Any counter of the service</source>
        <translation>Teenuse mis tahes teeninduslett</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Teeninduslett {number}</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Teeninduslett:</translation>
    </message>
    <message>
        <source>Place in the queue:</source>
        <translation>Koht järjekorras:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Suuna ümber</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and roles</source>
        <translation>Kasutajad ja rollid</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollid</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Uus kasutaja</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Lähtesta parool</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Lülita sisse</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Lülita välja</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>välja lülitatud</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>lukustatud</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>One-time password of {user}: {password}
Give it to them; they choose their own at the first sign-in. It is not shown again.</source>
        <translation>Kasutaja {user} ühekordne parool: {password}
Andke see kasutajale; esimesel sisselogimisel valib ta endale oma parooli. Seda parooli rohkem ei näidata.</translation>
    </message>
    <message>
        <source>The user is added.</source>
        <translation>Kasutaja on lisatud.</translation>
    </message>
    <message>
        <source>The roles are saved.</source>
        <translation>Rollid on salvestatud.</translation>
    </message>
    <message>
        <source>The password is reset.</source>
        <translation>Parool on lähtestatud.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvestatud.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Open in another program</source>
        <translation>Ava muus programmis</translation>
    </message>
    <message>
        <source>Open the PDF in this PC's own PDF viewer</source>
        <translation>Ava PDF selle arvuti oma PDF-vaaturis</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>{title} – Lett</source>
        <translation>{title} – Lett</translation>
    </message>
    <message>
        <source>Document – Lett</source>
        <translation>Dokument – Lett</translation>
    </message>
    <message>
        <source>This PC has no other program that shows PDF files; the document is shown here. Its file is {path}.</source>
        <translation>Selles arvutis ei ole muud PDF-failide vaatamise programmi; dokument on näha siin. Selle fail on {path}.</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation>Külastajad</translation>
    </message>
    <message>
        <source>Check everyone out at</source>
        <translation>Kõigi väljaregistreerimine kell</translation>
    </message>
    <message>
        <source>Empty: visitors still in are checked out at the start of the next day.</source>
        <translation>Tühi: majja jäänud külastajad registreeritakse välja järgmise päeva alguses.</translation>
    </message>
    <message>
        <source>Purposes of visit</source>
        <translation>Külastuse eesmärgid</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kood</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Suunab</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>Säilitus (päeva)</translation>
    </message>
    <message>
        <source>Name in Estonian</source>
        <translation>Nimi eesti keeles</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Nimi vene keeles</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi inglise keeles</translation>
    </message>
    <message>
        <source>Service or person</source>
        <translation>Teenus või isik</translation>
    </message>
    <message>
        <source>Visitor data kept for (days)</source>
        <translation>Külastaja andmete säilitusaeg (päeva)</translation>
    </message>
    <message>
        <source>a service queue</source>
        <translation>teenuse järjekorda</translation>
    </message>
    <message>
        <source>a specialist</source>
        <translation>spetsialisti juurde</translation>
    </message>
    <message>
        <source>the waiting area</source>
        <translation>ooteruumi</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>Lisa eesmärk</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Eemalda valitud</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Spetsialistid</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Üksus</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruum</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Add specialist</source>
        <translation>Lisa spetsialist</translation>
    </message>
    <message>
        <source>Watch list (the desk is alerted on a near match)</source>
        <translation>Jälgimisnimekiri (valvelauda hoiatatakse ka sarnase nime korral)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Lisaja</translation>
    </message>
    <message>
        <source>Add to the watch list</source>
        <translation>Lisa jälgimisnimekirja</translation>
    </message>
    <message>
        <source>Save the check-out time</source>
        <translation>Salvesta väljaregistreerimise aeg</translation>
    </message>
    <message>
        <source>The name is on the watch list.</source>
        <translation>Nimi on lisatud jälgimisnimekirja.</translation>
    </message>
    <message>
        <source>The name is taken off the watch list.</source>
        <translation>Nimi on jälgimisnimekirjast eemaldatud.</translation>
    </message>
    <message>
        <source>The check-out time is saved.</source>
        <translation>Väljaregistreerimise aeg on salvestatud.</translation>
    </message>
    <message>
        <source>Choose where the purpose leads.</source>
        <translation>Valige, kuhu eesmärk suunab.</translation>
    </message>
    <message>
        <source>The purpose of visit is added.</source>
        <translation>Külastuse eesmärk on lisatud.</translation>
    </message>
    <message>
        <source>The specialist is added.</source>
        <translation>Spetsialist on lisatud.</translation>
    </message>
    <message>
        <source>The purpose of visit is removed.</source>
        <translation>Külastuse eesmärk on eemaldatud.</translation>
    </message>
    <message>
        <source>The specialist is removed.</source>
        <translation>Spetsialist on eemaldatud.</translation>
    </message>
</context>
<context>
    <name>VisitorsTab</name>
    <message>
        <source>Scan a badge to check out:</source>
        <translation>Lahkumiseks skanni külastajakaart:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Registreeri lahkunuks</translation>
    </message>
    <message>
        <source>Show personal code</source>
        <translation>Näita isikukoodi</translation>
    </message>
    <message>
        <source>Usage records of this personal code (JSON)</source>
        <translation>Selle isikukoodi andmekasutuse kirjed (JSON)</translation>
    </message>
    <message>
        <source>Badge as PDF</source>
        <translation>Külastajakaart PDF-ina</translation>
    </message>
    <message>
        <source>Print evacuation list</source>
        <translation>Prindi evakuatsiooninimekiri</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Registreeri saabunuks</translation>
    </message>
    <message>
        <source>Import expected visitors…</source>
        <translation>Impordi oodatavad külastajad…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Otsi</translation>
    </message>
    <message>
        <source>from</source>
        <translation>ajavahemikus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Isikukood</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>In the building</source>
        <translation>Majas</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Täna oodatakse</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Varasemad külastused</translation>
    </message>
    <message>
        <source>Read from the ID card: {name}.</source>
        <translation>ID-kaardilt loetud: {name}.</translation>
    </message>
    <message>
        <source>{name} is registered. Ticket {number}: please wait to be called.</source>
        <translation>{name} on registreeritud. Järjekorranumber {number}: palun oodake väljakutset.</translation>
    </message>
    <message>
        <source>{name} is registered. Host: {host}, room {room}.</source>
        <translation>{name} on registreeritud. Vastuvõtja: {host}, ruum {room}.</translation>
    </message>
    <message>
        <source>{name} is registered. Please take a seat in the waiting area.</source>
        <translation>{name} on registreeritud. Palun oodake ootealas.</translation>
    </message>
    <message>
        <source>Watch list: {name} is close to the listed name “{listed}”. {reason}</source>
        <translation>Jälgimisnimekiri: {name} sarnaneb nimekirjas oleva nimega „{listed}“. {reason}</translation>
    </message>
    <message>
        <source>The host was told by e-mail ({address}).</source>
        <translation>Vastuvõtjale saadeti e-kiri ({address}).</translation>
    </message>
    <message>
        <source>{name} is expected at {time}.</source>
        <translation>{name} on oodatud {time}.</translation>
    </message>
    <message>
        <source>The badge could not be printed: {reason}</source>
        <translation>Külastajakaarti ei õnnestunud printida: {reason}</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>KÜLASTAJA</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>Vastuvõtja: {host}</translation>
    </message>
    <message>
        <source>waiting area</source>
        <translation>ooteala</translation>
    </message>
    <message>
        <source>Your roles do not include the reception desk: visitors' data is not shown.</source>
        <translation>Teie rollide hulgas pole infoletti: külastajate andmeid ei näidata.</translation>
    </message>
    <message>
        <source>In the building ({count})</source>
        <translation>Majas ({count})</translation>
    </message>
    <message>
        <source>Choose a visitor in the list first.</source>
        <translation>Valige esmalt nimekirjast külastaja.</translation>
    </message>
    <message>
        <source>{name} has left the building.</source>
        <translation>{name} lahkus majast.</translation>
    </message>
    <message>
        <source>Import expected visitors</source>
        <translation>Oodatavate külastajate import</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;All files (*)</source>
        <translation>Kalendrid ja tabelid (*.ics *.csv);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Expected visitors imported: {count}.</source>
        <translation>Imporditud oodatavaid külastajaid: {count}.</translation>
    </message>
    <message>
        <source>No personal code was recorded for this visitor.</source>
        <translation>Sellel külastajal isikukoodi ei ole.</translation>
    </message>
    <message>
        <source>Type the person's personal code first.</source>
        <translation>Sisestage esmalt isiku isikukood.</translation>
    </message>
    <message>
        <source>The usage records are saved as {path}.</source>
        <translation>Andmekasutuse kirjed on salvestatud: {path}.</translation>
    </message>
    <message>
        <source>No past visits found, but {name} is in the building now: see “In the building”.</source>
        <translation>Varasemaid külastusi ei leitud, kuid {name} on praegu majas: vaata „Majas“.</translation>
    </message>
    <message>
        <source>No visits found.</source>
        <translation>Külastusi ei leitud.</translation>
    </message>
    <message>
        <source>Evacuation list</source>
        <translation>Evakuatsiooninimekiri</translation>
    </message>
    <message>
        <source>Visitors in the building: {count}</source>
        <translation>Külastajaid majas: {count}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vastuvõtja</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Saabus</translation>
    </message>
    <message>
        <source>No visitors are in the building.</source>
        <translation>Majas pole külastajaid.</translation>
    </message>
    <message>
        <source>The evacuation list is saved as {path}.</source>
        <translation>Evakuatsiooninimekiri on salvestatud: {path}.</translation>
    </message>
    <message>
        <source>The evacuation list is printed ({job}) and saved as {path}.</source>
        <translation>Evakuatsiooninimekiri on trükitud ({job}) ja salvestatud faili {path}.</translation>
    </message>
    <message>
        <source>The evacuation list could not be printed. {detail} It is saved as {path}: print it from another PC or read it from the screen.</source>
        <translation>Evakuatsiooninimekirja ei saanud printida. {detail} See on salvestatud failina {path}: prindi see teisest arvutist või loe ekraanilt.</translation>
    </message>
    <message>
        <source>The badge is saved as {path}.</source>
        <translation>Külastajakaart on salvestatud: {path}.</translation>
    </message>
    <message>
        <source>This PC has no program that shows PDF files, so the evacuation list is not shown on the screen. It is saved as {path}.</source>
        <translation type="vanished">Selles arvutis pole PDF-failide vaatamise programmi, seega evakuatsiooninimekirja ekraanil ei näidata. See on salvestatud failina {path}.</translation>
    </message>
    <message>
        <source>The evacuation list is saved as {path}, but it could not be printed: {detail}</source>
        <translation type="vanished">Evakuatsiooninimekiri on salvestatud faili {path}, kuid seda ei saanud trükkida: {detail}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Lett cannot start</source>
        <translation>Lett ei saa käivituda</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>counter</source>
        <translation>lett</translation>
    </message>
    <message>
        <source>info_desk</source>
        <translation>infolett</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>veebivestlus</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>kiri</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Current password of {user}: </source>
        <translation>Kasutaja {user} praegune parool: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Uus parool: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Uus parool uuesti: </translation>
    </message>
    <message>
        <source>Password of “{user}” changed.</source>
        <translation>Kasutaja „{user}“ parool on muudetud.</translation>
    </message>
    <message>
        <source>Account “{user}” added. Its first password, shown only now: {password}. It is changed at the first sign-in.</source>
        <translation>Konto „{user}“ on lisatud. Selle esimene parool, mida näidatakse ainult praegu: {password}. See tuleb esimesel sisselogimisel ära muuta.</translation>
    </message>
    <message>
        <source>New password of “{user}”, shown only now: {password}. It is changed at the next sign-in.</source>
        <translation>Kasutaja „{user}“ uus parool, mida näidatakse ainult praegu: {password}. See tuleb järgmisel sisselogimisel ära muuta.</translation>
    </message>
    <message>
        <source>“{user}” has the roles: {roles}.</source>
        <translation>Kasutaja „{user}“ rollid: {roles}.</translation>
    </message>
    <message>
        <source>Account “{user}” is switched on.</source>
        <translation>Konto „{user}“ on sisse lülitatud.</translation>
    </message>
    <message>
        <source>Account “{user}” is switched off.</source>
        <translation>Konto „{user}“ on välja lülitatud.</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>välja lülitatud</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>lukus kuni {time}</translation>
    </message>
    <message>
        <source>password to be changed</source>
        <translation>parool vaja muuta</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivne</translation>
    </message>
    <message>
        <source>Cannot use {path}: {detail}</source>
        <translation>Andmekausta {path} ei saa kasutada: {detail}</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>Kasutaja {user} parool: </translation>
    </message>
    <message>
        <source>Office configuration written to {path} (without staff accounts).</source>
        <translation>Esinduse seadistus on kirjutatud faili {path} (ilma töötajate kontodeta).</translation>
    </message>
    <message>
        <source>Office configuration read from {path}: {services} services, {counters} counters.</source>
        <translation>Esinduse seadistus on loetud failist {path}: teenuseid {services}, teenindusletti {counters}.</translation>
    </message>
    <message>
        <source>Contact recorded ({id}).</source>
        <translation>Pöördumine on salvestatud ({id}).</translation>
    </message>
    <message>
        <source>Topic {code} saved.</source>
        <translation>Teema {code} on salvestatud.</translation>
    </message>
    <message>
        <source>Demo office ready in {path}.</source>
        <translation>Näidisesindus on valmis kaustas {path}.</translation>
    </message>
    <message>
        <source>Sign in to the staff window as “{user}” with the password {password} (shown only now; change it in the Lett menu).</source>
        <translation>Logi teenindusaknasse sisse kasutajana „{user}“ parooliga {password} (näidatakse ainult praegu; muuda seda Lett-menüüs).</translation>
    </message>
    <message>
        <source>Jira token of {user} at {site}: </source>
        <translation>Kasutaja {user} Jira token saidil {site}: </translation>
    </message>
    <message>
        <source>The token is saved on this PC.</source>
        <translation>Token on selles arvutis salvestatud.</translation>
    </message>
    <message>
        <source>Escalation {id} is in the outbox.</source>
        <translation>Edastamine {id} ootab saatmist.</translation>
    </message>
    <message>
        <source>Escalation {id} is sent: {key}</source>
        <translation>Edastamine {id} on saadetud: {key}</translation>
    </message>
    <message>
        <source>Escalation {id}: {error}</source>
        <translation>Edastamine {id}: {error}</translation>
    </message>
    <message>
        <source>Copy of notice {number} registered: {path}</source>
        <translation>Teatise {number} koopia registreeritud: {path}</translation>
    </message>
    <message>
        <source>Notice {number} issued: {path}</source>
        <translation>Teatis {number} väljastatud: {path}</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation>Kontrollkood: {code}</translation>
    </message>
    <message>
        <source>Notice {number} is sent to the printer and recorded as delivered.</source>
        <translation>Teatis {number} on printerisse saadetud ja märgitud kättetoimetatuks.</translation>
    </message>
    <message>
        <source>Notice {number} is e-mailed to {address}.</source>
        <translation>Teatis {number} on saadetud e-postiga aadressile {address}.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>koopia</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>allkirjastatud</translation>
    </message>
    <message>
        <source>Container for signing written to {path}.</source>
        <translation>Allkirjastamiseks mõeldud ümbrik kirjutati faili {path}.</translation>
    </message>
    <message>
        <source>Signed container attached to notice {number}: {path}</source>
        <translation>Allkirjastatud ümbrik lisati teatisele {number}: {path}</translation>
    </message>
    <message>
        <source>Test ticket printed on {uri}.</source>
        <translation>Proovipilet trükiti printerile {uri}.</translation>
    </message>
    <message>
        <source>counter {n}</source>
        <translation>teeninduslett {n}</translation>
    </message>
    <message>
        <source>estimated wait {low}–{high} min</source>
        <translation>eeldatav ooteaeg {low}–{high} min</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Salvestatud: {path}.</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} tööpäeva</translation>
    </message>
    <message>
        <source>{n} calendar days</source>
        <translation>{n} kalendripäeva</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>{n} kuud</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>tähtajata</translation>
    </message>
    <message>
        <source>from the next working day</source>
        <translation>järgmisest tööpäevast</translation>
    </message>
    <message>
        <source>from registration</source>
        <translation>registreerimisest</translation>
    </message>
    <message>
        <source>extendable to {term}</source>
        <translation>pikendatav kuni {term}</translation>
    </message>
    <message>
        <source>No document found.</source>
        <translation>Ühtegi dokumenti ei leitud.</translation>
    </message>
    <message>
        <source>More than {count} documents match; the newest are shown. Add a word to narrow the search.</source>
        <translation>Sobivaid dokumente on üle {count}, näidatakse uuemaid. Otsingu täpsustamiseks lisage sõna.</translation>
    </message>
    <message>
        <source>{count} documents are not indexed yet, so their words are not searched: run lett register reindex.</source>
        <translation>{count} dokumenti on veel indekseerimata ja otsing neid ei hõlma: käivitage lett register reindex.</translation>
    </message>
    <message>
        <source>Series {index} saved: {pattern}</source>
        <translation>Sari {index} salvestatud: {pattern}</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(pole kasutusel)</translation>
    </message>
    <message>
        <source>Registered {number}, deadline {deadline}.</source>
        <translation>Registreeritud {number}, tähtaeg {deadline}.</translation>
    </message>
    <message>
        <source>PDF kept: {path}</source>
        <translation>PDF säilitatud: {path}</translation>
    </message>
    <message>
        <source>{count} documents left to index…</source>
        <translation>Indekseerida on jäänud {count} dokumenti…</translation>
    </message>
    <message>
        <source>Indexed {count} documents for search.</source>
        <translation>Otsingu jaoks indekseeriti {count} dokumenti.</translation>
    </message>
    <message>
        <source>Document {number} forwarded to {to}.</source>
        <translation>Dokument {number} edastatud: {to}.</translation>
    </message>
    <message>
        <source>Document {number} is answered.</source>
        <translation>Dokumendile {number} on vastatud.</translation>
    </message>
    <message>
        <source>Sent to the printer (job {job}).</source>
        <translation>Saadetud printerisse (töö {job}).</translation>
    </message>
    <message>
        <source>Marked posted: {numbers}</source>
        <translation>Märgitud postitatuks: {numbers}</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Andke kirjutatav fail võtmega --out.</translation>
    </message>
    <message>
        <source>Wrote {path}: {rows} rows over {days} days.</source>
        <translation>Kirjutatud {path}: {rows} rida, {days} päeva.</translation>
    </message>
    <message>
        <source>Give --tls-cert and --tls-key together.</source>
        <translation>Andke --tls-cert ja --tls-key koos.</translation>
    </message>
    <message>
        <source>Lett server on {url} (store: {store}). Stop it with Ctrl+C.</source>
        <translation>Lett-server aadressil {url} (andmebaas: {store}). Peatamiseks vajutage Ctrl+C.</translation>
    </message>
    <message>
        <source>Office {code} “{name}” added with the demo services and counters.</source>
        <translation>Asutus {code} „{name}“ on lisatud koos näidisteenuste ja -teenindusletiga.</translation>
    </message>
    <message>
        <source>Office {code} “{name}” added.</source>
        <translation>Asutus {code} „{name}“ on lisatud.</translation>
    </message>
    <message>
        <source>No offices yet. Add one with “lett server office add CODE NAME”.</source>
        <translation>Asutusi veel ei ole. Lisage üks käsuga „lett server office add KOOD NIMI“.</translation>
    </message>
    <message>
        <source>One-time enrollment code for office {office} “{name}”, role {role}, valid until {until}.</source>
        <translation>Ühekordne liitumiskood asutusele {office} „{name}“, roll {role}, kehtib kuni {until}.</translation>
    </message>
    <message>
        <source>On that PC run: lett connect SERVER-ADDRESS {code}</source>
        <translation>Käivitage selles arvutis: lett connect SERVERI-AADRESS {code}</translation>
    </message>
    <message>
        <source>No devices yet. Make an enrollment code with “lett server enroll”.</source>
        <translation>Seadmeid veel ei ole. Looge liitumiskood käsuga „lett server enroll“.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Seade</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Asutus</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Liitunud</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Viimati ühenduses</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Tühistatud</translation>
    </message>
    <message>
        <source>Device {device} ({name}, office {office}) is revoked; its token stops working within seconds.</source>
        <translation>Seade {device} ({name}, asutus {office}) on tühistatud; selle pääsuvõti lakkab töötamast mõne sekundi jooksul.</translation>
    </message>
    <message>
        <source>No office has granted reports yet.</source>
        <translation>Ühelegi kontole pole teiste esinduste aruandeid veel lubatud.</translation>
    </message>
    <message>
        <source>Name the offices with --offices, e.g. --offices TLN,TRT.</source>
        <translation>Nimetage esindused valikuga --offices, nt --offices TLN,TRT.</translation>
    </message>
    <message>
        <source>{user} is neither a supervisor nor an admin, so has no reports to see. Give the account that role first.</source>
        <translation>{user} ei ole talitusejuhataja ega administraator, seega pole tal aruandeid näha. Andke kontole esmalt see roll.</translation>
    </message>
    <message>
        <source>{user} of office {office} now also sees the reports of: {offices}.</source>
        <translation>Esinduse {office} kasutaja {user} näeb nüüd ka nende esinduste aruandeid: {offices}.</translation>
    </message>
    <message>
        <source>{user} of office {office} already sees those offices' reports.</source>
        <translation>Esinduse {office} kasutaja {user} näeb nende esinduste aruandeid juba.</translation>
    </message>
    <message>
        <source>{user} of office {office} no longer sees the reports of: {offices}.</source>
        <translation>Esinduse {office} kasutaja {user} ei näe enam nende esinduste aruandeid: {offices}.</translation>
    </message>
    <message>
        <source>{user} of office {office} had no such grant.</source>
        <translation>Esinduse {office} kasutajal {user} sellist õigust ei olnud.</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; {waiting} changes waiting, {rejections} refused.</source>
        <translation>Saadetud {pushed}, saadud {pulled}; ootel muudatusi {waiting}, tagasi lükatud {rejections}.</translation>
    </message>
    <message>
        <source>Files: {sent} sent, {fetched} received, {waiting} waiting.</source>
        <translation>Faile: saadetud {sent}, saadud {fetched}, ootel {waiting}.</translation>
    </message>
    <message>
        <source>Refused: {table} {row} ({op}): {reason}</source>
        <translation>Tagasi lükatud: {table} {row} ({op}): {reason}</translation>
    </message>
    <message>
        <source>Connected to {url} as {name} ({role}) of office {office} “{office_name}”.</source>
        <translation>Ühendatud serveriga {url}: {name} ({role}), asutus {office} „{office_name}“.</translation>
    </message>
    <message>
        <source>This PC's data had been restored or copied: it is connected as a new device, and the changes it kept are sent under it ({pushed} sent now).</source>
        <translation>Selle arvuti andmed olid taastatud või kopeeritud: see on ühendatud uue seadmena ning alles hoitud muudatused saadetakse selle nime all (praegu saadeti {pushed}).</translation>
    </message>
    <message>
        <source>The first sync did not finish: {error}</source>
        <translation>Esimene sünkroonimine jäi pooleli: {error}</translation>
    </message>
    <message>
        <source>The office's services and counters arrive with the first sync.</source>
        <translation>Asutuse teenused ja teenindusletid tulevad esimese sünkroonimisega.</translation>
    </message>
    <message>
        <source>Office {office}: {services} services, {counters} counters.</source>
        <translation>Asutus {office}: teenuseid {services}, teeninduslette {counters}.</translation>
    </message>
    <message>
        <source>This PC was not connected to a server.</source>
        <translation>See arvuti ei olnud serveriga ühendatud.</translation>
    </message>
    <message>
        <source>Disconnected from {url}; the server revoked this PC's token.</source>
        <translation>Ühendus serveriga {url} on lõpetatud; server tühistas selle arvuti pääsuvõtme.</translation>
    </message>
    <message>
        <source>Disconnected from {url}, which could not be told: ask its administrator to run “lett server revoke {device}”.</source>
        <translation>Ühendus serveriga {url} on lõpetatud, kuid serverile ei saanud sellest teatada: paluge selle administraatoril käivitada „lett server revoke {device}“.</translation>
    </message>
    <message>
        <source>Registered {name} ({id}).</source>
        <translation>{name} on registreeritud ({id}).</translation>
    </message>
    <message>
        <source>Ticket {number}.</source>
        <translation>Järjekorranumber {number}.</translation>
    </message>
    <message>
        <source>Watch list: close to “{listed}”. {reason}</source>
        <translation>Jälgimisnimekiri: sarnaneb nimega „{listed}“. {reason}</translation>
    </message>
    <message>
        <source>{name} has left the building.</source>
        <translation>{name} lahkus majast.</translation>
    </message>
    <message>
        <source>Calls cannot be said aloud on this PC: {reason}</source>
        <translation>Selles arvutis ei saa kutseid häälteatena öelda: {reason}</translation>
    </message>
    <message>
        <source>{file}: {seconds:.1f} s, “{text}”</source>
        <translation>{file}: {seconds:.1f} s, „{text}“</translation>
    </message>
</context>
<context>
    <name>config_fields</name>
    <message>
        <source>office name</source>
        <translation>esinduse nimi</translation>
    </message>
    <message>
        <source>office code</source>
        <translation>esinduse kood</translation>
    </message>
    <message>
        <source>address</source>
        <translation>aadress</translation>
    </message>
    <message>
        <source>registry code</source>
        <translation>registrikood</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logo</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>keeled</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>lahtiolekuajad</translation>
    </message>
    <message>
        <source>closed days</source>
        <translation>suletud päevad</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>ajavöönd</translation>
    </message>
    <message>
        <source>service letter</source>
        <translation>teenuse täht</translation>
    </message>
    <message>
        <source>service name (Estonian)</source>
        <translation>teenuse nimi (eesti keeles)</translation>
    </message>
    <message>
        <source>service name (Russian)</source>
        <translation>teenuse nimi (vene keeles)</translation>
    </message>
    <message>
        <source>service name (English)</source>
        <translation>teenuse nimi (inglise keeles)</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>värv</translation>
    </message>
    <message>
        <source>target wait</source>
        <translation>sihtooteaeg</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>päevane piirang</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>teenuse ajad</translation>
    </message>
    <message>
        <source>priority aging</source>
        <translation>eelisjärjekorra ooteaeg</translation>
    </message>
    <message>
        <source>counter number</source>
        <translation>teenindusleti number</translation>
    </message>
    <message>
        <source>counter name</source>
        <translation>teenindusleti nimi</translation>
    </message>
    <message>
        <source>display label</source>
        <translation>tähis ekraanil</translation>
    </message>
    <message>
        <source>counter services</source>
        <translation>teenindusleti teenused</translation>
    </message>
    <message>
        <source>printer address</source>
        <translation>printeri aadress</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>paber</translation>
    </message>
    <message>
        <source>kiosk services</source>
        <translation>piletiautomaadi teenused</translation>
    </message>
    <message>
        <source>kiosk languages</source>
        <translation>piletiautomaadi keeled</translation>
    </message>
    <message>
        <source>idle reset</source>
        <translation>algusesse naasmine</translation>
    </message>
    <message>
        <source>admin PIN</source>
        <translation>halduri PIN</translation>
    </message>
    <message>
        <source>display layout</source>
        <translation>infotabloo paigutus</translation>
    </message>
    <message>
        <source>calls shown</source>
        <translation>näidatavad väljakutsed</translation>
    </message>
    <message>
        <source>chime</source>
        <translation>helisignaal</translation>
    </message>
    <message>
        <source>ticket retention</source>
        <translation>järjekorrapiletite säilitamine</translation>
    </message>
    <message>
        <source>visitor data retention</source>
        <translation>külastajate andmete säilitamine</translation>
    </message>
    <message>
        <source>contact data retention</source>
        <translation>pöördumiste andmete säilitamine</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>teema nimetus</translation>
    </message>
    <message>
        <source>highest priority</source>
        <translation>kõrgeim eelisjärjekord</translation>
    </message>
    <message>
        <source>no-show after</source>
        <translation>mitteilmumine pärast</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>kasutajanimi</translation>
    </message>
    <message>
        <source>configuration file</source>
        <translation>seadistusfail</translation>
    </message>
    <message>
        <source>check-out time</source>
        <translation>väljaregistreerimise aeg</translation>
    </message>
    <message>
        <source>purpose code</source>
        <translation>eesmärgi kood</translation>
    </message>
    <message>
        <source>purpose name</source>
        <translation>eesmärgi nimi</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>dokumendi liik</translation>
    </message>
    <message>
        <source>document type name</source>
        <translation>dokumendi liigi nimetus</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tähtaeg</translation>
    </message>
    <message>
        <source>deadline unit</source>
        <translation>tähtaja ühik</translation>
    </message>
    <message>
        <source>deadline counted from</source>
        <translation>tähtaja arvestuse algus</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>pikendus</translation>
    </message>
    <message>
        <source>extension unit</source>
        <translation>pikenduse ühik</translation>
    </message>
    <message>
        <source>level-2 target</source>
        <translation>2. taseme adressaat</translation>
    </message>
    <message>
        <source>ticket page address</source>
        <translation>pileti lehe aadress</translation>
    </message>
    <message>
        <source>stepped-out grace</source>
        <translation>väljas käimise aeg</translation>
    </message>
</context>
<context>
    <name>error_actions</name>
    <message>
        <source>issue tickets</source>
        <translation>järjekorrapileteid väljastada</translation>
    </message>
    <message>
        <source>serve tickets at a counter</source>
        <translation>teenindusletis külastajaid teenindada</translation>
    </message>
    <message>
        <source>cancel and reissue tickets</source>
        <translation>järjekorrapileteid tühistada ja uuesti väljastada</translation>
    </message>
    <message>
        <source>see the queue</source>
        <translation>järjekorda vaadata</translation>
    </message>
    <message>
        <source>see the calls</source>
        <translation>väljakutseid vaadata</translation>
    </message>
    <message>
        <source>change the office configuration</source>
        <translation>esinduse seadistust muuta</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>hallata töötajate kasutajakontosid</translation>
    </message>
    <message>
        <source>issue notices</source>
        <translation>väljastada teatisi</translation>
    </message>
    <message>
        <source>register visitors</source>
        <translation>külastajaid registreerida</translation>
    </message>
    <message>
        <source>see visitors' data</source>
        <translation>külastajate andmeid näha</translation>
    </message>
    <message>
        <source>keep the watch list</source>
        <translation>jälgimisnimekirja pidada</translation>
    </message>
    <message>
        <source>register documents</source>
        <translation>dokumente registreerida</translation>
    </message>
    <message>
        <source>see the document register</source>
        <translation>dokumendiregistrit vaadata</translation>
    </message>
    <message>
        <source>record contacts with clients</source>
        <translation>salvestada klientide pöördumisi</translation>
    </message>
    <message>
        <source>see the contact journal</source>
        <translation>näha pöördumiste päevikut</translation>
    </message>
    <message>
        <source>see the office's reports</source>
        <translation>näha esinduse aruandeid</translation>
    </message>
    <message>
        <source>see their own results</source>
        <translation>näha oma tulemusi</translation>
    </message>
    <message>
        <source>see the staff's results, set goals and evaluate their work</source>
        <translation>näha töötajate tulemusi, määrata eesmärke ja hinnata nende tööd</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>tühistada</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>kehtetuks tunnistada</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no service “{service}”. Choose one of: {choices}.</source>
        <translation>Teenust „{service}“ ei ole. Valige üks järgmistest: {choices}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed now. It opens {opens}.</source>
        <translation>Teenus „{service}“ on praegu suletud. See avatakse kell {opens}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed today.</source>
        <translation>Teenus „{service}“ on täna suletud.</translation>
    </message>
    <message>
        <source>Service “{service}” has issued all {limit} tickets for today. Please come back on the next working day or ask at the reception desk.</source>
        <translation>Teenuse „{service}“ tänased {limit} järjekorrapiletit on kõik välja antud. Palun tulge järgmisel tööpäeval või pöörduge infoletti.</translation>
    </message>
    <message>
        <source>There is no counter {counter}. Counters: {choices}.</source>
        <translation>Teenindusletti {counter} ei ole. Teenindusletid: {choices}.</translation>
    </message>
    <message>
        <source>Counter {counter} does not serve “{service}”.</source>
        <translation>Teeninduslett {counter} ei osuta teenust „{service}“.</translation>
    </message>
    <message>
        <source>There is no ticket {ticket} today.</source>
        <translation>Täna ei ole järjekorrapiletit {ticket}.</translation>
    </message>
    <message>
        <source>Counter {counter} has no ticket at the moment. Call the next one first.</source>
        <translation>Teenindusletis {counter} ei ole praegu ühtegi piletit. Kutsuge esmalt järgmine külastaja.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is {status}, so it cannot be {action}.</source>
        <translation>Järjekorrapilet {ticket} on olekus „{status}“, seetõttu ei saa seda {action}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is {status}; this action needs a ticket that is {expected}.</source>
        <translation>Järjekorrapilet {ticket} on olekus „{status}“; see toiming eeldab piletit olekus „{expected}“.</translation>
    </message>
    <message>
        <source>Counter {counter} is still serving {ticket}. Finish, park or transfer it first.</source>
        <translation>Teeninduslett {counter} teenindab veel piletit {ticket}. Lõpetage see, pange ootele või suunake esmalt ümber.</translation>
    </message>
    <message>
        <source>Nobody is waiting for the services of counter {counter}.</source>
        <translation>Teeninduslett {counter} teenuste järjekorras ei oota praegu kedagi.</translation>
    </message>
    <message>
        <source>{actor} may not {action}. Ask an administrator for the right role.</source>
        <translation>Kasutaja {actor} ei tohi {action}. Küsige administraatorilt vajalikku rolli.</translation>
    </message>
    <message>
        <source>Unknown outcome “{outcome}”. Use one of: {choices}.</source>
        <translation>Tundmatu tulemus „{outcome}“. Kasutage ühte järgmistest: {choices}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is already for “{service}”.</source>
        <translation>Järjekorrapilet {ticket} on juba teenusele „{service}“.</translation>
    </message>
    <message>
        <source>This data folder has no office yet. Run “lett demo” to set up a demo office.</source>
        <translation>Selles andmekaustas ei ole veel ühtegi esindust. Näidisesinduse loomiseks käivitage „lett demo“.</translation>
    </message>
    <message>
        <source>The database is busy in another program and did not free up in time. Nothing was changed; try again in a moment.</source>
        <translation>Andmebaas on teise programmi poolt hõivatud ega vabanenud õigel ajal. Midagi ei muudetud; proovige hetke pärast uuesti.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written (read-only). Nothing was changed. Check the folder's permissions or choose another data folder with LETT_HOME.</source>
        <translation>Andmebaasifaili {path} ei saa kirjutada (kirjutuskaitstud). Midagi ei muudetud. Kontrollige kausta õigusi või valige LETT_HOME abil teine andmekaust.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {detail}. Nothing was changed.</source>
        <translation>Andmebaasi {path} ei saa avada: {detail}. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of Lett ({revision}). Update Lett to open it.</source>
        <translation>Andmebaas on loodud Letti uuema versiooniga ({revision}). Selle avamiseks uuendage Letti.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {detail}. It was left as it is; fix it or move it away and Lett starts with default settings.</source>
        <translation>Seadete faili {path} ei saa lugeda: {detail}. Faili ei muudetud; parandage see või tõstke see mujale ja Lett käivitub vaikeseadetega.</translation>
    </message>
    <message>
        <source>Setting “{key}” in {path} is not valid: {detail}.</source>
        <translation>Seade „{key}“ failis {path} ei ole korrektne: {detail}.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Piletiprinteris on paber otsas, seetõttu piletit ei trükitud. Palun küsige oma järjekorranumbrit infoletist.</translation>
    </message>
    <message>
        <source>The ticket printer's cover is open, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Piletiprinteri kaas on lahti, seetõttu piletit ei trükitud. Palun küsige oma järjekorranumbrit infoletist.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Piletiprinter ei ole valmis, seetõttu piletit ei trükitud. Palun küsige oma järjekorranumbrit infoletist.</translation>
    </message>
    <message>
        <source>The ticket printer cannot be reached, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Piletiprinteriga ei saa ühendust, seetõttu piletit ei trükitud. Palun küsige oma järjekorranumbrit infoletist.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please ask at the reception desk for your number.</source>
        <translation>Piletit ei õnnestunud trükkida. Palun küsige oma järjekorranumbrit infoletist.</translation>
    </message>
    <message>
        <source>The ticket printer setting is wrong: {detail}</source>
        <translation>Piletiprinteri seadistus on vale: {detail}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field}: väli ei tohi olla tühi.</translation>
    </message>
    <message>
        <source>{field} may have at most {limit} characters.</source>
        <translation>{field}: lubatud on kuni {limit} märki.</translation>
    </message>
    <message>
        <source>{field} must be one line of text, without tabs.</source>
        <translation>{field}: sisestage üks tekstirida, ilma tabeldusmärkideta.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field}: sisestage täisarv vahemikus {low} kuni {high}.</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field}: valige jah või ei.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: valige üks järgmistest: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a registry code: an Estonian registry code has 8 digits.</source>
        <translation>„{value}“ ei ole registrikood: Eesti registrikoodis on 8 numbrit.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a service letter: use one letter from A to Z.</source>
        <translation>„{value}“ ei saa olla teenuse täht: kasutage ühte tähte A–Z.</translation>
    </message>
    <message>
        <source>The letter {letter} is already used by the service “{service}”. Choose another letter.</source>
        <translation>Täht {letter} on juba teenusel „{service}“. Valige muu täht.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour. Use the form #1f6feb.</source>
        <translation>„{value}“ ei ole värv. Kasutage kuju #1f6feb.</translation>
    </message>
    <message>
        <source>{field}: choose one or more of Estonian, Russian and English.</source>
        <translation>{field}: valige üks või mitu: eesti, vene ja inglise keel.</translation>
    </message>
    <message>
        <source>{field}: give each day's hours as ranges like 08:30-16:30.</source>
        <translation>{field}: andke iga päeva ajad vahemikena, nt 08:30-16:30.</translation>
    </message>
    <message>
        <source>{field}: “{day}” is not a day of the week (mon to sun).</source>
        <translation>{field}: „{day}“ ei ole nädalapäev (mon kuni sun).</translation>
    </message>
    <message>
        <source>{field} of {day}: “{text}” is not a time range like 08:30-16:30.</source>
        <translation>{field} ({day}): „{text}“ ei ole ajavahemik kujul 08:30-16:30.</translation>
    </message>
    <message>
        <source>{field} of {day}: “{text}” ends before it starts. Give the opening time first.</source>
        <translation>{field} ({day}): „{text}“ lõpeb enne, kui algab. Kirjutage esmalt avamise aeg.</translation>
    </message>
    <message>
        <source>{field} of {day}: two ranges overlap. Join them into one.</source>
        <translation>{field} ({day}): kaks vahemikku kattuvad. Ühendage need üheks.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date like 2026-12-24.</source>
        <translation>{field}: „{value}“ ei ole kuupäev kujul 2026-12-24.</translation>
    </message>
    <message>
        <source>{field} must be 4 to 12 digits.</source>
        <translation>{field}: sisestage 4 kuni 12 numbrit.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most {limit} KB.</source>
        <translation>Logo peab olema PNG- või JPEG-pilt, mille suurus on kuni {limit} KB.</translation>
    </message>
    <message>
        <source>There is already a counter number {number}.</source>
        <translation>Teenindusleti number {number} on juba olemas.</translation>
    </message>
    <message>
        <source>{field}: choose at least one service.</source>
        <translation>{field}: valige vähemalt üks teenus.</translation>
    </message>
    <message>
        <source>The visitor of ticket {ticket} has stepped out and said they will be back by {until}. Call the next visitor and call {ticket} again later.</source>
        <translation>Pileti {ticket} külastaja läks korraks välja ja lubas tagasi tulla kell {until}. Kutsuge järgmine külastaja ja kutsuge {ticket} hiljem uuesti.</translation>
    </message>
    <message>
        <source>This office does not keep a place for visitors who step out.</source>
        <translation>See esindus ei hoia välja läinud külastajate kohta.</translation>
    </message>
    <message>
        <source>The ticket is no longer waiting in the queue.</source>
        <translation>Järjekorrapilet ei oota enam järjekorras.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is {status}, not a no-show, so it cannot be brought back.</source>
        <translation>Järjekorrapilet {ticket} on olekus „{status}“, mitte „ei ilmunud“, seetõttu ei saa seda järjekorda tagasi tuua.</translation>
    </message>
    <message>
        <source>Ticket {ticket} was a no-show on {day}. Only today's no-shows can be brought back: issue the visitor a new ticket.</source>
        <translation>Järjekorrapileti {ticket} omanik ei ilmunud {day}. Järjekorda saab tagasi tuua ainult tänaseid pileteid: väljastage külastajale uus pilet.</translation>
    </message>
    <message>
        <source>Ticket {ticket} has changed since it was called, so the call cannot be undone. Nothing was changed.</source>
        <translation>Järjekorrapilet {ticket} on pärast kutsumist muutunud, seetõttu ei saa kutset tagasi võtta. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The call of {ticket} was too long ago to undo. Nothing was changed; finish or transfer the ticket instead.</source>
        <translation>Pileti {ticket} kutsumisest on tagasivõtmiseks liiga kaua möödas. Midagi ei muudetud; lõpetage pilet või suunake see ümber.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer is out of paper, so it was not printed. Load paper and print it again, or tell the visitor the number.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid piletiprinteris on paber otsas, seetõttu seda ei trükitud. Pange printerisse paberit ja trükkige uuesti või öelge külastajale number.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer's cover is open, so it was not printed. Close the cover and print it again, or tell the visitor the number.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid piletiprinteri kaas on lahti, seetõttu seda ei trükitud. Sulgege kaas ja trükkige uuesti või öelge külastajale number.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer is not ready, so it was not printed. Check the printer and print it again, or tell the visitor the number.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid piletiprinter ei ole valmis, seetõttu seda ei trükitud. Kontrollige printerit ja trükkige uuesti või öelge külastajale number.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer cannot be reached, so it was not printed. Check its cable and power and print it again, or tell the visitor the number.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid piletiprinteriga ei saa ühendust, seetõttu seda ei trükitud. Kontrollige kaablit ja toidet ning trükkige uuesti või öelge külastajale number.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but printing it failed. Print it again, or tell the visitor the number.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid selle trükkimine ebaõnnestus. Trükkige uuesti või öelge külastajale number.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer setting of this PC is wrong ({detail}), so it was not printed. Tell the visitor the number.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid selle arvuti piletiprinteri seadistus on vale ({detail}), seetõttu seda ei trükitud. Öelge külastajale number.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but this PC has no ticket printer set. Tell the visitor the number, or set the printer in Configuration.</source>
        <translation>Järjekorrapilet {ticket} on väljastatud, kuid sellel arvutil pole piletiprinterit määratud. Öelge külastajale number või määrake printer menüüs „Seadistus“.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an address like https://queue.example.ee.</source>
        <translation>{field}: „{value}” ei ole aadress kujul https://jarjekord.example.ee.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time of day like 18:00.</source>
        <translation>{field}: „{value}“ ei ole kellaaeg kujul 18:00.</translation>
    </message>
    <message>
        <source>There is already a purpose of visit with the code {purpose}.</source>
        <translation>Külastuse eesmärk koodiga {purpose} on juba olemas.</translation>
    </message>
    <message>
        <source>The purpose of visit {purpose} leads to {specialist}. Remove or change that purpose first.</source>
        <translation>Külastuse eesmärk {purpose} suunab isikule {specialist}. Eemaldage või muutke esmalt see eesmärk.</translation>
    </message>
    <message>
        <source>The letter {letter} belonged to the removed service “{service}” and stays with the tickets it numbered. Choose another letter, or add the service anew.</source>
        <translation>Täht {letter} kuulus eemaldatud teenusele „{service}“ ja jääb selle väljastatud piletitele. Valige muu täht või lisage see teenus uuesti.</translation>
    </message>
    <message>
        <source>The service “{service}” still has {count} visitors waiting or at a counter. Serve or transfer them first.</source>
        <translation>Teenusel „{service}“ on veel {count} ootavat või teenindatavat külastajat. Teenindage või suunake nad esmalt ümber.</translation>
    </message>
    <message>
        <source>{field}: there is no setting “{key}”.</source>
        <translation>{field}: seadet „{key}“ ei ole.</translation>
    </message>
    <message>
        <source>There is no service with the letter {letter}.</source>
        <translation>Tähega {letter} teenust ei ole.</translation>
    </message>
    <message>
        <source>There is no counter number {number}.</source>
        <translation>Teenindusletti numbriga {number} ei ole.</translation>
    </message>
    <message>
        <source>The configuration file {path} cannot be read: {detail}. Nothing was changed.</source>
        <translation>Seadistusfaili {path} ei saa lugeda: {detail}. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The configuration file {path} is not valid, so nothing was changed: {detail}</source>
        <translation>Seadistusfail {path} ei ole korrektne, seega midagi ei muudetud: {detail}</translation>
    </message>
    <message>
        <source>A configuration file ends in .toml or .json; “{path}” does not.</source>
        <translation>Seadistusfaili nimi lõpeb .toml või .json; „{path}“ nii ei lõpe.</translation>
    </message>
    <message>
        <source>The file holds configuration format {version}; this version of Lett reads format {supported}. Export it again from a Lett of this version.</source>
        <translation>Failis on seadistuse vorming {version}; programmi Lett see versioon loeb vormingut {supported}. Eksportige fail uuesti selle versiooni programmist Lett.</translation>
    </message>
    <message>
        <source>“{key}” is not part of an office configuration. Remove it or correct its name.</source>
        <translation>„{key}“ ei kuulu esinduse seadistusse. Eemaldage see või parandage nimi.</translation>
    </message>
    <message>
        <source>“{key}” is missing.</source>
        <translation>„{key}“ puudub.</translation>
    </message>
    <message>
        <source>“{key}” must be a table of values.</source>
        <translation>„{key}“ peab olema väärtuste tabel.</translation>
    </message>
    <message>
        <source>“{key}” must be a list.</source>
        <translation>„{key}“ peab olema loend.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field} peab olema tekst.</translation>
    </message>
    <message>
        <source>This data folder already has an office, “{office}”; the setup is for an empty data folder. Change the office in the configuration dialog instead.</source>
        <translation>Selles andmekaustas on juba esindus „{office}“; seadistusviisard on tühja andmekausta jaoks. Muutke esinduse andmeid hoopis seadistuse aknas.</translation>
    </message>
    <message>
        <source>Add at least one service: without one the kiosk has no ticket to give.</source>
        <translation>Lisage vähemalt üks teenus: ilma selleta pole piletiautomaadil ühtegi järjekorrapiletit anda.</translation>
    </message>
    <message>
        <source>{field}: type the ticket printer's address, e.g. tcp://192.168.1.50:9100.</source>
        <translation>{field}: sisestage piletiprinteri aadress, nt tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a printer address. Write it like tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200, file:///home/lett/tickets.bin or cups://TicketPrinter.</source>
        <translation>{field}: „{value}“ ei ole printeri aadress. Kirjutage see kujul tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200, file:///home/lett/tickets.bin või cups://TicketPrinter.</translation>
    </message>
    <message>
        <source>This PC is not connected to a server. Connect it with “lett connect URL CODE”.</source>
        <translation>See arvuti ei ole serveriga ühendatud. Ühendage see käsuga „lett connect URL KOOD“.</translation>
    </message>
    <message>
        <source>The server {url} cannot be reached: {detail}. Nothing is lost: changes wait on this PC and are sent when the connection is back.</source>
        <translation>Serveriga {url} ei saa ühendust: {detail}. Midagi ei lähe kaotsi: muudatused ootavad selles arvutis ja saadetakse, kui ühendus on tagasi.</translation>
    </message>
    <message>
        <source>The queue host {url} cannot be reached, so the queue cannot be changed from this PC now. What is shown is kept; try again when the connection is back.</source>
        <translation>Järjekorra hostiga {url} ei saa ühendust, seega ei saa sellest arvutist praegu järjekorda muuta. Näidatu jääb alles; proovige uuesti, kui ühendus on tagasi.</translation>
    </message>
    <message>
        <source>The queue host {url} gave an answer this PC cannot read ({detail}). The action may have been done: check the queue. Lett on this PC and on the host should be the same version.</source>
        <translation>Järjekorra host {url} andis vastuse, mida see arvuti ei oska lugeda ({detail}). Toiming võis olla tehtud: vaadake järjekorda üle. Lett peaks selles arvutis ja hostis olema sama versiooniga.</translation>
    </message>
    <message>
        <source>This kiosk cannot issue a ticket for service {service} right now. Please ask at the reception desk for your number.</source>
        <translation>See kiosk ei saa praegu teenuse {service} piletit väljastada. Palun küsige oma järjekorranumbrit infoletist.</translation>
    </message>
    <message>
        <source>This change is made at the server {url}, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>See muudatus tehakse serveris {url}, kuhu praegu ühendust ei saa. Midagi ei muudetud; proovige uuesti, kui ühendus on taas olemas.</translation>
    </message>
    <message>
        <source>This change is made at the server, by a person signed in there, and nobody is: the server could not be reached at sign-in, or no staff account was named (--user). Nothing was changed; sign in again while the connection works.</source>
        <translation>See muudatus tehakse serveris sinna sisse loginud töötaja nimel, kuid keegi pole seal sisse loginud: sisselogimise ajal ei saanud serveriga ühendust või ei antud kasutajanime (--user). Midagi ei muudetud; logige uuesti sisse, kui ühendus toimib.</translation>
    </message>
    <message>
        <source>Your sign-in at the server has ended (it expired, was closed, or the account was switched off). Nothing was changed; sign out and sign in again.</source>
        <translation>Teie sisselogimine serveris on lõppenud (see aegus, suleti või konto lülitati välja). Midagi ei muudetud; logige välja ja uuesti sisse.</translation>
    </message>
    <message>
        <source>Only desk and counter PCs sign staff in at the server; this device is neither.</source>
        <translation>Serverisse saavad töötajaid sisse logida ainult valvelaua ja teenindusleti arvutid; see seade ei ole kumbki.</translation>
    </message>
    <message>
        <source>The server did not accept this PC ({detail}). Ask an administrator for a new enrollment code and run “lett connect” again.</source>
        <translation>Server ei aktsepteerinud seda arvutit ({detail}). Küsige administraatorilt uus liitumiskood ja käivitage uuesti „lett connect“.</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired. Ask an administrator for a new one.</source>
        <translation>Liitumiskood on vale, juba kasutatud või aegunud. Küsige administraatorilt uus.</translation>
    </message>
    <message>
        <source>There is no office with the code “{office}”.</source>
        <translation>Koodiga „{office}“ asutust ei ole.</translation>
    </message>
    <message>
        <source>There is no device {device}.</source>
        <translation>Seadet {device} ei ole.</translation>
    </message>
    <message>
        <source>This PC ({device}) is enrolled in another office. An administrator must revoke it there first (“lett server revoke {device}”).</source>
        <translation>See arvuti ({device}) on liidetud teise asutusega. Administraator peab selle seal esmalt tühistama („lett server revoke {device}“).</translation>
    </message>
    <message>
        <source>There is already an office with the code “{office}”.</source>
        <translation>Koodiga „{office}“ asutus on juba olemas.</translation>
    </message>
    <message>
        <source>“{office}” cannot be an office code. Use 1 to 32 characters of A–Z, 0–9, “-” and “_”.</source>
        <translation>„{office}“ ei sobi asutuse koodiks. Kasutage 1 kuni 32 märki: A–Z, 0–9, „-“ ja „_“.</translation>
    </message>
    <message>
        <source>“{url}” is not a server address. Use http://host:port or https://host:port.</source>
        <translation>„{url}“ ei ole serveri aadress. Kasutage kuju http://host:port või https://host:port.</translation>
    </message>
    <message>
        <source>Lett on this PC (data version {schema}) is too old for the server (data version {server}). Update Lett; nothing is lost, the changes wait on this PC.</source>
        <translation>Selle arvuti Lett (andmeversioon {schema}) on serveri jaoks liiga vana (andmeversioon {server}). Uuendage Letti; midagi ei lähe kaotsi, muudatused ootavad selles arvutis.</translation>
    </message>
    <message>
        <source>The server runs an older Lett (data version {server}) than this PC ({schema}). Update the server; nothing is lost, the changes wait on this PC.</source>
        <translation>Serveris töötab vanem Lett (andmeversioon {server}) kui selles arvutis ({schema}). Uuendage serverit; midagi ei lähe kaotsi, muudatused ootavad selles arvutis.</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Server keeldus päringust: {detail}</translation>
    </message>
    <message>
        <source>The request is too large ({size} bytes; at most {limit}).</source>
        <translation>Päring on liiga suur ({size} baiti; lubatud kuni {limit}).</translation>
    </message>
    <message>
        <source>The server could not do this ({detail}). Nothing was changed; try again.</source>
        <translation>Server ei saanud seda teha ({detail}). Midagi ei muudetud; proovige uuesti.</translation>
    </message>
    <message>
        <source>This data folder already holds its own office “{office}”. Connect from an empty data folder (LETT_HOME), or keep working without a server.</source>
        <translation>Selles andmekaustas on juba oma asutus „{office}“. Ühendage tühjast andmekaustast (LETT_HOME) või jätkake ilma serverita.</translation>
    </message>
    <message>
        <source>A {role} device may not change {table}.</source>
        <translation>Seade rolliga {role} ei tohi muuta tabelit {table}.</translation>
    </message>
    <message>
        <source>The change belongs to another office than this PC's.</source>
        <translation>Muudatus kuulub teisele asutusele kui see arvuti.</translation>
    </message>
    <message>
        <source>The change to {table} is not valid: {detail}</source>
        <translation>Muudatus tabelis {table} ei ole korrektne: {detail}</translation>
    </message>
    <message>
        <source>The change to {table} is stamped {minutes} min ahead of the server's clock: this PC's clock is wrong. Set its date and time right; the change is kept on this PC.</source>
        <translation>Muudatuse ({table}) ajatempel on serveri kellast {minutes} min ees: selle arvuti kell on vale. Seadke kuupäev ja kellaaeg õigeks; muudatus jääb sellesse arvutisse alles.</translation>
    </message>
    <message>
        <source>The change to {table} names a row of another office in {column}; it was not taken.</source>
        <translation>Muudatus ({table}) viitab väljal {column} teise esinduse reale; seda ei võetud vastu.</translation>
    </message>
    <message>
        <source>The change to {table} names in {column} a row the server does not have; it was not taken.</source>
        <translation>Muudatus ({table}) viitab väljal {column} reale, mida serveris ei ole; seda ei võetud vastu.</translation>
    </message>
    <message>
        <source>Ticket {number} of {day} is not among the numbers the server leased to this PC; it was not taken.</source>
        <translation>Pilet {number} ({day}) ei ole nende numbrite hulgas, mille server sellele arvutile eraldas; seda ei võetud vastu.</translation>
    </message>
    <message>
        <source>This PC's data was restored from a copy or copied from another PC, so the server cannot tell its new changes from ones it already has. Nothing is lost: the changes not yet sent are kept on this PC. Connect it to the server again (lett connect with a new enrollment code) and they are sent.</source>
        <translation>Selle arvuti andmed taastati varukoopiast või kopeeriti teisest arvutist, nii et server ei erista selle uusi muudatusi neist, mis tal juba on. Midagi ei kao: saatmata muudatused on selles arvutis alles. Ühendage arvuti serveriga uuesti (lett connect uue liitumiskoodiga) ja need saadetakse.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>Kasutajanimi või parool on vale. Kontrolli mõlemat ja proovi uuesti.</translation>
    </message>
    <message>
        <source>Account “{user}” is locked after {attempts} wrong passwords. It opens again at {until}, or an administrator can reset its password now.</source>
        <translation>Konto „{user}“ on pärast {attempts} valet parooli lukus. See avaneb uuesti kell {until} või saab administraator selle parooli kohe lähtestada.</translation>
    </message>
    <message>
        <source>Account “{user}” is switched off. Ask an administrator to turn it on again.</source>
        <translation>Konto „{user}“ on välja lülitatud. Palu administraatoril see uuesti sisse lülitada.</translation>
    </message>
    <message>
        <source>This office has no staff accounts yet. An administrator of this PC creates the first one with “lett account add NAME --roles admin”.</source>
        <translation>Selles esinduses pole veel ühtegi töötaja kontot. Selle arvuti administraator loob esimese käsuga „lett account add NIMI --roles admin“.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Praegune parool on vale. Midagi ei muudetud.</translation>
    </message>
    <message>
        <source>The new password must have at least {length} characters.</source>
        <translation>Uues paroolis peab olema vähemalt {length} märki.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Uus parool peab praegusest erinema.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Kaks uut parooli ei ole samad. Sisesta need uuesti.</translation>
    </message>
    <message>
        <source>A user name has 1 to {length} characters and no spaces.</source>
        <translation>Kasutajanimes on 1 kuni {length} märki ja tühikuid pole.</translation>
    </message>
    <message>
        <source>There is no staff role “{role}”. Roles: {choices}.</source>
        <translation>Töötaja rolli „{role}“ ei ole. Rollid: {choices}.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>Kontol peab olema vähemalt üks roll.</translation>
    </message>
    <message>
        <source>There is already an account “{user}” in this office.</source>
        <translation>Selles esinduses on konto „{user}“ juba olemas.</translation>
    </message>
    <message>
        <source>There is no account “{user}” in this office.</source>
        <translation>Selles esinduses pole kontot „{user}“.</translation>
    </message>
    <message>
        <source>An administrator reset the password of “{user}”: choose your own first with “lett account passwd {user}”.</source>
        <translation>Administraator lähtestas kasutaja „{user}“ parooli: vali enne oma parool käsuga „lett account passwd {user}“.</translation>
    </message>
    <message>
        <source>“{user}” is the office's last active administrator; without it nobody could manage accounts. Give another account the admin role first.</source>
        <translation>„{user}“ on esinduse viimane aktiivne administraator; ilma selleta ei saaks keegi kontosid hallata. Anna enne administraatori roll mõnele teisele kontole.</translation>
    </message>
    <message>
        <source>There is no notice template “{template}”.</source>
        <translation>Teatise malli „{template}” ei ole.</translation>
    </message>
    <message>
        <source>Template “{template}” has no field “{name}”.</source>
        <translation>Mallil „{template}” ei ole välja „{name}”.</translation>
    </message>
    <message>
        <source>Template “{template}” is not valid: {detail}.</source>
        <translation>Mall „{template}” ei ole korrektne: {detail}.</translation>
    </message>
    <message>
        <source>Template “{template}”: “{name}” cannot be a field name. Use lower-case letters, digits and _, starting with a letter, and not a built-in name.</source>
        <translation>Mall „{template}”: „{name}” ei sobi välja nimeks. Kasutage väiketähti, numbreid ja alakriipsu, alustage tähega ega kasutage sisseehitatud nime.</translation>
    </message>
    <message>
        <source>Template “{template}” has the field “{name}” twice.</source>
        <translation>Mallis „{template}” on väli „{name}” kaks korda.</translation>
    </message>
    <message>
        <source>Template “{template}”: the choice field “{name}” has no choices.</source>
        <translation>Mall „{template}”: valikuväljal „{name}” ei ole valikuid.</translation>
    </message>
    <message>
        <source>Template “{template}” has no title or text in {language}. Write all three languages.</source>
        <translation>Mallil „{template}” puudub pealkiri või tekst keeles {language}. Kirjutage kõik kolm keelt.</translation>
    </message>
    <message>
        <source>The text in {language} uses the placeholder “{placeholder}”, which is neither a field of this template nor a built-in one. Add the field or correct the text.</source>
        <translation>Tekst keeles {language} kasutab kohatäidet „{placeholder}”, mis ei ole selle malli väli ega sisseehitatud kohatäide. Lisage väli või parandage teksti.</translation>
    </message>
    <message>
        <source>The text in {language} does not use the field “{name}”. Put the field's name in curly brackets into the text, or remove the field.</source>
        <translation>Tekst keeles {language} ei kasuta välja „{name}”. Kirjutage välja nimi loogelistes sulgudes teksti või eemaldage väli.</translation>
    </message>
    <message>
        <source>A curly bracket in the text in {language} is not closed or not opened: “{detail}”. Placeholders are written as a name in curly brackets.</source>
        <translation>Loogeline sulg tekstis keeles {language} on sulgemata või avamata: „{detail}”. Kohatäide kirjutatakse nimena loogelistes sulgudes.</translation>
    </message>
    <message>
        <source>The template file {path} cannot be read: {detail}. It was left as it is.</source>
        <translation>Mallifaili {path} ei saa lugeda: {detail}. Faili ei muudetud.</translation>
    </message>
    <message>
        <source>Version {version} of template “{template}” is built in and cannot be withdrawn. Save a corrected version instead: it takes the built-in one's place.</source>
        <translation>Malli „{template}” versioon {version} on sisseehitatud ja seda ei saa kasutusest kõrvaldada. Salvestage selle asemel parandatud versioon: see asendab sisseehitatud versiooni.</translation>
    </message>
    <message>
        <source>{label}: fill this in.</source>
        <translation>{label}: täitke see väli.</translation>
    </message>
    <message>
        <source>{label}: at most {length} characters.</source>
        <translation>{label}: kõige rohkem {length} märki.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a date. Write it as dd.mm.yyyy.</source>
        <translation>{label}: „{value}” ei ole kuupäev. Kirjutage kujul pp.kk.aaaa.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a valid personal identification code (11 digits, the last one a check digit).</source>
        <translation>{label}: „{value}” ei ole korrektne isikukood (11 numbrit, viimane on kontrollnumber).</translation>
    </message>
    <message>
        <source>{label}: choose one of: {choices}.</source>
        <translation>{label}: valige üks järgmistest: {choices}.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>„{address}” ei ole e-posti aadress.</translation>
    </message>
    <message>
        <source>There is no issued notice “{issuance}”.</source>
        <translation>Väljastatud teatist „{issuance}” ei ole.</translation>
    </message>
    <message>
        <source>The PDF of notice {number} is not in this PC's data folder ({path}). Open it on the PC that issued it.</source>
        <translation>Teatise {number} PDF-faili ei ole selle arvuti andmekaustas ({path}). Avage see arvutis, kust teatis väljastati.</translation>
    </message>
    <message>
        <source>The PDF of notice {number} ({path}) is not the one issued: its checksum differs. Nothing was sent or printed; tell the administrator.</source>
        <translation>Teatise {number} PDF-fail ({path}) ei ole see, mis väljastati: selle kontrollsumma erineb. Midagi ei saadetud ega prinditud; teavitage administraatorit.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten. Choose another name.</source>
        <translation>{path} on juba olemas; midagi ei kirjutatud üle. Valige teine nimi.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}. Nothing was lost.</source>
        <translation>Faili {path} ei saa kirjutada: {detail}. Midagi ei läinud kaduma.</translation>
    </message>
    <message>
        <source>There is no stored file “{file}”.</source>
        <translation>Salvestatud faili „{file}“ ei ole.</translation>
    </message>
    <message>
        <source>The file {name} is not on this PC yet; it comes with the next sync. Try again after it, or open it on the PC where it was kept.</source>
        <translation>Faili {name} selles arvutis veel ei ole; see tuleb järgmise sünkroonimisega. Proovige pärast seda uuesti või avage fail arvutis, kuhu see salvestati.</translation>
    </message>
    <message>
        <source>The file {name} is missing from this PC's data folder ({path}). Tell the administrator.</source>
        <translation>Fail {name} puudub selle arvuti andmekaustast ({path}). Teavitage administraatorit.</translation>
    </message>
    <message>
        <source>The file {name} ({path}) is not the one kept: its checksum differs. Nothing was sent or printed; tell the administrator.</source>
        <translation>Fail {name} ({path}) ei ole see, mis salvestati: selle kontrollsumma erineb. Midagi ei saadetud ega prinditud; teavitage administraatorit.</translation>
    </message>
    <message>
        <source>A {role} device does not exchange the office's stored files; only desk and counter PCs do.</source>
        <translation>Seade rolliga {role} ei vaheta esinduse salvestatud faile; seda teevad ainult valvelaua ja teenindusleti arvutid.</translation>
    </message>
    <message>
        <source>The file sent is not the file {sha256}: its content hashes to {actual}. Nothing was stored; it is sent again at the next sync.</source>
        <translation>Saadetud fail ei ole fail {sha256}: selle sisu kontrollsumma on {actual}. Midagi ei salvestatud; fail saadetakse uuesti järgmisel sünkroonimisel.</translation>
    </message>
    <message>
        <source>No record of this office names the file {sha256}, so it was not stored. Its record goes first, with the next sync.</source>
        <translation>Ükski selle esinduse kirje ei viita failile {sha256}, seega seda ei salvestatud. Esmalt läheb kirje, järgmise sünkroonimisega.</translation>
    </message>
    <message>
        <source>The server has no file {sha256} of this office yet. It is fetched once the PC that kept it has sent it.</source>
        <translation>Serveris ei ole veel selle esinduse faili {sha256}. See tuuakse, kui arvuti, kuhu see salvestati, on selle saatnud.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and kept, but it could not be printed, so it is recorded as not delivered. {detail} Then choose it in the issuance register and press “Print again”.</source>
        <translation>Teatis {number} on väljastatud ja säilitatud, kuid seda ei õnnestunud printida, seetõttu on see märgitud kättetoimetamata teatiseks. {detail} Seejärel vali see väljastamiste registris ja vajuta „Prindi uuesti“.</translation>
    </message>
    <message>
        <source>This PC cannot print: its printing system (CUPS) is not installed. Ask IT support to install it.</source>
        <translation>Selles arvutis ei saa printida: printimissüsteem (CUPS) pole paigaldatud. Palu IT-toel see paigaldada.</translation>
    </message>
    <message>
        <source>This PC has no default printer. Make a printer the default in the system's printer settings, or ask IT support to set this PC's document printer.</source>
        <translation>Sellel arvutil pole vaikeprinterit. Määra printer süsteemi printeriseadetes vaikeprinteriks või palu IT-toel määrata selle arvuti dokumendiprinter.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not set up on this PC. Ask IT support to check this PC's printer setting.</source>
        <translation>Printer „{printer}“ pole selles arvutis seadistatud. Palu IT-toel kontrollida selle arvuti printeriseadet.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not taking print jobs now. Check that it is on and ready.</source>
        <translation>Printer „{printer}“ ei võta praegu prinditöid vastu. Kontrolli, kas see on sisse lülitatud ja valmis.</translation>
    </message>
    <message>
        <source>This PC's printing system (CUPS) is not running. Restart the PC or ask IT support.</source>
        <translation>Selle arvuti printimissüsteem (CUPS) ei tööta. Taaskäivita arvuti või pöördu IT-toe poole.</translation>
    </message>
    <message>
        <source>This PC may not print on “{printer}”. Ask IT support for access.</source>
        <translation>Sellel arvutil pole luba printerile „{printer}“ printida. Palu IT-toelt ligipääsu.</translation>
    </message>
    <message>
        <source>The printer “{printer}” did not take the document within {seconds} seconds. Check the printer.</source>
        <translation>Printer „{printer}“ ei võtnud dokumenti {seconds} sekundi jooksul vastu. Kontrolli printerit.</translation>
    </message>
    <message>
        <source>The printing system refused the document ({detail}). Check the printer or ask IT support.</source>
        <translation>Printimissüsteem keeldus dokumendist ({detail}). Kontrolli printerit või pöördu IT-toe poole.</translation>
    </message>
    <message>
        <source>E-mail is not set up on this PC: set mail.host and mail.sender in {path}.</source>
        <translation>E-post ei ole selles arvutis seadistatud: määrake failis {path} mail.host ja mail.sender.</translation>
    </message>
    <message>
        <source>The e-mail to {address} could not be sent: {detail}. The notice is issued and kept; send it again from the issuance register.</source>
        <translation>E-kirja aadressile {address} ei saanud saata: {detail}. Teatis on väljastatud ja säilitatud; saatke see uuesti väljastamiste registrist.</translation>
    </message>
    <message>
        <source>{path} is not an ASiC-E container (.asice): {detail}. Choose the container that DigiDoc4 saved.</source>
        <translation>{path} ei ole ASiC-E ümbrik (.asice): {detail}. Valige ümbrik, mille DigiDoc4 salvestas.</translation>
    </message>
    <message>
        <source>The container {path} does not hold notice {number} as it was issued (no PDF in it has the same checksum). Sign the container exported for this notice.</source>
        <translation>Ümbrik {path} ei sisalda teatist {number} sellisena, nagu see väljastati (ühegi selles oleva PDF-i kontrollsumma ei ühti). Allkirjastage selle teatise jaoks eksporditud ümbrik.</translation>
    </message>
    <message>
        <source>The container {path} has no signature (META-INF/signatures*.xml). Sign it in DigiDoc4 and choose the signed file.</source>
        <translation>Ümbrikus {path} ei ole allkirja (META-INF/signatures*.xml). Allkirjastage see DigiDoc4-s ja valige allkirjastatud fail.</translation>
    </message>
    <message>
        <source>Notice {number} already has its signed container.</source>
        <translation>Teatisel {number} on allkirjastatud ümbrik juba olemas.</translation>
    </message>
    <message>
        <source>The personal identification code “{value}” may hold only digits. For another country's document, type it in the document field.</source>
        <translation>Isikukood „{value}“ võib sisaldada ainult numbreid. Teise riigi dokumendi puhul kirjutage see dokumendi välja.</translation>
    </message>
    <message>
        <source>A personal identification code has 11 digits; “{value}” has {length}.</source>
        <translation>Isikukoodis on 11 numbrit; „{value}“ on {length}.</translation>
    </message>
    <message>
        <source>A personal identification code starts with a digit from 1 to 8, not {digit}.</source>
        <translation>Isikukood algab numbriga 1 kuni 8, mitte {digit}.</translation>
    </message>
    <message>
        <source>The personal identification code “{value}” does not hold a real date of birth.</source>
        <translation>Isikukood „{value}“ ei sisalda tegelikku sünnikuupäeva.</translation>
    </message>
    <message>
        <source>The personal identification code “{value}” gives a date of birth in the future ({born}).</source>
        <translation>Isikukood „{value}“ annab sünnikuupäeva tulevikus ({born}).</translation>
    </message>
    <message>
        <source>The check digit of the personal identification code “{value}” is wrong. Check the code for a typing error.</source>
        <translation>Isikukoodi „{value}“ kontrollnumber on vale. Kontrollige, kas koodis on trükiviga.</translation>
    </message>
    <message>
        <source>The visitor's name is required.</source>
        <translation>Külastaja nimi on kohustuslik.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number. Use digits, with + and the country code for a number abroad.</source>
        <translation>„{phone}“ ei ole telefoninumber. Kasutage numbreid, välismaa numbri puhul + ja riigikoodiga.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>„{email}“ ei ole e-posti aadress.</translation>
    </message>
    <message>
        <source>{name} is already in the building (arrived at {time}). Check them out first.</source>
        <translation>{name} on juba majas (saabus kell {time}). Registreerige ta esmalt lahkunuks.</translation>
    </message>
    <message>
        <source>{name} has already left the building.</source>
        <translation>{name} on majast juba lahkunud.</translation>
    </message>
    <message>
        <source>There is no such visit. It may have been removed after its retention period.</source>
        <translation>Sellist külastust ei ole. Võimalik, et see on pärast säilitustähtaega eemaldatud.</translation>
    </message>
    <message>
        <source>This badge is not known. Check the visitor out by hand.</source>
        <translation>Seda külastajakaarti ei tunta. Registreerige külastaja lahkunuks käsitsi.</translation>
    </message>
    <message>
        <source>There is no purpose of visit “{purpose}”. Choose one of: {choices}.</source>
        <translation>Pöördumise põhjust „{purpose}“ ei ole. Valige üks neist: {choices}.</translation>
    </message>
    <message>
        <source>There is no specialist “{specialist}” in the directory.</source>
        <translation>Spetsialisti „{specialist}“ kataloogis ei ole.</translation>
    </message>
    <message>
        <source>There is no such expected visitor.</source>
        <translation>Sellist oodatavat külastajat ei ole.</translation>
    </message>
    <message>
        <source>{name} has already been checked in.</source>
        <translation>{name} on juba registreeritud saabunuks.</translation>
    </message>
    <message>
        <source>The purpose of visit “{purpose}” leads to {route}, but no {route} is set for it. Ask an administrator to complete it.</source>
        <translation>Pöördumise põhjus „{purpose}“ suunab: {route}, kuid see pole määratud. Paluge administraatoril see täiendada.</translation>
    </message>
    <message>
        <source>The e-mail to {to} could not be sent ({detail}). The visit is registered; tell the host by phone.</source>
        <translation>E-kirja aadressile {to} ei õnnestunud saata ({detail}). Külastus on registreeritud; teatage vastuvõtjale telefoni teel.</translation>
    </message>
    <message>
        <source>No e-mail server is set (mail.host), so the host was not told by e-mail. The visit is registered.</source>
        <translation>E-posti server pole määratud (mail.host), seega vastuvõtjale e-kirja ei saadetud. Külastus on registreeritud.</translation>
    </message>
    <message>
        <source>The host {host} has no e-mail address in the directory.</source>
        <translation>Vastuvõtjal {host} pole kataloogis e-posti aadressi.</translation>
    </message>
    <message>
        <source>No ID card reader was found. Connect the reader and try again, or type the visitor's details.</source>
        <translation>ID-kaardi lugejat ei leitud. Ühendage lugeja ja proovige uuesti või sisestage külastaja andmed käsitsi.</translation>
    </message>
    <message>
        <source>There is no card in the reader {reader}. Insert the ID card chip first, or type the visitor's details.</source>
        <translation>Lugejas {reader} pole kaarti. Sisestage ID-kaart kiibiga ees või sisestage külastaja andmed käsitsi.</translation>
    </message>
    <message>
        <source>The card in the reader is not an Estonian ID card this PC can read. Type the visitor's details instead.</source>
        <translation>Lugejas olev kaart ei ole Eesti ID-kaart, mida see arvuti lugeda oskab. Sisestage külastaja andmed käsitsi.</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Take the card out, connect the reader again and try once more, or type the visitor's details.</source>
        <translation>ID-kaardi lugeja ei vasta. Võtke kaart välja, ühendage lugeja uuesti ja proovige veel kord või sisestage külastaja andmed käsitsi.</translation>
    </message>
    <message>
        <source>The ID card could not be read ({detail}). Take the card out, put it back and try again.</source>
        <translation>ID-kaarti ei õnnestunud lugeda ({detail}). Võtke kaart välja, pange tagasi ja proovige uuesti.</translation>
    </message>
    <message>
        <source>The file's first line must name its columns, at least “name” and “expected_at”. Columns Lett reads: {columns}. Nothing was imported.</source>
        <translation>Faili esimene rida peab nimetama veerud, vähemalt „name“ ja „expected_at“. Veerud, mida Lett loeb: {columns}. Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>Line {line} of the file: “{value}” is not a time like 2026-11-24 10:30. Nothing was imported.</source>
        <translation>Faili rida {line}: „{value}“ ei ole aeg kujul 2026-11-24 10:30. Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>The event at line {line} of the file has no visitor's name (SUMMARY) or no time (DTSTART). Nothing was imported.</source>
        <translation>Faili real {line} algaval sündmusel pole külastaja nime (SUMMARY) või aega (DTSTART). Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>The file is neither CSV with a line of column names nor an iCalendar (.ics) file. Nothing was imported.</source>
        <translation>Fail ei ole ei veerunimedega CSV ega iCalendari (.ics) fail. Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>Line {line} of the file: {error} Nothing was imported.</source>
        <translation>Faili rida {line}: {error} Midagi ei imporditud.</translation>
    </message>
    <message>
        <source>The registration number pattern is empty. Write it with the tokens {{S}}, {{DA}} and {{DN}}, e.g. {{S}}/{{DA}}-{{3DN}}.</source>
        <translation>Registreerimisnumbri muster on tühi. Kirjuta see tähistega {{S}}, {{DA}} ja {{DN}}, nt {{S}}/{{DA}}-{{3DN}}.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” is too long: at most {limit} characters.</source>
        <translation>Registreerimisnumbri muster „{pattern}“ on liiga pikk: lubatud on kuni {limit} märki.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” must be one line, without tabs.</source>
        <translation>Registreerimisnumbri muster „{pattern}“ peab olema üherealine ja ilma tabulaatoriteta.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has the unknown token {token}. Use {tokens}, with an optional digit for zero padding, e.g. {{3DN}}.</source>
        <translation>Registreerimisnumbri mustris „{pattern}“ on tundmatu tähis {token}. Kasuta tähiseid {tokens}; numbri ette võib lisada nullidega täitmiseks ühe numbri, nt {{3DN}}.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has the token {token} twice. Use each token once.</source>
        <translation>Registreerimisnumbri mustris „{pattern}“ on tähis {token} kaks korda. Kasuta iga tähist üks kord.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has no running number. Add {{DN}} (or {{3DN}} for three digits), or two documents would get the same number.</source>
        <translation>Registreerimisnumbri mustris „{pattern}“ puudub jooksev number. Lisa {{DN}} (või kolmekohalise numbri jaoks {{3DN}}), muidu saaksid kaks dokumenti sama numbri.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has a curly bracket that does not close a token. Write tokens like {{S}}, {{DA}} and {{DN}}.</source>
        <translation>Registreerimisnumbri mustris „{pattern}“ on looksulg, mis ei kuulu ühegi tähise juurde. Kirjuta tähised kujul {{S}}, {{DA}} ja {{DN}}.</translation>
    </message>
    <message>
        <source>“{index}” cannot be a series index: write one word of at most {limit} characters, without spaces, slashes or curly brackets, e.g. 1-2.</source>
        <translation>„{index}“ ei saa olla sarja tähis: kirjuta üks kuni {limit}-märgiline sõna ilma tühikute, kaldkriipsude ja looksulgudeta, nt 1-2.</translation>
    </message>
    <message>
        <source>“{unit}” is not a unit of a deadline. Use one of: {choices}.</source>
        <translation>„{unit}“ ei ole tähtaja ühik. Kasuta ühte neist: {choices}.</translation>
    </message>
    <message>
        <source>A deadline must be from 1 to {high}, not {amount}.</source>
        <translation>Tähtaeg peab olema 1 kuni {high}, mitte {amount}.</translation>
    </message>
    <message>
        <source>The deadline of this document type cannot be extended.</source>
        <translation>Selle dokumendiliigi tähtaega ei saa pikendada.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid choice. Use one of: {choices}.</source>
        <translation>„{value}“ ei ole lubatud valik. Kasuta ühte neist: {choices}.</translation>
    </message>
    <message>
        <source>There is no series “{series}” in the document register. Series: {choices}.</source>
        <translation>Dokumendiregistris ei ole sarja „{series}“. Sarjad: {choices}.</translation>
    </message>
    <message>
        <source>There is no document {entry} in the register.</source>
        <translation>Registris ei ole dokumenti {entry}.</translation>
    </message>
    <message>
        <source>The document has no pages. Scan or import its pages first.</source>
        <translation>Dokumendil ei ole ühtegi lehekülge. Skannige või importige kõigepealt selle leheküljed.</translation>
    </message>
    <message>
        <source>There is no number sequence “{sequence}” in this office.</source>
        <translation>Selles esinduses ei ole numbrijada „{sequence}“.</translation>
    </message>
    <message>
        <source>The series {series} was added on this PC and has not reached the server yet; the next sync sends it, within a few seconds. Nothing was registered; try again then.</source>
        <translation>Sari {series} lisati selles arvutis ega ole veel serverisse jõudnud; järgmine sünkroonimine saadab selle mõne sekundi jooksul. Midagi ei registreeritud; proovige siis uuesti.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this PC has no numbers of series {series} for {year} left to give without it. Nothing was written; reconnect this PC to the server and try again.</source>
        <translation>Serveriga ei saa ühendust ja selles arvutis ei ole sarja {series} aasta {year} numbreid ilma serverita andmiseks enam alles. Midagi ei salvestatud; ühendage arvuti uuesti serveriga ja proovige uuesti.</translation>
    </message>
    <message>
        <source>The text “{start}…” has {length} characters; at most {limit} fit. Shorten it; nothing was registered.</source>
        <translation>Tekstis „{start}…“ on {length} märki, lubatud on kuni {limit}. Lühenda seda; midagi ei registreeritud.</translation>
    </message>
    <message>
        <source>Give the document a title; nothing was registered.</source>
        <translation>Sisesta dokumendi pealkiri; midagi ei registreeritud.</translation>
    </message>
    <message>
        <source>The number of pages must be from 1 to {high}, not {pages}.</source>
        <translation>Lehtede arv peab olema 1 kuni {high}, mitte {pages}.</translation>
    </message>
    <message>
        <source>An access restriction needs its legal basis, e.g. AvTS § 35 lg 1 p 12. Give the basis or remove the restriction's dates.</source>
        <translation>Juurdepääsupiirangul peab olema õiguslik alus, nt AvTS § 35 lg 1 p 12. Sisesta alus või eemalda piirangu kuupäevad.</translation>
    </message>
    <message>
        <source>The access restriction ends ({end}) before it starts ({start}). Correct the dates.</source>
        <translation>Juurdepääsupiirang lõpeb ({end}) enne, kui see algab ({start}). Paranda kuupäevad.</translation>
    </message>
    <message>
        <source>The search has {length} characters; at most {limit} fit. Search for fewer words.</source>
        <translation>Otsingus on {length} märki, lubatud on kuni {limit}. Otsige vähemate sõnadega.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it holds no page. Nothing was taken from it; ask for the file again.</source>
        <translation>Fail {name} on tühi (0 baiti) ega sisalda ühtki lehekülge. Sellest ei võetud midagi; küsige fail uuesti.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {detail}. Nothing was taken from it.</source>
        <translation>Faili {name} ei saa lugeda: {detail}. Sellest ei võetud midagi.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete and cannot be opened as a {kind} file. Nothing was taken from it; ask for the file again or scan the paper.</source>
        <translation>Fail {name} on vigane või poolik ja seda ei saa avada {kind}-failina. Sellest ei võetud midagi; küsige fail uuesti või skannige paberdokument.</translation>
    </message>
    <message>
        <source>The file {name} is not a PDF, TIFF, JPEG or PNG file, so it cannot be taken in. Save or export it as PDF and try again.</source>
        <translation>Fail {name} ei ole PDF-, TIFF-, JPEG- ega PNG-fail, seega seda ei saa vastu võtta. Salvestage või eksportige see PDF-ina ja proovige uuesti.</translation>
    </message>
    <message>
        <source>The PDF {name} is protected by a password. Open it with the password, save a copy without protection and take that in.</source>
        <translation>PDF {name} on kaitstud parooliga. Avage see parooliga, salvestage kaitseta koopia ja võtke vastu see.</translation>
    </message>
    <message>
        <source>The file {name} holds an image of more than {limit} million pixels, too large to take in: it could exhaust this PC's memory. Nothing was taken from it.</source>
        <translation>Failis {name} on pilt, milles on üle {limit} miljoni piksli – liiga suur vastu võtmiseks, sest see võib selle arvuti mälu ammendada. Sellest ei võetud midagi.</translation>
    </message>
    <message>
        <source>Page {page} of the PDF {name} measures {width} × {height} cm; pages of at most {limit} cm a side are taken in. Nothing was taken from the file.</source>
        <translation>PDF-i {name} lehekülg {page} on {width} × {height} cm; vastu võetakse lehekülgi, mille külg on kuni {limit} cm. Failist ei võetud midagi.</translation>
    </message>
    <message>
        <source>The file {name} has {count} pages; at most {limit} are taken in at once. Split it into smaller files.</source>
        <translation>Failis {name} on {count} lehekülge; korraga võetakse vastu kuni {limit}. Jagage see väiksemateks failideks.</translation>
    </message>
    <message>
        <source>Scanning needs Windows Image Acquisition (WIA), which cannot be reached on this PC. Check that the scanner's driver is installed, or use a network scanner's address.</source>
        <translation>Skannimiseks on vaja Windowsi pildihõive teenust (WIA), mis pole selles arvutis kättesaadav. Kontrollige, et skanneri draiver on paigaldatud, või kasutage võrguskanneri aadressi.</translation>
    </message>
    <message>
        <source>Scanning needs the SANE program scanimage, which is not installed on this PC. Ask your IT support to install the package sane-utils.</source>
        <translation>Skannimiseks on vaja SANE programmi scanimage, mida selles arvutis ei ole. Paluge IT-toel paigaldada pakett sane-utils.</translation>
    </message>
    <message>
        <source>The scanner {scanner} cannot be opened ({detail}). Check that it is switched on and connected, then scan again.</source>
        <translation>Skannerit {scanner} ei saa avada ({detail}). Kontrollige, et see on sisse lülitatud ja ühendatud, ning skannige uuesti.</translation>
    </message>
    <message>
        <source>The scanner {scanner} has a paper jam. Pages scanned before it: {count}, all kept. Clear the jam and scan the rest.</source>
        <translation>Skanneris {scanner} on paberiummistus. Enne seda skannitud lehekülgi: {count}, kõik on alles. Eemaldage ummistus ja skannige ülejäänud.</translation>
    </message>
    <message>
        <source>The scanner {scanner}'s cover is open. Pages scanned before: {count}, all kept. Close the cover and scan the rest.</source>
        <translation>Skanneri {scanner} kaas on lahti. Enne skannitud lehekülgi: {count}, kõik on alles. Sulgege kaas ja skannige ülejäänud.</translation>
    </message>
    <message>
        <source>The scanner {scanner} stopped answering. Pages scanned before: {count}, all kept. Check the scanner's cable (or network) and power, then scan the rest.</source>
        <translation>Skanner {scanner} lakkas vastamast. Enne skannitud lehekülgi: {count}, kõik on alles. Kontrollige skanneri kaablit (või võrku) ja toidet ning skannige ülejäänud.</translation>
    </message>
    <message>
        <source>The scanner {scanner} is busy with another job. Wait until it is done and scan again. Pages scanned before: {count}, all kept.</source>
        <translation>Skanner {scanner} on hõivatud teise tööga. Oodake, kuni see lõpeb, ja skannige uuesti. Enne skannitud lehekülgi: {count}, kõik on alles.</translation>
    </message>
    <message>
        <source>The document feeder of the scanner {scanner} is empty. Put the pages in and scan again.</source>
        <translation>Skanneri {scanner} dokumendisöötur on tühi. Pange leheküljed sisse ja skannige uuesti.</translation>
    </message>
    <message>
        <source>The scanner {scanner} stopped with an error: {detail}. Pages scanned before: {count}, all kept.</source>
        <translation>Skanner {scanner} peatus veaga: {detail}. Enne skannitud lehekülgi: {count}, kõik on alles.</translation>
    </message>
    <message>
        <source>The scanner {scanner} refused the scan settings ({detail}). Choose another resolution, colour mode or source.</source>
        <translation>Skanner {scanner} ei võtnud skannimise seadeid vastu ({detail}). Valige muu eraldusvõime, värvirežiim või allikas.</translation>
    </message>
    <message>
        <source>“{address}” is not a scanner's address. Type an IP address like 192.168.1.20 or an address like http://192.168.1.20/eSCL.</source>
        <translation>„{address}” ei ole skanneri aadress. Sisestage IP-aadress, nt 192.168.1.20, või aadress, nt http://192.168.1.20/eSCL.</translation>
    </message>
    <message>
        <source>The network scanner at {url} does not answer. Check that it is switched on and that the address is right.</source>
        <translation>Võrguskanner aadressil {url} ei vasta. Kontrollige, et see on sisse lülitatud ja aadress on õige.</translation>
    </message>
    <message>
        <source>The scanner {scanner} sent a damaged page. Pages scanned before: {count}, all kept. Scan the rest again.</source>
        <translation>Skanner {scanner} saatis vigase lehekülje. Enne skannitud lehekülgi: {count}, kõik on alles. Skannige ülejäänud uuesti.</translation>
    </message>
    <message>
        <source>The scanner {scanner} sent no page. Put the page on the glass and scan again.</source>
        <translation>Skanner {scanner} ei saatnud ühtki lehekülge. Pange lehekülg klaasile ja skannige uuesti.</translation>
    </message>
    <message>
        <source>The scanner {scanner} has no document feeder. Put the page on the glass and scan without the feeder.</source>
        <translation>Skanneril {scanner} ei ole dokumendisööturit. Pange lehekülg klaasile ja skannige ilma sööturita.</translation>
    </message>
    <message>
        <source>The scanner {scanner} has no glass to scan from. Put the pages in its document feeder and scan with the feeder.</source>
        <translation>Skanneril {scanner} ei ole klaasi, millelt skannida. Pange leheküljed dokumendisööturisse ja skannige sööturiga.</translation>
    </message>
    <message>
        <source>{url} does not answer as a network (eSCL, AirScan) scanner: {detail}.</source>
        <translation>{url} ei vasta nagu võrguskanner (eSCL, AirScan): {detail}.</translation>
    </message>
    <message>
        <source>The page image {name} cannot be read ({detail}), so no PDF was made. The other pages are kept; scan this page again or delete it.</source>
        <translation>Lehekülje pilti {name} ei saa lugeda ({detail}), seepärast PDF-i ei tehtud. Teised leheküljed on alles; skannige see lehekülg uuesti või kustutage see.</translation>
    </message>
    <message>
        <source>Text recognition needs {program}, which is not installed on this PC. The document {name} is kept without searchable text; ask your IT support to install it.</source>
        <translation>Tekstituvastuseks on vaja programmi {program}, mida selles arvutis ei ole. Dokument {name} on alles ilma otsitava tekstita; paluge IT-toel see paigaldada.</translation>
    </message>
    <message>
        <source>Text recognition of {name} did not succeed ({detail}). The document is kept without searchable text.</source>
        <translation>Dokumendi {name} tekstituvastus ei õnnestunud ({detail}). Dokument on alles ilma otsitava tekstita.</translation>
    </message>
    <message>
        <source>The watch folder {folder} cannot be read ({detail}). Check that the network share is connected.</source>
        <translation>Jälgitavat kausta {folder} ei saa lugeda ({detail}). Kontrollige, et võrgukaust on ühendatud.</translation>
    </message>
    <message>
        <source>{field}: give a list of document types, each with a code and, for a deadline, its length and unit.</source>
        <translation>{field}: andke dokumendiliikide loend, igaühel kood ja tähtaja korral selle pikkus ja ühik.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a code. Use lower-case letters, digits and _, starting with a letter, at most 40 characters (e.g. complaint).</source>
        <translation>{field}: „{value}“ ei ole kood. Kasutage väiketähti, numbreid ja märki _, alguses täht, kuni 40 märki (nt complaint).</translation>
    </message>
    <message>
        <source>{field}: the code {value} is there twice.</source>
        <translation>{field}: kood {value} on kaks korda.</translation>
    </message>
    <message>
        <source>{field}: the document type {value} has no deadline, so it cannot have an extension.</source>
        <translation>{field}: dokumendiliigil {value} ei ole tähtaega, seega ei saa sel olla ka pikendust.</translation>
    </message>
    <message>
        <source>{field}: the extension of {value} must end later than its deadline.</source>
        <translation>{field}: liigi {value} pikendus peab lõppema hiljem kui selle tähtaeg.</translation>
    </message>
    <message>
        <source>This is not a PDF file ({size} bytes); nothing was kept. Scan the document again or choose its PDF.</source>
        <translation>See ei ole PDF-fail ({size} baiti); midagi ei salvestatud. Skannige dokument uuesti või valige selle PDF.</translation>
    </message>
    <message>
        <source>Document {number} has no PDF kept with it yet, so it cannot be forwarded or sent. Scan it or add its PDF first; the document stays registered.</source>
        <translation>Dokumendil {number} ei ole veel PDF-faili, seega ei saa seda edastada ega saata. Skannige see või lisage selle PDF; dokument jääb registreerituks.</translation>
    </message>
    <message>
        <source>Document {number} has an access restriction (AK, {basis}), so it may be forwarded only to the office's own addresses, not to {address}. Nothing was sent.</source>
        <translation>Dokumendil {number} on juurdepääsupiirang (AK, {basis}), seega võib seda edastada ainult esinduse enda aadressidele, mitte aadressile {address}. Midagi ei saadetud.</translation>
    </message>
    <message>
        <source>Document {number} could not be sent to {address}: {detail}. It was not forwarded; its status is unchanged. Try again, or forward it to a folder.</source>
        <translation>Dokumenti {number} ei õnnestunud saata aadressile {address}: {detail}. Seda ei edastatud; selle olek ei muutunud. Proovige uuesti või edastage see kausta.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or cannot be reached. Nothing was copied; the document was not forwarded.</source>
        <translation>Kausta {path} ei ole või see pole kättesaadav. Midagi ei kopeeritud; dokumenti ei edastatud.</translation>
    </message>
    <message>
        <source>Document {number} cannot be the answer: an answer is another document, an outgoing one.</source>
        <translation>Dokument {number} ei saa olla vastus: vastus on teine, väljaminev dokument.</translation>
    </message>
    <message>
        <source>Choose at least one letter; nothing was marked.</source>
        <translation>Valige vähemalt üks kiri; midagi ei märgitud.</translation>
    </message>
    <message>
        <source>Document {number} is not an outgoing letter sent by post; nothing was marked posted.</source>
        <translation>Dokument {number} ei ole posti teel saadetav väljaminev kiri; midagi ei märgitud postitatuks.</translation>
    </message>
    <message>
        <source>“{value}” cannot name a level-2 target: use lower-case letters, digits, “-” and “_”, starting with a letter (e.g. it-support).</source>
        <translation>„{value}“ ei sobi 2. taseme adressaadi nimeks: kasuta väiketähti, numbreid, „-“ ja „_“, alguses täht (nt it-tugi).</translation>
    </message>
    <message>
        <source>The level-2 target {target} needs its {what}.</source>
        <translation>2. taseme adressaadil {target} puudub {what}.</translation>
    </message>
    <message>
        <source>The level-2 target {target}: “{value}” is not the address of a Jira site. Write it like https://office.atlassian.net.</source>
        <translation>2. taseme adressaat {target}: „{value}“ ei ole Jira saidi aadress. Kirjuta see kujul https://office.atlassian.net.</translation>
    </message>
    <message>
        <source>The level-2 target {target}: “{value}” is not a Jira project key. Use its capital letters, e.g. IT.</source>
        <translation>2. taseme adressaat {target}: „{value}“ ei ole Jira projekti võti. Kasuta selle suurtähti, nt IT.</translation>
    </message>
    <message>
        <source>The level-2 target {target}: the service desk and the request type are given by their numbers, as Jira Service Management shows them (e.g. 10 and 25).</source>
        <translation>2. taseme adressaat {target}: teenindusdesk ja päringu tüüp antakse numbritega, nagu Jira Service Management neid näitab (nt 10 ja 25).</translation>
    </message>
    <message>
        <source>There is already a level-2 target {target}.</source>
        <translation>2. taseme adressaat {target} on juba olemas.</translation>
    </message>
    <message>
        <source>There is no level-2 target “{target}”. Targets: {choices}. An administrator adds them in the office's settings.</source>
        <translation>2. taseme adressaati „{target}“ ei ole. Adressaadid: {choices}. Administraator lisab need esinduse seadetes.</translation>
    </message>
    <message>
        <source>There is no escalation {escalation}.</source>
        <translation>Edastamist {escalation} ei ole.</translation>
    </message>
    <message>
        <source>Only one level-2 target can take the reports of IT problems: {first} and {second} both do.</source>
        <translation>IT-probleemide teateid saab võtta vastu ainult üks 2. taseme adressaat, aga seda teevad nii {first} kui ka {second}.</translation>
    </message>
    <message>
        <source>No level-2 target takes the reports of IT problems (targets: {choices}). An administrator marks one as IT support in the office's settings; nothing was sent.</source>
        <translation>Ükski 2. taseme adressaat ei võta IT-probleemide teateid vastu (adressaadid: {choices}). Administraator märgib ühe neist asutuse seadetes IT-toeks; midagi ei saadetud.</translation>
    </message>
    <message>
        <source>No level-2 target is configured, so the problem cannot be escalated. An administrator adds one in the settings (Level-2 targets); nothing was sent.</source>
        <translation>Ühtegi 2. taseme adressaati pole seadistatud, seega ei saa probleemi 2. tasemele edastada. Administraator lisab selle seadetes (2. taseme adressaadid); midagi ei saadetud.</translation>
    </message>
    <message>
        <source>The answer date promised to the client ({day}) has already passed. Choose today or a later day; nothing was sent.</source>
        <translation>Kliendile lubatud vastuse kuupäev ({day}) on juba möödas. Vali tänane või hilisem päev; midagi ei saadetud.</translation>
    </message>
    <message>
        <source>The contact has no e-mail address of the client, so the answer cannot be e-mailed. Phone the client, or add the address to the contact first.</source>
        <translation>Pöördumisel pole kliendi e-posti aadressi, seega ei saa vastust e-postiga saata. Helista kliendile või lisa aadress kõigepealt pöördumisele.</translation>
    </message>
    <message>
        <source>This escalation is already closed.</source>
        <translation>See edastamine on juba suletud.</translation>
    </message>
    <message>
        <source>This escalation was not made from a contact, so there is no client to tell.</source>
        <translation>See edastamine ei ole tehtud pöördumisest, seega pole klienti, kellele teatada.</translation>
    </message>
    <message>
        <source>Give the escalation a summary; nothing was sent.</source>
        <translation>Anna edastamisele lühikirjeldus; midagi ei saadetud.</translation>
    </message>
    <message>
        <source>Jira at {site} cannot be reached: {detail}. Nothing is lost: the escalation waits on this PC and is sent when the connection is back.</source>
        <translation>Jira aadressil {site} ei ole kättesaadav: {detail}. Midagi ei kao: edastamine ootab selles arvutis ja saadetakse, kui ühendus taastub.</translation>
    </message>
    <message>
        <source>No Jira token is saved on this PC for {user} at {site}. Save the account's API token (Jira Cloud) or personal access token (Jira Data Center) in the level-2 settings; the escalation waits until then.</source>
        <translation>Selles arvutis pole salvestatud Jira tokenit kasutajale {user} saidil {site}. Salvesta konto API-token (Jira Cloud) või isiklik juurdepääsutoken (Jira Data Center) 2. taseme seadetes; edastamine ootab seni.</translation>
    </message>
    <message>
        <source>Jira at {site} did not accept the token of {user}: it has expired, was revoked or is wrong. Make a new token (Jira Cloud: Atlassian account, Security, API tokens; Jira Data Center: Profile, Personal access tokens) and save it in the level-2 settings. Nothing is lost: the escalation waits and is sent then.</source>
        <translation>Jira aadressil {site} ei võtnud vastu kasutaja {user} tokenit: see on aegunud, tühistatud või vale. Loo uus token (Jira Cloud: Atlassiani konto, Security, API tokens; Jira Data Center: Profile, Personal access tokens) ja salvesta see 2. taseme seadetes. Midagi ei kao: edastamine ootab ja saadetakse siis.</translation>
    </message>
    <message>
        <source>Jira at {site} does not let {user} do this: {detail}. Ask the Jira administrator for the permission to create issues there. The escalation waits.</source>
        <translation>Jira aadressil {site} ei luba kasutajal {user} seda teha: {detail}. Küsi Jira administraatorilt õigust seal pileteid luua. Edastamine ootab.</translation>
    </message>
    <message>
        <source>Jira at {site} has no {what}. Check the level-2 target's project, issue type or request type in the office's settings.</source>
        <translation>Jiras aadressil {site} ei ole: {what}. Kontrolli esinduse seadetes 2. taseme adressaadi projekti, piletitüüpi või päringu tüüpi.</translation>
    </message>
    <message>
        <source>Jira refused the escalation because of these fields: {fields}. Correct them (or the level-2 target) and send it again; nothing else was changed.</source>
        <translation>Jira lükkas edastamise tagasi nende väljade tõttu: {fields}. Paranda need (või 2. taseme adressaat) ja saada uuesti; muud ei muudetud.</translation>
    </message>
    <message>
        <source>Jira at {site} is busy and asked Lett to wait {seconds} s more. Nothing is lost: the escalation waits on this PC and is sent later.</source>
        <translation>Jira aadressil {site} on hõivatud ja palus oodata veel {seconds} s. Midagi ei kao: edastamine ootab selles arvutis ja saadetakse hiljem.</translation>
    </message>
    <message>
        <source>Jira at {site} gave an answer Lett cannot read ({detail}). Check the site's address in the level-2 target.</source>
        <translation>Jira aadressil {site} andis vastuse, mida Lett ei oska lugeda ({detail}). Kontrolli saidi aadressi 2. taseme adressaadis.</translation>
    </message>
    <message>
        <source>The escalation could not be e-mailed to {address}: {detail}. Nothing is lost: it waits on this PC and is sent again later.</source>
        <translation>Edastamist ei õnnestunud saata e-postiga aadressile {address}: {detail}. Midagi ei kao: see ootab selles arvutis ja saadetakse hiljem uuesti.</translation>
    </message>
    <message>
        <source>“{channel}” is not a channel. Use one of: {choices}.</source>
        <translation>„{channel}“ ei ole kanal. Kasuta üht neist: {choices}.</translation>
    </message>
    <message>
        <source>The note has {length} characters; a contact's note may have at most {limit}. Shorten it; nothing was saved.</source>
        <translation>Märkuses on {length} märki, pöördumise märkuses võib olla kuni {limit}. Lühenda seda; midagi ei salvestatud.</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved. Remove it.</source>
        <translation>Märkuses on märk, mida ei saa salvestada. Eemalda see.</translation>
    </message>
    <message>
        <source>The contact ends before it starts. Check the times; nothing was saved.</source>
        <translation>Pöördumine lõpeb enne, kui see algab. Kontrolli aegu; midagi ei salvestatud.</translation>
    </message>
    <message>
        <source>There is no topic “{topic}”. Choose one of: {choices}.</source>
        <translation>Teemat „{topic}“ ei ole. Vali üks neist: {choices}.</translation>
    </message>
    <message>
        <source>There is no such contact. It may have been removed after its retention period.</source>
        <translation>Sellist pöördumist ei ole. See võib olla säilitustähtaja möödudes eemaldatud.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a topic code: use up to 32 small letters, digits, - and _.</source>
        <translation>„{value}“ ei saa olla teema kood: kasuta kuni 32 väiketähte, numbrit, - ja _.</translation>
    </message>
    <message>
        <source>A topic cannot be placed under itself or under one of its own subtopics.</source>
        <translation>Teemat ei saa paigutada iseenda ega oma alamteema alla.</translation>
    </message>
    <message>
        <source>This contact has already ended.</source>
        <translation>See pöördumine on juba lõppenud.</translation>
    </message>
    <message>
        <source>Nothing with the number {number} was found to link. Check the number; a ticket or visit is found by today's ticket number.</source>
        <translation>Numbriga {number} ei leitud midagi, mida siduda. Kontrolli numbrit; pilet või külastus leitakse tänase järjekorranumbri järgi.</translation>
    </message>
    <message>
        <source>“{kind}” cannot be linked to a contact. Use one of: {choices}.</source>
        <translation>„{kind}“ ei saa pöördumisega siduda. Kasuta üht neist: {choices}.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and kept, but it could not be printed, so it is recorded as not delivered. {detail} Then print it again: lett notice print-again {number}</source>
        <translation>Teatis {number} on väljastatud ja säilitatud, kuid seda ei õnnestunud printida, seetõttu on see märgitud kättetoimetamata teatiseks. {detail} Seejärel prindi see uuesti: lett notice print-again {number}</translation>
    </message>
    <message>
        <source>The e-mail to {address} could not be sent: {detail}. Notice {number} is issued and kept, and recorded as not e-mailed. Send it again: lett notice email {number} {address}</source>
        <translation>E-kirja aadressile {address} ei saanud saata: {detail}. Teatis {number} on väljastatud ja säilitatud ning märgitud e-postiga saatmata teatiseks. Saada see uuesti: lett notice email {number} {address}</translation>
    </message>
    <message>
        <source>Notice {number} is not waiting to be printed again: it was not recorded as failed to print. For another paper, print a copy: lett notice reprint {number} --print</source>
        <translation>Teatist {number} ei ole vaja uuesti printida: selle printimine ei ole ebaõnnestunud. Kui on vaja veel üht paberit, prindi koopia: lett notice reprint {number} --print</translation>
    </message>
    <message>
        <source>“{kind}” is not a report. Use one of: {choices}.</source>
        <translation>„{kind}“ ei ole aruanne. Valige üks neist: {choices}.</translation>
    </message>
    <message>
        <source>This report cannot be grouped by “{by}”. Use one of: {choices}.</source>
        <translation>Seda aruannet ei saa rühmitada „{by}“ järgi. Valige üks neist: {choices}.</translation>
    </message>
    <message>
        <source>This report has no measure “{measure}”. Use one of: {choices}.</source>
        <translation>Selles aruandes pole näitajat „{measure}“. Valige üks neist: {choices}.</translation>
    </message>
    <message>
        <source>The report's first day ({first}) is after its last day ({last}). Swap the dates.</source>
        <translation>Aruande esimene päev ({first}) on pärast viimast päeva ({last}). Vahetage kuupäevad.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>„{value}“ ei ole kuupäev. Kirjutage kujul AAAA-KK-PP, nt 2026-11-23.</translation>
    </message>
    <message>
        <source>A report covers at most {limit} days; {first}–{last} is {days}. Choose a shorter range.</source>
        <translation>Aruanne hõlmab kuni {limit} päeva; {first}–{last} on {days} päeva. Valige lühem vahemik.</translation>
    </message>
    <message>
        <source>There is no office “{office}” among those you may see.</source>
        <translation>Teile nähtavate esinduste seas pole esindust „{office}“.</translation>
    </message>
    <message>
        <source>“{format}” is not a report format. Use one of: {choices}.</source>
        <translation>„{format}“ ei ole aruande vorming. Valige üks neist: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a measure of results. Use one of: {choices}.</source>
        <translation>„{value}“ ei ole tulemuste näitaja. Kasutage üht neist: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a period. Use one of: {choices}.</source>
        <translation>„{value}“ ei ole periood. Kasutage üht neist: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a target: give a number from 0 up (a service level at most 100).</source>
        <translation>„{value}“ ei sobi sihiks: sisestage arv alates 0-st (teenindustase kõige rohkem 100).</translation>
    </message>
    <message>
        <source>This goal no longer exists. Refresh the list.</source>
        <translation>Seda eesmärki enam pole. Värskendage loendit.</translation>
    </message>
    <message>
        <source>There is no staff member “{staff}” in this office.</source>
        <translation>Selles esinduses pole töötajat „{staff}“.</translation>
    </message>
    <message>
        <source>This evaluation form no longer exists or is no longer in use.</source>
        <translation>Seda hindamisvormi enam pole või seda enam ei kasutata.</translation>
    </message>
    <message>
        <source>The evaluation form has no title. Write one.</source>
        <translation>Hindamisvormil pole pealkirja. Kirjutage see.</translation>
    </message>
    <message>
        <source>A question of the evaluation form has no section. Write the section's name.</source>
        <translation>Hindamisvormi küsimusel pole osa. Kirjutage osa nimi.</translation>
    </message>
    <message>
        <source>A question of the evaluation form has no text. Write it or remove the question.</source>
        <translation>Hindamisvormi küsimusel pole teksti. Kirjutage see või eemaldage küsimus.</translation>
    </message>
    <message>
        <source>A text of the evaluation form is longer than {limit} characters or holds a character that cannot be saved.</source>
        <translation>Hindamisvormi tekst on pikem kui {limit} märki või sisaldab märki, mida ei saa salvestada.</translation>
    </message>
    <message>
        <source>The evaluation form has no questions. Add at least one.</source>
        <translation>Hindamisvormil pole küsimusi. Lisage vähemalt üks.</translation>
    </message>
    <message>
        <source>The evaluation form has more than {limit} questions.</source>
        <translation>Hindamisvormil on üle {limit} küsimuse.</translation>
    </message>
    <message>
        <source>Two questions of the evaluation form have the key “{key}”.</source>
        <translation>Hindamisvormi kahel küsimusel on sama võti „{key}“.</translation>
    </message>
    <message>
        <source>The weight of “{question}” must be a whole number from 1 to {limit}.</source>
        <translation>Küsimuse „{question}“ kaal peab olema täisarv 1 kuni {limit}.</translation>
    </message>
    <message>
        <source>The form has no question “{key}”.</source>
        <translation>Vormil pole küsimust „{key}“.</translation>
    </message>
    <message>
        <source>“{question}” has no answer. Answer every question.</source>
        <translation>Küsimusele „{question}“ pole vastatud. Vastake kõigile küsimustele.</translation>
    </message>
    <message>
        <source>“{answer}” is not an answer. Use one of: {choices}.</source>
        <translation>„{answer}“ ei ole vastus. Kasutage üht neist: {choices}.</translation>
    </message>
    <message>
        <source>Choose one served ticket or one contact to evaluate.</source>
        <translation>Valige hindamiseks üks teenindatud pilet või üks pöördumine.</translation>
    </message>
    <message>
        <source>This ticket or contact was not served by {staff} in this office.</source>
        <translation>Seda piletit või pöördumist ei teenindanud selles esinduses {staff}.</translation>
    </message>
    <message>
        <source>You can score only your own work first.</source>
        <translation>Enne talitusejuhatajat saate hinnata ainult oma tööd.</translation>
    </message>
    <message>
        <source>The supervisor has already evaluated this work, so it can no longer be scored first.</source>
        <translation>Talitusejuhataja on seda tööd juba hinnanud, nii et enesehinnangut enam anda ei saa.</translation>
    </message>
    <message>
        <source>This work has already been evaluated on this side.</source>
        <translation>Seda tööd on selle poole pealt juba hinnatud.</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters or holds a character that cannot be saved.</source>
        <translation>Kommentaar on pikem kui {limit} märki või sisaldab märki, mida ei saa salvestada.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and kept, but it could not be printed: {detail} It is recorded as not delivered. Then choose it in the issuance register and press “Print again”.</source>
        <translation type="vanished">Teatis {number} on väljastatud ja säilitatud, kuid seda ei õnnestunud printida: {detail} See on märgitud kättetoimetamata teatiseks. Seejärel vali see väljastamiste registris ja vajuta „Prindi uuesti“.</translation>
    </message>
    <message>
        <source>The notice is issued and kept, but it could not be printed. {detail} Then print it again from the issuance register.</source>
        <translation type="vanished">Teatis on väljastatud ja säilitatud, kuid seda ei saanud printida. {detail} Seejärel prindi see uuesti väljastamiste registrist.</translation>
    </message>
    <message>
        <source>The notice could not be printed: {detail}. It is issued and kept; print it again from the issuance register.</source>
        <translation type="vanished">Teatist ei saanud printida: {detail}. Teatis on väljastatud ja säilitatud; printige see uuesti väljastamiste registrist.</translation>
    </message>
    <message>
        <source>The network scanner at {url} cannot be reached ({detail}). Check that it is switched on and that the address is right.</source>
        <translation type="vanished">Võrguskannerit aadressil {url} ei saa kätte ({detail}). Kontrollige, et see on sisse lülitatud ja aadress on õige.</translation>
    </message>
    <message>
        <source>Document {entry} has no PDF kept with it: it was registered without a scan.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete and cannot be opened as {kind}. Nothing was taken from it; ask for the file again or scan the paper.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The file {name} has an image of {megapixels} million pixels; at most {limit} million are taken in, as a larger one could exhaust this PC's memory. Nothing was taken from it.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The {language} text uses the placeholder “{placeholder}”, which is neither a field of this template nor a built-in one. Add the field or correct the text.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>The {language} text does not use the field “{name}”. Put the field's name in curly brackets into the text, or remove the field.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>A curly bracket in the {language} text is not closed or not opened: “{detail}”. Placeholders are written as a name in curly brackets.</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>escalations</name>
    <message>
        <source>Contact: {channel}, {time}, served by {person}</source>
        <translation>Pöördumine: {channel}, {time}, teenindas {person}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Teema: {topic}</translation>
    </message>
    <message>
        <source>Ticket: {number}</source>
        <translation>Järjekorranumber: {number}</translation>
    </message>
    <message>
        <source>Client's language: {lang}</source>
        <translation>Kliendi keel: {lang}</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>Nimi: {value}</translation>
    </message>
    <message>
        <source>Personal or registry code: {value}</source>
        <translation>Isiku- või registrikood: {value}</translation>
    </message>
    <message>
        <source>Organisation: {value}</source>
        <translation>Organisatsioon: {value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>E-post: {value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Telefon: {value}</translation>
    </message>
    <message>
        <source>The client (with their consent):</source>
        <translation>Klient (tema nõusolekul):</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Lugupeetud {name}</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Tere!</translation>
    </message>
    <message>
        <source>The answer to your question of {day}</source>
        <translation>Vastus teie {day} esitatud küsimusele</translation>
    </message>
    <message>
        <source>You asked us on {day}: {summary}</source>
        <translation>Pöördusite meie poole {day}: {summary}</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>Vastus:</translation>
    </message>
    <message>
        <source>If you have more questions, answer this e-mail or call us.</source>
        <translation>Kui teil on veel küsimusi, vastake sellele kirjale või helistage meile.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Lugupidamisega</translation>
    </message>
    <message>
        <source>The answer was e-mailed to the client ({key}).</source>
        <translation>Vastus saadeti kliendile e-postiga ({key}).</translation>
    </message>
    <message>
        <source>The client was told the answer by phone ({key}).</source>
        <translation>Kliendile teatati vastus telefoni teel ({key}).</translation>
    </message>
</context>
<context>
    <name>it_report</name>
    <message>
        <source>no ticket printer set</source>
        <translation>piletiprinterit pole määratud</translation>
    </message>
    <message>
        <source>cannot be reached: {detail}</source>
        <translation>ei ole kättesaadav: {detail}</translation>
    </message>
    <message>
        <source>does not report its status</source>
        <translation>ei teata oma olekut</translation>
    </message>
    <message>
        <source>not ready: {problem}</source>
        <translation>pole valmis: {problem}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>valmis</translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>serveriga ühendamata</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>server {server}; {waiting} changes waiting, {refused} refused; last sync {last}</source>
        <translation>server {server}; saatmata muudatusi {waiting}, tagasi lükatud {refused}; viimane sünkroonimine {last}</translation>
    </message>
    <message>
        <source>IT problem on {computer}</source>
        <translation>IT-probleem arvutis {computer}</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostika</translation>
    </message>
    <message>
        <source>Lett version: {version}</source>
        <translation>Leti versioon: {version}</translation>
    </message>
    <message>
        <source>Computer: {computer}</source>
        <translation>Arvuti: {computer}</translation>
    </message>
    <message>
        <source>Ticket printer: {printer}</source>
        <translation>Piletiprinter: {printer}</translation>
    </message>
    <message>
        <source>Sync: {sync}</source>
        <translation>Sünkroonimine: {sync}</translation>
    </message>
    <message>
        <source>Reported at: {time}</source>
        <translation>Teatatud: {time}</translation>
    </message>
    <message>
        <source>Last errors of the log</source>
        <translation>Logi viimased vead</translation>
    </message>
    <message>
        <source>No errors in the log.</source>
        <translation>Logis vigu pole.</translation>
    </message>
</context>
<context>
    <name>notice_pdf</name>
    <message>
        <source>Registry code {code}</source>
        <translation>Registrikood {code}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>nr {number}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Lehekülg {page}</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>Registreerimisnumber: {number}</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation>Kontrollkood: {code}</translation>
    </message>
    <message>
        <source>Check the document at the office with these two codes or the QR code.</source>
        <translation>Dokumendi ehtsust saab kontrollida teeninduses nende kahe koodi või QR-koodi abil.</translation>
    </message>
    <message>
        <source>Issued by, for {office}</source>
        <translation>Väljastaja, {office}</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>KOOPIA</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>KAVAND</translation>
    </message>
    <message>
        <source>Document {number} from {office}</source>
        <translation>Dokument {number} – {office}</translation>
    </message>
    <message>
        <source>Hello,

attached is document {number} from {office} as a PDF file.

Kind regards
{office}</source>
        <translation>Tere

manuses on {office} dokument {number} PDF-failina.

Lugupidamisega
{office}</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>served</source>
        <translation>teenindatud</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>suunatud mujale</translation>
    </message>
    <message>
        <source>documents_missing</source>
        <translation>dokumendid puudu</translation>
    </message>
    <message>
        <source>not_our_service</source>
        <translation>ei ole meie teenus</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>ei ilmunud</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>At the back of the queue</source>
        <translation>Järjekorra lõppu</translation>
    </message>
    <message>
        <source>At the front of the queue</source>
        <translation>Järjekorra algusesse</translation>
    </message>
    <message>
        <source>By the time of arrival</source>
        <translation>Saabumisaja järgi</translation>
    </message>
</context>
<context>
    <name>register_follow</name>
    <message>
        <source>Request for information</source>
        <translation>Teabenõue</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Märgukiri</translation>
    </message>
    <message>
        <source>Request for explanation</source>
        <translation>Selgitustaotlus</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Avaldus</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Muu dokument</translation>
    </message>
    <message>
        <source>Forwarded document {number}: {title}</source>
        <translation>Edastatud dokument {number}: {title}</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE (AK). Basis: {basis}. Restricted until {until}. Do not pass it on outside the office.</source>
        <translation>ASUTUSESISESEKS KASUTAMISEKS (AK). Alus: {basis}. Juurdepääsupiirang kuni {until}. Ärge edastage seda väljapoole asutust.</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>Registreerimisnumber: {number}</translation>
    </message>
    <message>
        <source>Registered: {date}</source>
        <translation>Registreeritud: {date}</translation>
    </message>
    <message>
        <source>Sender: {sender}</source>
        <translation>Saatja: {sender}</translation>
    </message>
    <message>
        <source>Document type: {type}</source>
        <translation>Dokumendi liik: {type}</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>Pealkiri: {title}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Tähtaeg: {date}</translation>
    </message>
    <message>
        <source>The document is attached as a PDF. This message was sent from the office's document register.</source>
        <translation>Dokument on lisatud PDF-failina. Sõnum saadeti esinduse dokumendiregistrist.</translation>
    </message>
    <message>
        <source>Outgoing post</source>
        <translation>Väljasaadetav post</translation>
    </message>
    <message>
        <source>Letters: {count}</source>
        <translation>Kirju: {count}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Reg. no.</source>
        <translation>Reg nr</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Adressaat</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Aadress</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Lehti</translation>
    </message>
    <message>
        <source>No letters are waiting to be posted.</source>
        <translation>Väljasaatmist ootavaid kirju ei ole.</translation>
    </message>
    <message>
        <source>Handed over by (name, signature)</source>
        <translation>Üle andis (nimi, allkiri)</translation>
    </message>
    <message>
        <source>Received by (name, signature)</source>
        <translation>Vastu võttis (nimi, allkiri)</translation>
    </message>
    <message>
        <source>(extended)</source>
        <translation>(pikendatud)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreeritud</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Saatja</translation>
    </message>
    <message>
        <source>Sender's number and date</source>
        <translation>Saatja number ja kuupäev</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumendi liik</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Access restriction</source>
        <translation>Juurdepääsupiirang</translation>
    </message>
    <message>
        <source>REGISTRATION SLIP</source>
        <translation>REGISTREERIMISKAART</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Registreerimisnumber</translation>
    </message>
    <message>
        <source>Registered by {name}</source>
        <translation>Registreeris {name}</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE</source>
        <translation>ASUTUSESISESEKS KASUTAMISEKS</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Nädal</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuu</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Nädalapäev</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Tund</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Teenus</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Teeninduslett</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Töötaja</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Esindus</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>2. tase</translation>
    </message>
    <message>
        <source>Tickets in line</source>
        <translation>Pileteid järjekorras</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Saabunuid</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Välja kutsutud</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Teenindatud</translation>
    </message>
    <message>
        <source>Mean wait, min</source>
        <translation>Keskmine ooteaeg, min</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Pikim ooteaeg, min</translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation>Teenindustase, %</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Ei ilmunud</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Ümber suunatud</translation>
    </message>
    <message>
        <source>Wrong tickets corrected</source>
        <translation>Parandatud valed piletid</translation>
    </message>
    <message>
        <source>Left uncalled at closing</source>
        <translation>Sulgemisel välja kutsumata</translation>
    </message>
    <message>
        <source>Mean handling time, min</source>
        <translation>Keskmine teenindusaeg, min</translation>
    </message>
    <message>
        <source>Outcome: served</source>
        <translation>Tulemus: teenindatud</translation>
    </message>
    <message>
        <source>Outcome: referred</source>
        <translation>Tulemus: suunatud edasi</translation>
    </message>
    <message>
        <source>Outcome: documents missing</source>
        <translation>Tulemus: dokumendid puudu</translation>
    </message>
    <message>
        <source>Outcome: not our service</source>
        <translation>Tulemus: pole meie teenus</translation>
    </message>
    <message>
        <source>Outcome: other</source>
        <translation>Tulemus: muu</translation>
    </message>
    <message>
        <source>Time open, min</source>
        <translation>Avatud, min</translation>
    </message>
    <message>
        <source>Occupancy, %</source>
        <translation>Hõivatus, %</translation>
    </message>
    <message>
        <source>Idle while people waited, min</source>
        <translation>Jõude, kui inimesed ootasid, min</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Pöördumised</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Veel käimas</translation>
    </message>
    <message>
        <source>Escalations opened</source>
        <translation>2. tasemele edastatud</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Lahendatud</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Praegu tähtaja ületanud</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumendi liik</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Sari</translation>
    </message>
    <message>
        <source>Incoming or outgoing</source>
        <translation>Sissetulev või väljaminev</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreeritud</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Vastatud tähtajaks</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Vastatud hilinemisega</translation>
    </message>
    <message>
        <source>Purpose of visit</source>
        <translation>Pöördumise põhjus</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Külastajad</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>Lahkumine märkimata</translation>
    </message>
    <message>
        <source>Notice template</source>
        <translation>Teatise mall</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Kättetoimetamine</translation>
    </message>
    <message>
        <source>Notices issued</source>
        <translation>Väljastatud teatised</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Koopiad</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Järjekord</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Teenindusletid</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>2. tasemele edastamised</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumendid</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Teatised</translation>
    </message>
    <message>
        <source>Report: {kind}, {first}–{last}</source>
        <translation>Aruanne: {kind}, {first}–{last}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>esmaspäev</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>teisipäev</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>kolmapäev</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>neljapäev</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>reede</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>laupäev</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>pühapäev</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Sissetulev</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Väljaminev</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Üle antud</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Postiga saadetud</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>E-postiga saadetud</translation>
    </message>
    <message>
        <source>Nothing to count in these days.</source>
        <translation>Nendel päevadel pole midagi loendada.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Aruanne</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>haldur</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>talitusejuhataja</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>valvelaud</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>teeninduslett</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was lost: try again, and if it happens again, tell the administrator.</source>
        <translation>Midagi läks valesti ja toimingut ei tehtud. Midagi ei läinud kaotsi: proovige uuesti ja kui viga kordub, teatage administraatorile.</translation>
    </message>
</context>
<context>
    <name>scan_separator</name>
    <message>
        <source>Separator sheet</source>
        <translation>Eraldusleht</translation>
    </message>
    <message>
        <source>Put it in front of each document</source>
        <translation>Pange see iga dokumendi ette</translation>
    </message>
    <message>
        <source>Lett splits the scanned pages here and leaves this sheet out.</source>
        <translation>Lett jagab skannitud lehed siin dokumentideks ja jätab selle lehe välja.</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Number {number}, counter {counter}</source>
        <translation>Number {number}, teeninduslett {counter}</translation>
    </message>
    <message>
        <source>Your number is {number}</source>
        <translation>Teie number on {number}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>waiting</source>
        <translation>ootel</translation>
    </message>
    <message>
        <source>called</source>
        <translation>kutsutud</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>ootele pandud</translation>
    </message>
    <message>
        <source>done</source>
        <translation>teenindatud</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>ei ilmunud</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>tühistatud</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>kehtetu</translation>
    </message>
</context>
<context>
    <name>ticket</name>
    <message>
        <source>People ahead: {n}</source>
        <translation>Teie ees järjekorras: {n}</translation>
    </message>
    <message>
        <source>Estimated wait: {low}–{high} min</source>
        <translation>Eeldatav ooteaeg: {low}–{high} min</translation>
    </message>
    <message>
        <source>Thank you for waiting</source>
        <translation>Täname ootamast</translation>
    </message>
    <message>
        <source>Follow your turn on your phone</source>
        <translation>Jälgi oma järjekorda telefonis</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Järjekorrapilet</translation>
    </message>
</context>
<context>
    <name>ticket_page</name>
    <message>
        <source>Your ticket</source>
        <translation>Teie järjekorrapilet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Teie number</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Teenus</translation>
    </message>
    <message>
        <source>People ahead of you: {n}</source>
        <translation>Teie ees: {n}</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Teie olete järgmine.</translation>
    </message>
    <message>
        <source>Estimated wait: {low}–{high} min</source>
        <translation>Eeldatav ooteaeg: {low}–{high} min</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>Teie kord on käes</translation>
    </message>
    <message>
        <source>Go to counter {counter}</source>
        <translation>Minge teenindusletti {counter}</translation>
    </message>
    <message>
        <source>Your visit at counter {counter} is paused. Please stay nearby: the counter will call you again.</source>
        <translation>Teie teenindamine teenindusletis {counter} on peatatud. Palun jääge lähedale: teid kutsutakse uuesti.</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Täname külastuse eest.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>See järjekorrapilet on tühistatud.</translation>
    </message>
    <message>
        <source>Your ticket was replaced. Your new number is {number}.</source>
        <translation>Teie järjekorrapilet asendati. Teie uus number on {number}.</translation>
    </message>
    <message>
        <source>You were called but did not come. Please ask at the reception desk.</source>
        <translation>Teid kutsuti, kuid te ei ilmunud. Palun pöörduge infoletti.</translation>
    </message>
    <message>
        <source>This ticket is no longer in the queue.</source>
        <translation>Seda järjekorrapiletit ei ole enam järjekorras.</translation>
    </message>
    <message>
        <source>Tell me when this many people are ahead of me</source>
        <translation>Teata mulle, kui minu ees on nii palju inimesi</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Määra</translation>
    </message>
    <message>
        <source>You will be told when {n} are ahead of you, while this page is open.</source>
        <translation>Teile antakse teada, kui teie ees on {n}, kuni see leht on avatud.</translation>
    </message>
    <message>
        <source>Your turn is near. People ahead of you: {n}</source>
        <translation>Teie kord on lähedal. Teie ees: {n}</translation>
    </message>
    <message>
        <source>I have stepped out, back in {minutes} minutes</source>
        <translation>Läksin korraks välja, tulen {minutes} minuti pärast tagasi</translation>
    </message>
    <message>
        <source>You stepped out. Your place is kept until {time}.</source>
        <translation>Te läksite korraks välja. Teie kohta hoitakse kuni {time}.</translation>
    </message>
    <message>
        <source>I am back</source>
        <translation>Olen tagasi</translation>
    </message>
    <message>
        <source>That did not reach the office. Please try again.</source>
        <translation>See ei jõudnud esindusse. Palun proovige uuesti.</translation>
    </message>
    <message>
        <source>Turn on sound and vibration</source>
        <translation>Lülita heli ja värin sisse</translation>
    </message>
    <message>
        <source>Sound and vibration are on.</source>
        <translation>Heli ja värin on sees.</translation>
    </message>
    <message>
        <source>Updated live.</source>
        <translation>Uueneb jooksvalt.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Ühendus katkes. Ühendan uuesti…</translation>
    </message>
    <message>
        <source>This ticket has expired. If you still need service, please take a new ticket.</source>
        <translation>Selle järjekorrapileti aeg on läbi. Kui vajate veel teenindust, võtke palun uus järjekorrapilet.</translation>
    </message>
    <message>
        <source>There is no ticket at this address. Please check the link, or scan the code on your ticket again.</source>
        <translation>Sellel aadressil ei ole järjekorrapiletit. Palun kontrollige linki või skannige piletil olev kood uuesti.</translation>
    </message>
    <message>
        <source>Too many requests from this network. Please wait a minute and try again.</source>
        <translation>Sellest võrgust on tulnud liiga palju päringuid. Palun oodake minut ja proovige uuesti.</translation>
    </message>
    <message>
        <source>Only {n} people are ahead of you now.</source>
        <translation type="vanished"></translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
</context>
<context>
    <name>visitor_mail</name>
    <message>
        <source>Your visitor has arrived: {name}</source>
        <translation>Teie külaline on saabunud: {name}</translation>
    </message>
    <message>
        <source>{name} has arrived and is waiting for you.</source>
        <translation>{name} on saabunud ja ootab teid.</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Asutus: {organisation}</translation>
    </message>
    <message>
        <source>Arrived at: {time}</source>
        <translation>Saabus: {time}</translation>
    </message>
    <message>
        <source>Purpose of visit: {purpose}</source>
        <translation>Pöördumise põhjus: {purpose}</translation>
    </message>
    <message>
        <source>Your room: {room}</source>
        <translation>Teie ruum: {room}</translation>
    </message>
    <message>
        <source>This message was sent by the reception desk's Lett.</source>
        <translation>Selle kirja saatis infoleti Lett.</translation>
    </message>
</context>
</TS>
