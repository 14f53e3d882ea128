<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>Answers</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>частично</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>не применимо</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>Supervisor board</source>
        <translation>Панель руководителя</translation>
    </message>
    <message>
        <source>Services now</source>
        <translation>Услуги сейчас</translation>
    </message>
    <message>
        <source>Counters now</source>
        <translation>Окна обслуживания сейчас</translation>
    </message>
    <message>
        <source>Waits past the target</source>
        <translation>Ожидание дольше целевого</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Макс. ожидание, мин</translation>
    </message>
    <message>
        <source>Target, min</source>
        <translation>Цель, мин</translation>
    </message>
    <message>
        <source>Expected wait, min</source>
        <translation>Ожидаемое время ожидания, мин</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>Открытые окна</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Обслужено сегодня</translation>
    </message>
    <message>
        <source>Service level today</source>
        <translation>Уровень обслуживания сегодня</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Обслуживает</translation>
    </message>
    <message>
        <source>For, min</source>
        <translation>Длится, мин</translation>
    </message>
    <message>
        <source>Waiting for it</source>
        <translation>Ждут это окно</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Сейчас ожидают</translation>
    </message>
    <message>
        <source>Past the target</source>
        <translation>Дольше целевого</translation>
    </message>
    <message>
        <source>no counter open</source>
        <translation>нет открытых окон</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>обслуживает</translation>
    </message>
    <message>
        <source>idle while people wait</source>
        <translation>свободно, хотя люди ждут</translation>
    </message>
    <message>
        <source>free</source>
        <translation>свободно</translation>
    </message>
    <message>
        <source>{number}: {waited} min (target {target})</source>
        <translation>{number}: {waited} мин (цель {target})</translation>
    </message>
    <message>
        <source>Nobody has waited past the target.</source>
        <translation>Никто не ждал дольше целевого времени.</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Lett – supervisor board</source>
        <translation>Lett – панель руководителя</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel and reissue a ticket</source>
        <translation>Отмена и перевыпуск талона</translation>
    </message>
    <message>
        <source>The ticket is cancelled. Choose the right service to issue a new ticket in its place: the visitor keeps their arrival time and place in the queue.</source>
        <translation>Талон будет отменён. Выберите нужную услугу, чтобы выдать вместо него новый талон: время прихода посетителя и его место в очереди сохранятся.</translation>
    </message>
    <message>
        <source>e.g. A012</source>
        <translation>напр. A012</translation>
    </message>
    <message>
        <source>Ticket number:</source>
        <translation>Номер талона:</translation>
    </message>
    <message>
        <source>No new ticket, only cancel</source>
        <translation>Только отменить, без нового талона</translation>
    </message>
    <message>
        <source>Right service:</source>
        <translation>Нужная услуга:</translation>
    </message>
    <message>
        <source>Cancel ticket</source>
        <translation>Отменить талон</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <source>Choose your own password: it replaces the one an administrator gave.</source>
        <translation>Выберите свой пароль: он заменит пароль, выданный администратором.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Введите текущий пароль, затем новый — дважды.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConfigDialog</name>
    <message>
        <source>Configuration</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Notice templates</source>
        <translation>Шаблоны уведомлений</translation>
    </message>
    <message>
        <source>Export the configuration</source>
        <translation>Экспорт настроек</translation>
    </message>
    <message>
        <source>Configuration (*.toml *.json)</source>
        <translation>Настройки (*.toml *.json)</translation>
    </message>
    <message>
        <source>The configuration is written to {path}.</source>
        <translation>Настройки записаны в файл {path}.</translation>
    </message>
    <message>
        <source>Import a configuration</source>
        <translation>Импорт настроек</translation>
    </message>
    <message>
        <source>Replace this office's services, counters and settings with those in {path}? Services and counters the file does not list are removed.</source>
        <translation>Заменить услуги, окна обслуживания и настройки этого офиса данными из файла {path}? Услуги и окна, которых нет в файле, будут удалены.</translation>
    </message>
    <message>
        <source>The configuration of {path} is taken.</source>
        <translation>Настройки из файла {path} применены.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>Start a call (F12)</source>
        <translation>Начать звонок (F12)</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Завершить и сохранить</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>A short note: what was asked and answered</source>
        <translation>Короткая заметка: что спросили и что ответили</translation>
    </message>
    <message>
        <source>Client (only when needed)</source>
        <translation>Клиент (только при необходимости)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Personal or registry code</source>
        <translation>Личный или регистрационный код</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Record without timer</source>
        <translation>Сохранить без таймера</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>Start a call (F9)</source>
        <translation type="vanished">Начать звонок (F9)</translation>
    </message>
</context>
<context>
    <name>ContactTable</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Мин</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Обслужил</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>going on</source>
        <translation>идёт</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>обезличено</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>My contacts today</source>
        <translation>Мои обращения сегодня</translation>
    </message>
    <message>
        <source>The office's</source>
        <translation>Обращения офиса</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>По темам</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>По каналам</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>My escalations</source>
        <translation>Мои передачи</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Передать на 2-й уровень…</translation>
    </message>
    <message>
        <source>Tell the client and close…</source>
        <translation>Сообщить клиенту и закрыть…</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Отправить снова</translation>
    </message>
    <message>
        <source>Open in Jira</source>
        <translation>Открыть в Jira</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>A word of the note, the client's name or code</source>
        <translation>Слово из заметки, имя или код клиента</translation>
    </message>
    <message>
        <source>Open the chosen contact</source>
        <translation>Открыть выбранное обращение</translation>
    </message>
    <message>
        <source>What the opened contact produced</source>
        <translation>Что возникло из открытого обращения</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Запись реестра документов</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Ticket or registration number</source>
        <translation>Номер талона или регистрационный номер</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <source>Your roles do not include recording contacts: the journal is not shown.</source>
        <translation>Ваши роли не включают запись обращений: журнал не показывается.</translation>
    </message>
    <message>
        <source>Escalations that need you: {count} (Contacts, My escalations).</source>
        <translation>Передач, ожидающих вашего действия: {count} (Обращения, Мои передачи).</translation>
    </message>
    <message>
        <source>The contact is recorded: {topic}, {minutes} min.</source>
        <translation>Обращение сохранено: {topic}, {minutes} мин.</translation>
    </message>
    <message>
        <source>no topic</source>
        <translation>без темы</translation>
    </message>
    <message>
        <source>The contact is saved.</source>
        <translation>Обращение сохранено.</translation>
    </message>
    <message>
        <source>Choose a contact in the list first.</source>
        <translation>Сначала выберите обращение в списке.</translation>
    </message>
    <message>
        <source>Nothing linked yet.</source>
        <translation>Пока ничего не связано.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Open a contact first: escalate it from there.</source>
        <translation>Сначала откройте обращение и передайте его оттуда.</translation>
    </message>
    <message>
        <source>The escalation is in the outbox: “{summary}”. It is sent in the background.</source>
        <translation>Передача ожидает отправки: «{summary}». Она будет отправлена в фоновом режиме.</translation>
    </message>
    <message>
        <source>Choose an escalation in the list first.</source>
        <translation>Сначала выберите передачу в списке.</translation>
    </message>
    <message>
        <source>The escalation and its contact are closed.</source>
        <translation>Передача и её обращение закрыты.</translation>
    </message>
    <message>
        <source>The escalation is back in the outbox.</source>
        <translation>Передача снова ожидает отправки.</translation>
    </message>
    <message>
        <source>The IT problem is reported to {target}.</source>
        <translation>Об ИТ-проблеме сообщено: {target}.</translation>
    </message>
</context>
<context>
    <name>CountTable</name>
    <message>
        <source>Topic or channel</source>
        <translation>Тема или канал</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращений</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(без темы)</translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <source>Counters</source>
        <translation>Окна обслуживания</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>On the display</source>
        <translation>На табло</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Label on the display</source>
        <translation>Обозначение на табло</translation>
    </message>
    <message>
        <source>New counter</source>
        <translation>Новое окно</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Окно {number}</translation>
    </message>
    <message>
        <source>The counter is saved.</source>
        <translation>Окно обслуживания сохранено.</translation>
    </message>
    <message>
        <source>Remove the counter</source>
        <translation>Удаление окна обслуживания</translation>
    </message>
    <message>
        <source>Remove counter {number}?</source>
        <translation>Удалить окно {number}?</translation>
    </message>
    <message>
        <source>The counter is removed.</source>
        <translation>Окно обслуживания удалено.</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <source>Display</source>
        <translation>Информационное табло</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Макет</translation>
    </message>
    <message>
        <source>Calls shown</source>
        <translation>Показываемые вызовы</translation>
    </message>
    <message>
        <source>Chime</source>
        <translation>Звуковой сигнал</translation>
    </message>
    <message>
        <source>Calls, and below them who waits per service</source>
        <translation>Вызовы, а под ними ожидающие по услугам</translation>
    </message>
    <message>
        <source>Calls only</source>
        <translation>Только вызовы</translation>
    </message>
    <message>
        <source>Sound a chime on each call</source>
        <translation>Звуковой сигнал при каждом вызове</translation>
    </message>
    <message>
        <source>This display PC</source>
        <translation>Этот компьютер табло</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голосовое оповещение</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Recorded fragments</source>
        <translation>Записанные фрагменты</translation>
    </message>
    <message>
        <source>Say each call aloud: the visitor's language, then Estonian (the chime sounds either way)</source>
        <translation>Объявлять каждый вызов голосом: на языке посетителя, затем на эстонском (звуковой сигнал звучит в любом случае)</translation>
    </message>
    <message>
        <source>empty: the built-in voice</source>
        <translation>пусто: встроенный голос</translation>
    </message>
    <message>
        <source>A folder with a subfolder per language (et, ru, en) of WAV files: number.wav, counter.wav, 0.wav to 9.wav, A.wav to Z.wav. A call is said from them where all its parts are there, otherwise by the built-in voice. The display takes these at its next start.</source>
        <translation>Папка с подпапкой для каждого языка (et, ru, en) с файлами WAV: number.wav, counter.wav, 0.wav–9.wav, A.wav–Z.wav. Вызов составляется из них, если есть все его части, иначе его произносит встроенный голос. Табло применит это при следующем запуске.</translation>
    </message>
    <message>
        <source>The folder of recorded fragments does not exist: {folder}. Choose an existing folder, or leave it empty for the built-in voice.</source>
        <translation>Папка записанных фрагментов не существует: {folder}. Выберите существующую папку или оставьте поле пустым для встроенного голоса.</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Не удалось сохранить настройки: {detail}</translation>
    </message>
    <message>
        <source>The display settings are saved.</source>
        <translation>Настройки табло сохранены.</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <source>Lett – waiting-room display</source>
        <translation>Lett – информационное табло</translation>
    </message>
    <message>
        <source>Please go to the counter shown with your number</source>
        <translation>Пожалуйста, пройдите к окну, указанному рядом с вашим номером</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Вызывается</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Counter {counter}</source>
        <translation>Окно {counter}</translation>
    </message>
    <message>
        <source>Called again</source>
        <translation>Повторный вызов</translation>
    </message>
    <message>
        <source>{code} {service}: {count} waiting</source>
        <translation>{code} {service}: в очереди {count}</translation>
    </message>
</context>
<context>
    <name>EscalateDialog</name>
    <message>
        <source>Escalate to level 2</source>
        <translation>Передать на 2-й уровень</translation>
    </message>
    <message>
        <source>Level-2 target</source>
        <translation>Адресат 2-го уровня</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Answer promised to the client by</source>
        <translation>Ответ обещан клиенту до</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>service desk</source>
        <translation>портал поддержки</translation>
    </message>
    <message>
        <source>The client's details</source>
        <translation>Данные клиента</translation>
    </message>
    <message>
        <source>The client agrees that level 2 gets these details</source>
        <translation>Клиент согласен, чтобы 2-й уровень получил эти данные</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Personal or registry code</source>
        <translation>Личный или регистрационный код</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>The contact has no client details; level 2 gets only the description.</source>
        <translation>В обращении нет данных клиента; 2-й уровень получит только описание.</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>EscalationPage</name>
    <message>
        <source>Level-2 targets</source>
        <translation>Адресаты 2-го уровня</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Адрес сайта</translation>
    </message>
    <message>
        <source>Account (e-mail)</source>
        <translation>Учётная запись (эл. почта)</translation>
    </message>
    <message>
        <source>Project key</source>
        <translation>Ключ проекта</translation>
    </message>
    <message>
        <source>Issue type</source>
        <translation>Тип заявки</translation>
    </message>
    <message>
        <source>Service desk id</source>
        <translation>ID портала поддержки</translation>
    </message>
    <message>
        <source>Request type id</source>
        <translation>ID типа запроса</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Токен</translation>
    </message>
    <message>
        <source>Jira project and issue type</source>
        <translation>Проект Jira и тип заявки</translation>
    </message>
    <message>
        <source>Jira Service Management request type</source>
        <translation>Тип запроса Jira Service Management</translation>
    </message>
    <message>
        <source>Jira Cloud (API token)</source>
        <translation>Jira Cloud (API-токен)</translation>
    </message>
    <message>
        <source>Jira Data Center / Server (personal access token)</source>
        <translation>Jira Data Center / Server (личный токен доступа)</translation>
    </message>
    <message>
        <source>e.g. it-support</source>
        <translation>напр. it-support</translation>
    </message>
    <message>
        <source>e.g. IT</source>
        <translation>напр. IT</translation>
    </message>
    <message>
        <source>e.g. Task</source>
        <translation>напр. Task</translation>
    </message>
    <message>
        <source>e.g. 10</source>
        <translation>напр. 10</translation>
    </message>
    <message>
        <source>e.g. 25</source>
        <translation>напр. 25</translation>
    </message>
    <message>
        <source>kept on this PC in the keyring; empty: keep the saved one</source>
        <translation>хранится в хранилище ключей этого компьютера; пусто — остаётся сохранённый</translation>
    </message>
    <message>
        <source>Reports of IT problems go here</source>
        <translation>Сообщения об ИТ-проблемах направляются сюда</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Новый адресат</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Удалить выбранный</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить соединение</translation>
    </message>
    <message>
        <source>Save the target</source>
        <translation>Сохранить адресата</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>ИТ-поддержка</translation>
    </message>
    <message>
        <source>The level-2 target is saved.</source>
        <translation>Адресат 2-го уровня сохранён.</translation>
    </message>
    <message>
        <source>Choose a target in the list first.</source>
        <translation>Сначала выберите адресата в списке.</translation>
    </message>
    <message>
        <source>The level-2 target is removed; escalations made to it keep their issues.</source>
        <translation>Адресат 2-го уровня удалён; сделанные ему передачи сохраняют свои заявки.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Проверяем…</translation>
    </message>
    <message>
        <source>The connection works: {found}</source>
        <translation>Соединение работает: {found}</translation>
    </message>
</context>
<context>
    <name>EscalationTable</name>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>Обещано до</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Ваше действие</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>refused: {reason}</source>
        <translation>отклонено: {reason}</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>к выполнению</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <source>correct and send again</source>
        <translation>исправьте и отправьте снова</translation>
    </message>
    <message>
        <source>answered: tell the client</source>
        <translation>есть ответ: сообщите клиенту</translation>
    </message>
    <message>
        <source>promised date passed</source>
        <translation>обещанный срок прошёл</translation>
    </message>
    <message>
        <source>promised date is near</source>
        <translation>обещанный срок близок</translation>
    </message>
</context>
<context>
    <name>EvaluateDialog</name>
    <message>
        <source>Score my work</source>
        <translation>Оценить свою работу</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Оценить</translation>
    </message>
    <message>
        <source>Whose work:</source>
        <translation>Чья работа:</translation>
    </message>
    <message>
        <source>Served ticket or contact:</source>
        <translation>Обслуженный талон или обращение:</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Анкета оценки:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>ticket {number}</source>
        <translation>талон {number}</translation>
    </message>
    <message>
        <source>contact ({channel})</source>
        <translation>обращение ({channel})</translation>
    </message>
    <message>
        <source>No served tickets or contacts in the last month.</source>
        <translation>За последний месяц нет обслуженных талонов или обращений.</translation>
    </message>
    <message>
        <source>There is no evaluation form yet. The supervisor makes one under Scorecards.</source>
        <translation>Анкеты оценки ещё нет. Руководитель службы создаёт её в разделе «Анкеты оценки».</translation>
    </message>
    <message>
        <source>* critical: answered “no”, it fails the whole form. The weight is in brackets.</source>
        <translation>* критический: ответ «нет» обнуляет всю оценку. Вес указан в скобках.</translation>
    </message>
    <message>
        <source>Choose the work and the form first.</source>
        <translation>Сначала выберите работу и анкету оценки.</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>Quality evaluations</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Все сотрудники</translation>
    </message>
    <message>
        <source>Score my work first…</source>
        <translation>Сначала оценить свою работу…</translation>
    </message>
    <message>
        <source>Evaluate…</source>
        <translation>Оценить…</translation>
    </message>
    <message>
        <source>Scorecards…</source>
        <translation>Анкеты оценки…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Scored by</source>
        <translation>Оценщик</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Gap to own score</source>
        <translation>Разница с самооценкой</translation>
    </message>
    <message>
        <source>self</source>
        <translation>сам(а)</translation>
    </message>
    <message>
        <source>Nobody has evaluated in this month: {names}</source>
        <translation>В этом месяце не оценены: {names}</translation>
    </message>
    <message>
        <source>Everyone has been evaluated in this month.</source>
        <translation>В этом месяце оценены все.</translation>
    </message>
    <message>
        <source>No evaluations yet.</source>
        <translation>Оценок пока нет.</translation>
    </message>
    <message>
        <source>A critical question failed the whole form.</source>
        <translation>Критический вопрос обнулил всю оценку.</translation>
    </message>
    <message>
        <source>own score: {answer}</source>
        <translation>самооценка: {answer}</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>The evaluation is saved.</source>
        <translation>Оценка сохранена.</translation>
    </message>
</context>
<context>
    <name>ExpectedTable</name>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающий специалист</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>FieldDetails</name>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Label ({language})</source>
        <translation>Подпись ({language})</translation>
    </message>
    <message>
        <source>value: et | ru | en; …</source>
        <translation>значение: et | ru | en; …</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <source>Field {name}</source>
        <translation>Поле {name}</translation>
    </message>
</context>
<context>
    <name>FieldInput</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>дд.мм.гггг</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 цифр</translation>
    </message>
    <message>
        <source>name@example.ee</source>
        <translation>имя@example.ee</translation>
    </message>
</context>
<context>
    <name>GoalsDialog</name>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>Чья</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Установил(а)</translation>
    </message>
    <message>
        <source>The team (everyone)</source>
        <translation>Команда (все)</translation>
    </message>
    <message>
        <source>Set the goal</source>
        <translation>Установить цель</translation>
    </message>
    <message>
        <source>Remove the chosen goal</source>
        <translation>Удалить выбранную цель</translation>
    </message>
    <message>
        <source>Whose:</source>
        <translation>Чья:</translation>
    </message>
    <message>
        <source>Measure:</source>
        <translation>Показатель:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Handling time, min (at most)</source>
        <translation>Время обслуживания, мин (не более)</translation>
    </message>
    <message>
        <source>Service level of the calls, %</source>
        <translation>Уровень обслуживания вызовов, %</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>в день</translation>
    </message>
    <message>
        <source>a week</source>
        <translation>в неделю</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>в месяц</translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>The goal is set.</source>
        <translation>Цель установлена.</translation>
    </message>
</context>
<context>
    <name>HoursEdit</name>
    <message>
        <source>Monday</source>
        <translation>Понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Воскресенье</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>open at any time (no hours set)</source>
        <translation>открыто в любое время (часы не заданы)</translation>
    </message>
</context>
<context>
    <name>InsideTable</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающий специалист</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Личный код</translation>
    </message>
    <message>
        <source>waiting area</source>
        <translation>зона ожидания</translation>
    </message>
</context>
<context>
    <name>IssuanceRegister</name>
    <message>
        <source>Issuance register</source>
        <translation>Реестр выдач</translation>
    </message>
    <message>
        <source>Search by number or recipient</source>
        <translation>Поиск по номеру или получателю</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Способ вручения</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Выдал(а)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копия</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписано</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить как PDF…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Отправить по э-почте</translation>
    </message>
    <message>
        <source>Export for signing…</source>
        <translation>Экспорт для подписания…</translation>
    </message>
    <message>
        <source>Attach signed container…</source>
        <translation>Приложить подписанный контейнер…</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>вручено лично</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>отправлено почтой</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>отправлено по э-почте</translation>
    </message>
    <message>
        <source>not handed over: not printed</source>
        <translation>не вручено: не удалось напечатать</translation>
    </message>
    <message>
        <source>not posted: not printed</source>
        <translation>не отправлено почтой: не удалось напечатать</translation>
    </message>
    <message>
        <source>not e-mailed: sending failed</source>
        <translation>не отправлено по э-почте: отправка не удалась</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Напечатать снова</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation>Напечатать копию</translation>
    </message>
    <message>
        <source>The notice could not be printed when it was issued: print it now; it is then recorded as delivered</source>
        <translation>При выдаче уведомление не удалось напечатать: напечатайте его сейчас, после этого оно отмечается как доставленное</translation>
    </message>
    <message>
        <source>Print a copy marked COPY, registered under the same number</source>
        <translation>Напечатать копию с отметкой КОПИЯ, она регистрируется под тем же номером</translation>
    </message>
</context>
<context>
    <name>ItProblemDialog</name>
    <message>
        <source>Report an IT problem</source>
        <translation>Сообщить об ИТ-проблеме</translation>
    </message>
    <message>
        <source>What is wrong? The first line is the summary IT support sees.</source>
        <translation>Что не так? Первая строка — краткое описание, которое увидит ИТ-поддержка.</translation>
    </message>
    <message>
        <source>Attached to the report (this PC's diagnostics):</source>
        <translation>К сообщению прилагается (диагностика этого компьютера):</translation>
    </message>
    <message>
        <source>Gathering the diagnostics…</source>
        <translation>Собираем диагностику…</translation>
    </message>
    <message>
        <source>Send to IT support</source>
        <translation>Отправить в ИТ-поддержку</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Goes to: {target}</source>
        <translation>Адресат: {target}</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Kiosk</source>
        <translation>Терминал выдачи талонов</translation>
    </message>
    <message>
        <source>Services shown</source>
        <translation>Показываемые услуги</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Back to the start after (seconds)</source>
        <translation>Возврат в начало через (секунд)</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN-код администратора</translation>
    </message>
    <message>
        <source>Server's public address</source>
        <translation>Публичный адрес сервера</translation>
    </message>
    <message>
        <source>Place kept for a visitor who stepped out (minutes)</source>
        <translation>Место вышедшего посетителя сохраняется (минут)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <source>This kiosk PC</source>
        <translation>Этот терминал выдачи талонов</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Голосовое оповещение</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Offer to read the number aloud after issuing</source>
        <translation>Предлагать прочитать номер вслух после выдачи</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>не предлагается</translation>
    </message>
    <message>
        <source>With a public address, each printed ticket carries a QR code that opens the ticket's live page on the visitor's phone (where the printer prints QR codes). Only /t/ of the server needs to be reachable from the visitors' network.</source>
        <translation>Если задан публичный адрес, на каждом напечатанном талоне есть QR-код, открывающий живую страницу талона в телефоне посетителя (если принтер печатает QR-коды). Из сети посетителей должен быть доступен только путь /t/ сервера.</translation>
    </message>
    <message>
        <source>Choose at least one service for the kiosk.</source>
        <translation>Выберите для терминала хотя бы одну услугу.</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Не удалось сохранить настройки: {detail}</translation>
    </message>
    <message>
        <source>The kiosk settings are saved.</source>
        <translation>Настройки терминала сохранены.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Lett – ticket kiosk</source>
        <translation>Lett – терминал выдачи талонов</translation>
    </message>
    <message>
        <source>Welcome! Take a queue ticket</source>
        <translation>Добро пожаловать! Возьмите талон</translation>
    </message>
    <message>
        <source>Choose the service you came for</source>
        <translation>Выберите услугу, за которой вы пришли</translation>
    </message>
    <message>
        <source>No service is taking visitors right now. Please ask at the reception desk.</source>
        <translation>Сейчас ни одна услуга не принимает посетителей. Пожалуйста, обратитесь к информационной стойке.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Please take your ticket. Wait in the waiting area until your number appears on the screen.</source>
        <translation>Пожалуйста, возьмите талон. Ожидайте в зоне ожидания, пока ваш номер не появится на табло.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Read my number aloud</source>
        <translation>Прочитать мой номер вслух</translation>
    </message>
    <message>
        <source>Sorry, no ticket was issued</source>
        <translation>К сожалению, талон не выдан</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Вернуться в начало</translation>
    </message>
    <message>
        <source>Closed, opens at {time}</source>
        <translation>Закрыто, откроется в {time}</translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation>Сегодня закрыто</translation>
    </message>
    <message>
        <source>People ahead of you: {n}</source>
        <translation>Перед вами в очереди: {n}</translation>
    </message>
    <message>
        <source>Estimated wait: {low}–{high} min</source>
        <translation>Ожидаемое время ожидания: {low}–{high} мин</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lett – desk</source>
        <translation>Lett – рабочее место</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Scan intake</source>
        <translation>Приём и сканирование документов</translation>
    </message>
    <message>
        <source>Document register</source>
        <translation>Реестр документов</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Supervisor board</source>
        <translation>Панель руководителя</translation>
    </message>
    <message>
        <source>My results</source>
        <translation>Мои результаты</translation>
    </message>
    <message>
        <source>Quality evaluations</source>
        <translation>Оценка качества</translation>
    </message>
    <message>
        <source>&amp;Lett</source>
        <translation>&amp;Lett</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>&amp;Configuration…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>Report an &amp;IT problem…</source>
        <translation>Сообщить об &amp;ИТ-проблеме…</translation>
    </message>
    <message>
        <source>&amp;Sign out / switch user</source>
        <translation>&amp;Выйти / сменить пользователя</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>Office: {office}</source>
        <translation>Офис: {office}</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Окно {number}</translation>
    </message>
    <message>
        <source>No counter chosen</source>
        <translation>Окно обслуживания не выбрано</translation>
    </message>
    <message>
        <source>Waiting: {count}</source>
        <translation>В очереди: {count}</translation>
    </message>
    <message>
        <source>Counter {number} is open</source>
        <translation>Окно обслуживания {number} открыто</translation>
    </message>
    <message>
        <source>Counter {number} is open. Close it now? The kiosk then sends no visitors to it and leaves it out of the waiting time estimates.</source>
        <translation>Окно обслуживания {number} открыто. Закрыть его сейчас? Терминал выдачи талонов тогда не направляет в него посетителей и не учитывает его в ожидаемом времени ожидания.</translation>
    </message>
    <message>
        <source>Close the counter</source>
        <translation>Закрыть окно обслуживания</translation>
    </message>
    <message>
        <source>Leave it open</source>
        <translation>Оставить открытым</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Остаться в системе</translation>
    </message>
    <message>
        <source>Do not quit</source>
        <translation>Не выходить</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="vanished">Обращения</translation>
    </message>
</context>
<context>
    <name>NoticeForm</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>Язык уведомления</translation>
    </message>
    <message>
        <source>For a visitor</source>
        <translation>Для посетителя</translation>
    </message>
    <message>
        <source>Who is in</source>
        <translation>Кто в здании</translation>
    </message>
    <message>
        <source>List the visitors in the building, to fill the notice in for one of them</source>
        <translation>Показать посетителей в здании, чтобы заполнить уведомление данными одного из них</translation>
    </message>
    <message>
        <source>(press “Who is in”)</source>
        <translation>(нажмите «Кто в здании»)</translation>
    </message>
    <message>
        <source>For a register entry</source>
        <translation>Для записи реестра документов</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation>регистрационный номер</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>Заполнить</translation>
    </message>
    <message>
        <source>Fill the notice in from the document with this registration number: its sender, address, numbers, dates and title</source>
        <translation>Заполнить уведомление по документу с этим регистрационным номером: отправитель, адрес, номера, даты и заголовок</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>Register it as the answer, in series</source>
        <translation>Зарегистрировать как ответ, в серии</translation>
    </message>
    <message>
        <source>The issued notice is registered as an outgoing letter, its PDF kept with it, and the document it answers is marked answered</source>
        <translation>Выданное уведомление регистрируется как исходящее письмо вместе с его PDF, а документ, на который оно отвечает, отмечается как отвеченный</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Способ вручения</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>вручено лично</translation>
    </message>
    <message>
        <source>posted</source>
        <translation>отправлено почтой</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation>отправлено по э-почте</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес э-почты</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (необязательно)</translation>
    </message>
    <message>
        <source>Write the e-mail address to send the notice to.</source>
        <translation>Впишите адрес э-почты, на который отправить уведомление.</translation>
    </message>
    <message>
        <source>(choose a visitor)</source>
        <translation>(выберите посетителя)</translation>
    </message>
    <message>
        <source>(nobody is in the building)</source>
        <translation>(в здании никого нет)</translation>
    </message>
    <message>
        <source>The notice is linked to the visit of {name}.</source>
        <translation>Уведомление связано с посещением {name}.</translation>
    </message>
    <message>
        <source>The notice is linked to document {number} of the register.</source>
        <translation>Уведомление связано с документом {number} из реестра документов.</translation>
    </message>
</context>
<context>
    <name>NoticesTab</name>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>Issue and e-mail</source>
        <translation>Выдать и отправить по э-почте</translation>
    </message>
    <message>
        <source>Issue and print</source>
        <translation>Выдать и напечатать</translation>
    </message>
    <message>
        <source>Your roles do not include issuing notices.</source>
        <translation>Ваши роли не позволяют выдавать уведомления.</translation>
    </message>
    <message>
        <source>Write the registration number of the document first.</source>
        <translation>Сначала введите регистрационный номер документа.</translation>
    </message>
    <message>
        <source>Filled in from the registration of {name}.</source>
        <translation>Заполнено по регистрации посетителя {name}.</translation>
    </message>
    <message>
        <source>Filled in from document {number} of the register.</source>
        <translation>Заполнено по документу {number} из реестра документов.</translation>
    </message>
    <message>
        <source>Correct the fields marked in red first.</source>
        <translation>Сначала исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>Готовится предпросмотр…</translation>
    </message>
    <message>
        <source>Preview of the notice; it is not issued yet.</source>
        <translation>Предпросмотр уведомления; оно ещё не выдано.</translation>
    </message>
    <message>
        <source>Preview of the notice ({pages} pages, the first shown); it is not issued yet.</source>
        <translation>Предпросмотр уведомления (страниц: {pages}, показана первая); оно ещё не выдано.</translation>
    </message>
    <message>
        <source>Issuing…</source>
        <translation>Выдача…</translation>
    </message>
    <message>
        <source>Notice {number} is issued and e-mailed.</source>
        <translation>Уведомление {number} выдано и отправлено по э-почте.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and sent to the printer.</source>
        <translation>Уведомление {number} выдано и отправлено на принтер.</translation>
    </message>
    <message>
        <source>It is registered as {entry}, the answer to the document it was filled in from.</source>
        <translation>Оно зарегистрировано под номером {entry} как ответ на документ, по которому оно заполнено.</translation>
    </message>
    <message>
        <source>Notice {number} is sent to the printer and recorded as delivered.</source>
        <translation>Уведомление {number} отправлено на принтер и отмечено как доставленное.</translation>
    </message>
    <message>
        <source>A copy of notice {number} is registered and sent to the printer.</source>
        <translation>Копия уведомления {number} зарегистрирована и отправлена на принтер.</translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>Сохранение уведомления в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>Notice {number} is e-mailed to {address}.</source>
        <translation>Уведомление {number} отправлено на адрес {address}.</translation>
    </message>
    <message>
        <source>Export the notice for signing</source>
        <translation>Экспорт уведомления для подписания</translation>
    </message>
    <message>
        <source>Signing containers (*.asice)</source>
        <translation>Контейнеры подписи (*.asice)</translation>
    </message>
    <message>
        <source>Saved as {path}. Sign it in DigiDoc4, then attach the signed container here.</source>
        <translation>Сохранено: {path}. Подпишите его в DigiDoc4, затем приложите здесь подписанный контейнер.</translation>
    </message>
    <message>
        <source>Attach the signed container</source>
        <translation>Приложить подписанный контейнер</translation>
    </message>
    <message>
        <source>Signing containers (*.asice *.bdoc)</source>
        <translation>Контейнеры подписи (*.asice *.bdoc)</translation>
    </message>
    <message>
        <source>The signed container is attached to notice {number}.</source>
        <translation>Подписанный контейнер приложен к уведомлению {number}.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="vanished">Шаблон</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation type="vanished">Язык уведомления</translation>
    </message>
    <message>
        <source>For a visitor</source>
        <translation type="vanished">Для посетителя</translation>
    </message>
    <message>
        <source>Who is in</source>
        <translation type="vanished">Кто в здании</translation>
    </message>
    <message>
        <source>List the visitors in the building, to fill the notice in for one of them</source>
        <translation type="vanished">Показать посетителей в здании, чтобы заполнить уведомление данными одного из них</translation>
    </message>
    <message>
        <source>(press “Who is in”)</source>
        <translation type="vanished">(нажмите «Кто в здании»)</translation>
    </message>
    <message>
        <source>For a register entry</source>
        <translation type="vanished">Для записи реестра документов</translation>
    </message>
    <message>
        <source>registration number</source>
        <translation type="vanished">регистрационный номер</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation type="vanished">Заполнить</translation>
    </message>
    <message>
        <source>Fill the notice in from the document with this registration number: its sender, address, numbers, dates and title</source>
        <translation type="vanished">Заполнить уведомление по документу с этим регистрационным номером: отправитель, адрес, номера, даты и заголовок</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="vanished">Убрать связь</translation>
    </message>
    <message>
        <source>Register it as the answer, in series</source>
        <translation type="vanished">Зарегистрировать как ответ, в серии</translation>
    </message>
    <message>
        <source>The issued notice is registered as an outgoing letter, its PDF kept with it, and the document it answers is marked answered</source>
        <translation type="vanished">Выданное уведомление регистрируется как исходящее письмо вместе с его PDF, а документ, на который оно отвечает, отмечается как отвеченный</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="vanished">Поля</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="vanished">Способ вручения</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation type="vanished">вручено лично</translation>
    </message>
    <message>
        <source>posted</source>
        <translation type="vanished">отправлено почтой</translation>
    </message>
    <message>
        <source>e-mailed</source>
        <translation type="vanished">отправлено по э-почте</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="vanished">Адрес э-почты</translation>
    </message>
    <message>
        <source>Issuance register</source>
        <translation type="vanished">Реестр выдач</translation>
    </message>
    <message>
        <source>Search by number or recipient</source>
        <translation type="vanished">Поиск по номеру или получателю</translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="vanished">Номер</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="vanished">Выдано</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="vanished">Получатель</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="vanished">Выдал(а)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="vanished">Копия</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="vanished">Подписано</translation>
    </message>
    <message>
        <source>Print a copy</source>
        <translation type="vanished">Напечатать копию</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="vanished">Сохранить как PDF…</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="vanished">Отправить по э-почте</translation>
    </message>
    <message>
        <source>Export for signing…</source>
        <translation type="vanished">Экспорт для подписания…</translation>
    </message>
    <message>
        <source>Attach signed container…</source>
        <translation type="vanished">Приложить подписанный контейнер…</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="vanished"> (необязательно)</translation>
    </message>
    <message>
        <source>(choose a visitor)</source>
        <translation type="vanished">(выберите посетителя)</translation>
    </message>
    <message>
        <source>(nobody is in the building)</source>
        <translation type="vanished">(в здании никого нет)</translation>
    </message>
    <message>
        <source>The notice is linked to the visit of {name}.</source>
        <translation type="vanished">Уведомление связано с посещением {name}.</translation>
    </message>
    <message>
        <source>The notice is linked to document {number} of the register.</source>
        <translation type="vanished">Уведомление связано с документом {number} из реестра документов.</translation>
    </message>
    <message>
        <source>Write the e-mail address to send the notice to.</source>
        <translation type="vanished">Впишите адрес э-почты, на который отправить уведомление.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="vanished">копия</translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="vanished">подписано</translation>
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
        <translation>Офис обслуживания</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Registry code</source>
        <translation>Регистрационный код</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Логотип</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Часы работы</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Государственные праздники</translation>
    </message>
    <message>
        <source>Other closed days</source>
        <translation>Другие нерабочие дни</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Closed on Estonia's public holidays</source>
        <translation>Закрыто в государственные праздники Эстонии</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>нет логотипа</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Выберите логотип</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The file cannot be read: {detail}</source>
        <translation>Файл не удаётся прочитать: {detail}</translation>
    </message>
    <message>
        <source>The office is saved.</source>
        <translation>Данные офиса сохранены.</translation>
    </message>
</context>
<context>
    <name>OnThePhoneStrip</name>
    <message>
        <source>On the phone</source>
        <translation>Идёт звонок</translation>
    </message>
    <message>
        <source>Stop and save</source>
        <translation>Завершить и сохранить</translation>
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
        <translation>разделительный лист</translation>
    </message>
    <message>
        <source>blank?</source>
        <translation>пустая?</translation>
    </message>
</context>
<context>
    <name>PageReview</name>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Повернуть влево</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Повернуть вправо</translation>
    </message>
    <message>
        <source>Move earlier</source>
        <translation>Переместить раньше</translation>
    </message>
    <message>
        <source>Move later</source>
        <translation>Переместить позже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select blank pages</source>
        <translation>Выбрать пустые страницы</translation>
    </message>
    <message>
        <source>Split before this page</source>
        <translation>Разделить перед этой страницей</translation>
    </message>
    <message>
        <source>Split at separator sheets</source>
        <translation>Разделить по разделительным листам</translation>
    </message>
    <message>
        <source>Scan again to replace</source>
        <translation>Пересканировать с заменой</translation>
    </message>
    <message>
        <source>Scan and insert here</source>
        <translation>Отсканировать и вставить сюда</translation>
    </message>
    <message>
        <source>Full size</source>
        <translation>В полный размер</translation>
    </message>
    <message>
        <source>Read the pages at full size, with zoom (or double-click a page)</source>
        <translation>Просмотр страниц в полный размер, с масштабом (или двойной щелчок по странице)</translation>
    </message>
    <message>
        <source>Document {number} of {total}: {count} pages</source>
        <translation>Документ {number} из {total}: страниц {count}</translation>
    </message>
    <message>
        <source>No pages yet: scan, import files or drop them here</source>
        <translation>Страниц пока нет: отсканируйте, импортируйте файлы или перетащите их сюда</translation>
    </message>
    <message>
        <source>Document {number} of {total}</source>
        <translation>Документ {number} из {total}</translation>
    </message>
    <message>
        <source>Pages deleted: {count}</source>
        <translation>Удалено страниц: {count}</translation>
    </message>
    <message>
        <source>Pages that look blank: {count}. Check them, then press Delete.</source>
        <translation>Страниц, которые выглядят пустыми: {count}. Проверьте их, затем нажмите «Удалить».</translation>
    </message>
    <message>
        <source>No page looks blank.</source>
        <translation>Ни одна страница не выглядит пустой.</translation>
    </message>
    <message>
        <source>Looking for separator sheets…</source>
        <translation>Поиск разделительных листов…</translation>
    </message>
    <message>
        <source>Documents in the batch now: {count}.</source>
        <translation>Документов в пакете теперь: {count}.</translation>
    </message>
    <message>
        <source>No separator sheet was found.</source>
        <translation>Разделительные листы не найдены.</translation>
    </message>
</context>
<context>
    <name>PageViewer</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <source>The page before (Page Up)</source>
        <translation>Предыдущая страница (Page Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Вперёд ▶</translation>
    </message>
    <message>
        <source>The next page (Page Down)</source>
        <translation>Следующая страница (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Уменьшить (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>The page as wide as the window (Ctrl+0)</source>
        <translation>Страница по ширине окна (Ctrl+0)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>The whole page in the window (Ctrl+9)</source>
        <translation>Вся страница в окне (Ctrl+9)</translation>
    </message>
    <message>
        <source>The file {name} is not there: it may have been moved or deleted.</source>
        <translation>Файла {name} нет: возможно, он перемещён или удалён.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read on this PC: check that it is not open in another program and that you may read it.</source>
        <translation>Файл {name} не удаётся прочитать на этом компьютере: проверьте, что он не открыт в другой программе и что у вас есть право его читать.</translation>
    </message>
    <message>
        <source>This PDF cannot be read: the file is damaged or it is not a PDF.</source>
        <translation>Этот PDF-файл не удаётся прочитать: файл повреждён или это не PDF.</translation>
    </message>
    <message>
        <source>The document has no pages.</source>
        <translation>В документе нет страниц.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so Lett cannot show it: open it in another program.</source>
        <translation>Этот PDF-файл защищён паролем, поэтому Lett не может его показать: откройте его в другой программе.</translation>
    </message>
    <message>
        <source>Page {name} of this PDF cannot be drawn: the file is damaged.</source>
        <translation>Страницу {name} этого PDF-файла не удаётся отобразить: файл повреждён.</translation>
    </message>
    <message>
        <source>The image of this page ({name}) cannot be read: scan the page again.</source>
        <translation>Изображение этой страницы ({name}) не удаётся прочитать: отсканируйте страницу заново.</translation>
    </message>
    <message>
        <source>The file: {path}</source>
        <translation>Файл: {path}</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Документ открывается…</translation>
    </message>
    <message>
        <source>Page {number} / {count}</source>
        <translation>Страница {number} / {count}</translation>
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
        <translation>Имя</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ушёл</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Личный код</translation>
    </message>
    <message>
        <source>(anonymised)</source>
        <translation>(обезличено)</translation>
    </message>
    <message>
        <source>waiting area</source>
        <translation>зона ожидания</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the admin PIN</source>
        <translation>Только для сотрудников: введите PIN-код администратора</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation>Неверный PIN-код</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Ticket printer</source>
        <translation>Принтер талонов</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>QR code on tickets</source>
        <translation>QR-код на талонах</translation>
    </message>
    <message>
        <source>Desk tickets</source>
        <translation>Талоны стойки регистрации</translation>
    </message>
    <message>
        <source>80 mm paper (72 mm printed, 48 characters)</source>
        <translation>Бумага 80 мм (ширина печати 72 мм, 48 символов)</translation>
    </message>
    <message>
        <source>58 mm paper (48 mm printed, 32 characters)</source>
        <translation>Бумага 58 мм (ширина печати 48 мм, 32 символа)</translation>
    </message>
    <message>
        <source>80 mm paper, a printer without graphics</source>
        <translation>Бумага 80 мм, принтер без графики</translation>
    </message>
    <message>
        <source>58 mm paper, a printer without graphics</source>
        <translation>Бумага 58 мм, принтер без графики</translation>
    </message>
    <message>
        <source>Print a QR code</source>
        <translation>Печатать QR-код</translation>
    </message>
    <message>
        <source>Print the tickets issued at this desk (a visitor registered, a ticket reissued)</source>
        <translation>Печатать талоны, выданные на этой стойке регистрации (регистрация посетителя, перевыпуск талона)</translation>
    </message>
    <message>
        <source>tcp://address:9100 for a network printer, usb://vendor:product, serial:///dev/ttyUSB0, cups://queue or file:///path for a file.</source>
        <translation>tcp://адрес:9100 для сетевого принтера, usb://производитель:изделие, serial:///dev/ttyUSB0, cups://очередь или file:///путь для файла.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>The printer connection is not valid: {detail}</source>
        <translation>Подключение принтера указано неверно: {detail}</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Настройки не удаётся сохранить: {detail}</translation>
    </message>
    <message>
        <source>The printer of this PC is saved.</source>
        <translation>Принтер этого компьютера сохранён.</translation>
    </message>
    <message>
        <source>No printer is set.</source>
        <translation>Принтер не задан.</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Печатается пробный талон…</translation>
    </message>
    <message>
        <source>Printed: the test ticket went to the printer ({bytes} bytes).</source>
        <translation>Напечатано: пробный талон отправлен на принтер ({bytes} байт).</translation>
    </message>
    <message>
        <source>Not printed: the printer is out of paper.</source>
        <translation>Не напечатано: в принтере закончилась бумага.</translation>
    </message>
    <message>
        <source>Not printed: the printer's cover is open.</source>
        <translation>Не напечатано: крышка принтера открыта.</translation>
    </message>
    <message>
        <source>Not printed: the printer is not ready (offline).</source>
        <translation>Не напечатано: принтер не готов (не в сети).</translation>
    </message>
    <message>
        <source>Not printed: the printer cannot be reached. Check its address, cable and power.</source>
        <translation>Не напечатано: принтер недоступен. Проверьте адрес, кабель и питание.</translation>
    </message>
    <message>
        <source>Not printed: {detail}</source>
        <translation>Не напечатано: {detail}</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Найти каталог</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мой компьютер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>QueueTab</name>
    <message>
        <source>Counter:</source>
        <translation>Окно обслуживания:</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>В окне обслуживания</translation>
    </message>
    <message>
        <source>Parked tickets</source>
        <translation>Отложенные талоны</translation>
    </message>
    <message>
        <source>No-shows today</source>
        <translation>Неявки сегодня</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>No-show at</source>
        <translation>Отмечен в</translation>
    </message>
    <message>
        <source>Print ticket</source>
        <translation>Печать талона</translation>
    </message>
    <message>
        <source>Print the selected waiting ticket on this PC's ticket printer</source>
        <translation>Напечатать выбранный ожидающий талон на принтере талонов этого компьютера</translation>
    </message>
    <message>
        <source>Undo ({seconds} s)</source>
        <translation>Отменить ({seconds} с)</translation>
    </message>
    <message>
        <source>Take back what Call next did: the called ticket returns to its place in the queue, the previous visitor to the counter ({key})</source>
        <translation>Отменить действие «Вызвать следующего»: вызванный талон вернётся на своё место в очереди, предыдущий посетитель — в окно ({key})</translation>
    </message>
    <message>
        <source>Queue by service</source>
        <translation>Очередь по услугам</translation>
    </message>
    <message>
        <source>Waiting tickets in call order</source>
        <translation>Ожидающие талоны в порядке вызова</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Вернуть</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Дольше всех ждёт</translation>
    </message>
    <message>
        <source>Open counters</source>
        <translation>Открытые окна</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>Вызвать следующего</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Повторный вызов</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Не явился</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Return parked ticket</source>
        <translation>Вернуть отложенный талон</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Перенаправить…</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Cancel and reissue…</source>
        <translation>Отменить и перевыпустить…</translation>
    </message>
    <message>
        <source>Call the next visitor to this counter</source>
        <translation>Вызвать следующего посетителя в это окно</translation>
    </message>
    <message>
        <source>Call the current visitor again</source>
        <translation>Повторно вызвать текущего посетителя</translation>
    </message>
    <message>
        <source>The visitor did not come: close the ticket</source>
        <translation>Посетитель не явился: закрыть талон</translation>
    </message>
    <message>
        <source>Set the visitor aside and call others meanwhile</source>
        <translation>Отложить посетителя и тем временем вызывать других</translation>
    </message>
    <message>
        <source>Take the selected parked visitor back to the counter</source>
        <translation>Вернуть выбранного отложенного посетителя в окно</translation>
    </message>
    <message>
        <source>Send the visitor to another service or counter</source>
        <translation>Направить посетителя к другой услуге или в другое окно</translation>
    </message>
    <message>
        <source>Finish serving the visitor with the chosen outcome</source>
        <translation>Завершить обслуживание посетителя с выбранным результатом</translation>
    </message>
    <message>
        <source>Cancel a wrongly taken ticket and issue the right one</source>
        <translation>Отменить ошибочно взятый талон и выдать правильный</translation>
    </message>
    <message>
        <source>Outcome of the visit, recorded by Finish</source>
        <translation>Результат посещения, записывается кнопкой «Завершить»</translation>
    </message>
    <message>
        <source>Choose your counter</source>
        <translation>Выберите своё окно обслуживания</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Окно {number}</translation>
    </message>
    <message>
        <source>Open the counter</source>
        <translation>Открыть окно</translation>
    </message>
    <message>
        <source>Close the counter</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <source>The counter is open.</source>
        <translation>Окно открыто.</translation>
    </message>
    <message>
        <source>The counter is closed: open it to call visitors.</source>
        <translation>Окно закрыто: откройте его, чтобы вызывать посетителей.</translation>
    </message>
    <message>
        <source>No visitor at the counter</source>
        <translation>В окне нет посетителя</translation>
    </message>
    <message>
        <source>Press Call next when you are ready.</source>
        <translation>Когда будете готовы, нажмите «Вызвать следующего».</translation>
    </message>
    <message>
        <source>Waited {minutes} · Calls: {count}</source>
        <translation>Ждал(а) {minutes} · Вызовов: {count}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Speaks: {language}</source>
        <translation>Язык: {language}</translation>
    </message>
    <message>
        <source>Stepped out, back by {time}</source>
        <translation>Вышел, вернётся к {time}</translation>
    </message>
    <message>
        <source>Take {ticket} back to the counter</source>
        <translation>Вернуть {ticket} в окно</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Вернуть в очередь</translation>
    </message>
    <message>
        <source>{ticket} came after all: put it back in the queue at its place by arrival</source>
        <translation>{ticket} всё-таки пришёл: вернуть талон в очередь на его место по времени прихода</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>Not for this counter</source>
        <translation>Не для этого окна</translation>
    </message>
    <message>
        <source>{finished} finished as served; {ticket} called.</source>
        <translation>{finished} завершён как обслуженный, вызван {ticket}.</translation>
    </message>
    <message>
        <source>Called {ticket}.</source>
        <translation>Вызван {ticket}.</translation>
    </message>
    <message>
        <source>{finished} finished as served; nobody else is waiting.</source>
        <translation>{finished} завершён как обслуженный, больше никто не ждёт.</translation>
    </message>
    <message>
        <source>Undone: {ticket} back at the counter.</source>
        <translation>Отменено: {ticket} снова в окне.</translation>
    </message>
    <message>
        <source>Undone: {ticket} back in the queue.</source>
        <translation>Отменено: {ticket} снова в очереди.</translation>
    </message>
    <message>
        <source>Undone: {ticket} back in the queue, {current} at the counter.</source>
        <translation>Отменено: {ticket} в очереди, {current} в окне.</translation>
    </message>
    <message>
        <source>{ticket} is back in the queue by arrival.</source>
        <translation>{ticket} снова в очереди по времени прихода.</translation>
    </message>
    <message>
        <source>Ticket {ticket} was sent to the ticket printer.</source>
        <translation>Талон {ticket} отправлен на принтер талонов.</translation>
    </message>
    <message>
        <source>{ticket} did not come after {count} calls: marked as a no-show.</source>
        <translation>{ticket} не подошёл после {count} вызовов: отмечен как неявка.</translation>
    </message>
    <message>
        <source>Called {ticket} again (call {count}).</source>
        <translation>{ticket} вызван повторно (вызов {count}).</translation>
    </message>
    <message>
        <source>{ticket} marked as a no-show.</source>
        <translation>{ticket} отмечен как неявка.</translation>
    </message>
    <message>
        <source>{ticket} parked.</source>
        <translation>{ticket} отложен.</translation>
    </message>
    <message>
        <source>{ticket} is back at the counter.</source>
        <translation>{ticket} снова в окне обслуживания.</translation>
    </message>
    <message>
        <source>{ticket} finished: {outcome}.</source>
        <translation>{ticket} завершён: {outcome}.</translation>
    </message>
    <message>
        <source>Counter {number} is open.</source>
        <translation>Окно {number} открыто.</translation>
    </message>
    <message>
        <source>Counter {number} is closed.</source>
        <translation>Окно {number} закрыто.</translation>
    </message>
    <message>
        <source>{ticket} transferred to counter {counter}.</source>
        <translation>{ticket} перенаправлен в окно {counter}.</translation>
    </message>
    <message>
        <source>{ticket} transferred to {service}.</source>
        <translation>{ticket} перенаправлен на услугу «{service}».</translation>
    </message>
    <message>
        <source>{ticket} cancelled.</source>
        <translation>{ticket} отменён.</translation>
    </message>
    <message>
        <source>{ticket} cancelled; {new} issued in its place.</source>
        <translation>{ticket} отменён, вместо него выдан {new}.</translation>
    </message>
    <message>
        <source>Print the new ticket?</source>
        <translation>Напечатать новый талон?</translation>
    </message>
    <message>
        <source>{ticket} is issued in place of the cancelled ticket. Print the new ticket for the visitor?</source>
        <translation>Вместо отменённого талона выдан {ticket}. Напечатать новый талон для посетителя?</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Напечатать</translation>
    </message>
    <message>
        <source>Do not print</source>
        <translation>Не печатать</translation>
    </message>
    <message>
        <source>Undone: {ticket} is at the counter again.</source>
        <translation type="vanished">Отменено: {ticket} снова в окне обслуживания.</translation>
    </message>
    <message>
        <source>Undone: {ticket} is back in the queue at its place.</source>
        <translation type="vanished">Отменено: {ticket} снова в очереди на своём месте.</translation>
    </message>
    <message>
        <source>Undone: {ticket} is back in the queue at its place; {current} is at the counter again.</source>
        <translation type="vanished">Отменено: {ticket} снова в очереди на своём месте, {current} снова в окне обслуживания.</translation>
    </message>
    <message>
        <source>{ticket} is back in the queue at its place by arrival.</source>
        <translation type="vanished">{ticket} снова в очереди на своём месте по времени прихода.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a document</source>
        <translation>Регистрация документа</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Received or sent by</source>
        <translation>Способ получения или отправки</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Address or e-mail</source>
        <translation>Адрес или э-почта</translation>
    </message>
    <message>
        <source>Sender's number</source>
        <translation>Номер отправителя</translation>
    </message>
    <message>
        <source>Sender's date</source>
        <translation>Дата отправителя</translation>
    </message>
    <message>
        <source>Addressee (unit or person)</source>
        <translation>Адресат (подразделение или лицо)</translation>
    </message>
    <message>
        <source>Addressee's address (outgoing)</source>
        <translation>Адрес адресата (исходящий)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>Access restriction: basis</source>
        <translation>Ограничение доступа: основание</translation>
    </message>
    <message>
        <source>Restricted from</source>
        <translation>Ограничение с</translation>
    </message>
    <message>
        <source>Restricted until</source>
        <translation>Ограничение до</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>не подсчитано</translation>
    </message>
    <message>
        <source>e.g. AvTS § 35 lg 1 p 12</source>
        <translation>напр. AvTS § 35 lg 1 p 12</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>входящий</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>исходящий</translation>
    </message>
    <message>
        <source>request for information</source>
        <translation>запрос информации</translation>
    </message>
    <message>
        <source>memorandum</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>request for explanation</source>
        <translation>запрос разъяснения</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>application</source>
        <translation>заявление</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другой документ</translation>
    </message>
    <message>
        <source>post</source>
        <translation>почта</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>лично в офисе</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>э-почта</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Document register</source>
        <translation>Реестр документов</translation>
    </message>
    <message>
        <source>Save document types</source>
        <translation>Сохранить виды документов</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серии</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Индекс</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <source>Number pattern</source>
        <translation>Шаблон номера</translation>
    </message>
    <message>
        <source>Save the series</source>
        <translation>Сохранить серию</translation>
    </message>
    <message>
        <source>{S} is the series index, {DA} the two-digit year, {DN} the running number; a digit before DN pads it with zeros: {S}/{DA}-{3DN} gives 1-2/26-021. Numbers start again from 1 each year.</source>
        <translation>{S} — индекс серии, {DA} — год двумя цифрами, {DN} — порядковый номер; цифра перед DN дополняет его нулями слева: {S}/{DA}-{3DN} даёт 1-2/26-021. Нумерация каждый год начинается заново с 1.</translation>
    </message>
    <message>
        <source>Document types and deadlines</source>
        <translation>Виды документов и сроки</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Отсчёт от</translation>
    </message>
    <message>
        <source>Extension to</source>
        <translation>Продление до</translation>
    </message>
    <message>
        <source>A type without a deadline leaves the deadline empty. The built-in types' names are translated; give a name to a type of the office's own.</source>
        <translation>У вида без срока поле срока остаётся пустым. Названия встроенных видов переводятся; собственному виду офиса дайте название.</translation>
    </message>
    <message>
        <source>Add a type</source>
        <translation>Добавить вид</translation>
    </message>
    <message>
        <source>Remove the type</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>календарных дней</translation>
    </message>
    <message>
        <source>months</source>
        <translation>месяцев</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>регистрации</translation>
    </message>
    <message>
        <source>the next working day</source>
        <translation>следующего рабочего дня</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The document types and their deadlines are saved.</source>
        <translation>Виды документов и их сроки сохранены.</translation>
    </message>
    <message>
        <source>Series {index} is saved.</source>
        <translation>Серия {index} сохранена.</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>Open, by deadline</source>
        <translation>Открытые, по сроку</translation>
    </message>
    <message>
        <source>Due within 3 days</source>
        <translation>Срок в течение 3 дней</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Open, by unit</source>
        <translation>Открытые, по подразделениям</translation>
    </message>
    <message>
        <source>All (search)</source>
        <translation>Все (поиск)</translation>
    </message>
    <message>
        <source>Outgoing post</source>
        <translation>Исходящая почта</translation>
    </message>
    <message>
        <source>Search numbers, titles, parties and the documents' text, then Enter</source>
        <translation>Поиск по номеру, заголовку, сторонам и тексту документов, затем Enter</translation>
    </message>
    <message>
        <source>Register without a scan…</source>
        <translation>Зарегистрировать без скана…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Sender or addressee</source>
        <translation>Отправитель или адресат</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Show all documents</source>
        <translation>Показать все документы</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Открыть PDF</translation>
    </message>
    <message>
        <source>Forward by e-mail…</source>
        <translation>Переслать по э-почте…</translation>
    </message>
    <message>
        <source>Forward to a folder…</source>
        <translation>Переслать в папку…</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Отметить как отвеченный</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Продлить срок</translation>
    </message>
    <message>
        <source>Print registration slip</source>
        <translation>Напечатать регистрационную карточку</translation>
    </message>
    <message>
        <source>Print the post list</source>
        <translation>Напечатать список почтовых отправлений</translation>
    </message>
    <message>
        <source>Mark posted</source>
        <translation>Отметить как отправленные почтой</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирован</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>переслан</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>отвечен</translation>
    </message>
    <message>
        <source>Your roles do not include the document register.</source>
        <translation>Ваши роли не дают доступа к реестру документов.</translation>
    </message>
    <message>
        <source>The document just registered is not in this view: it has no deadline, or the view or search leaves it out.</source>
        <translation>Только что зарегистрированного документа нет в этом списке: у него нет срока, или его не включает выбранный вид или поиск.</translation>
    </message>
    <message>
        <source>Not listed here: documents registered today without a deadline ({count}).</source>
        <translation>Здесь не показаны документы, зарегистрированные сегодня без срока ({count}).</translation>
    </message>
    <message>
        <source>No document found.</source>
        <translation>Документы не найдены.</translation>
    </message>
    <message>
        <source>More than 1,000 documents match; the newest are shown. Add a word to narrow the search.</source>
        <translation>Найдено более 1000 документов, показаны самые новые. Добавьте слово, чтобы уточнить поиск.</translation>
    </message>
    <message>
        <source>Documents whose words are not searched yet, as they are still being indexed: {count}.</source>
        <translation>Документов, которые ещё индексируются и пока не охвачены поиском: {count}.</translation>
    </message>
    <message>
        <source>Registered as {number}.</source>
        <translation>Зарегистрирован под номером {number}.</translation>
    </message>
    <message>
        <source>Forward by e-mail</source>
        <translation>Пересылка по э-почте</translation>
    </message>
    <message>
        <source>E-mail address of the unit or person ({number})</source>
        <translation>Адрес э-почты подразделения или лица ({number})</translation>
    </message>
    <message>
        <source>{number} forwarded to {address}.</source>
        <translation>{number} переслан: {address}.</translation>
    </message>
    <message>
        <source>Forward to a folder</source>
        <translation>Пересылка в папку</translation>
    </message>
    <message>
        <source>{number} is answered.</source>
        <translation>На документ {number} дан ответ.</translation>
    </message>
    <message>
        <source>The deadline of {number} is now {deadline}.</source>
        <translation>Срок документа {number} теперь {deadline}.</translation>
    </message>
    <message>
        <source>The registration slip of {number} was sent to the printer.</source>
        <translation>Регистрационная карточка документа {number} отправлена на принтер.</translation>
    </message>
    <message>
        <source>The outgoing post list was sent to the printer.</source>
        <translation>Список исходящей почты отправлен на принтер.</translation>
    </message>
    <message>
        <source>Letters marked as posted: {count}.</source>
        <translation>Писем, отмеченных как отправленные почтой: {count}.</translation>
    </message>
    <message>
        <source>Search by number, title, sender or addressee, then Enter</source>
        <translation type="vanished">Поиск по номеру, заголовку, отправителю или адресату, затем Enter</translation>
    </message>
    <message>
        <source>This PC has no program that shows PDF files, so the document cannot be opened here. Its file is {path}: open it on another PC, or ask IT support to install a PDF viewer.</source>
        <translation type="vanished">На этом компьютере нет программы для просмотра PDF, поэтому документ здесь не открыть. Его файл: {path} — откройте его на другом компьютере или попросите ИТ-поддержку установить программу просмотра PDF.</translation>
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
        <translation>Имя *</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Личный код</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Purpose of visit</source>
        <translation>Цель посещения</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Направляется</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающий специалист</translation>
    </message>
    <message>
        <source>Visitor's language</source>
        <translation>Язык посетителя</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Expected at</source>
        <translation>Ожидается</translation>
    </message>
    <message>
        <source>11 digits, e.g. 37605030299</source>
        <translation>11 цифр, напр. 37605030299</translation>
    </message>
    <message>
        <source>Another country's document: type and number</source>
        <translation>Документ другой страны: вид и номер</translation>
    </message>
    <message>
        <source>Register a visitor</source>
        <translation>Регистрация посетителя</translation>
    </message>
    <message>
        <source>Read the ID card</source>
        <translation>Считать с ID-карты</translation>
    </message>
    <message>
        <source>Print a badge on the ticket printer</source>
        <translation>Напечатать пропуск на принтере талонов</translation>
    </message>
    <message>
        <source>Tell the host by e-mail</source>
        <translation>Сообщить принимающему специалисту по эл. почте</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Save as expected</source>
        <translation>Сохранить как ожидаемого</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <source>(none: the waiting area)</source>
        <translation>(нет: зона ожидания)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>The waiting area</source>
        <translation>Зона ожидания</translation>
    </message>
    <message>
        <source>Queue of service {code}: a ticket is issued</source>
        <translation>Очередь услуги {code}: выдаётся талон</translation>
    </message>
    <message>
        <source>Specialist {name}, {unit}, room {room}</source>
        <translation>Специалист {name}, {unit}, кабинет {room}</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Группировка</translation>
    </message>
    <message>
        <source>then by</source>
        <translation>затем</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Chart of</source>
        <translation>На графике</translation>
    </message>
    <message>
        <source>Export to XLSX…</source>
        <translation>Сохранить в XLSX…</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <source>Export to PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Окна обслуживания</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Передачи на 2-й уровень</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Spreadsheet (*.xlsx)</source>
        <translation>Таблица (*.xlsx)</translation>
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
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
<context>
    <name>ResultsTab</name>
    <message>
        <source>My results</source>
        <translation>Мои результаты</translation>
    </message>
    <message>
        <source>Whose results:</source>
        <translation>Чьи результаты:</translation>
    </message>
    <message>
        <source>My own</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Goals…</source>
        <translation>Цели…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Office median</source>
        <translation>Медиана офиса</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Handling time, min</source>
        <translation>Время обслуживания, мин</translation>
    </message>
    <message>
        <source>Service level of my calls</source>
        <translation>Уровень обслуживания моих вызовов</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>&lt;b&gt;{period}&lt;/b&gt; — outcomes: {outcomes}; contacts by channel: {channels}</source>
        <translation>&lt;b&gt;{period}&lt;/b&gt; — итоги: {outcomes}; обращения по каналам: {channels}</translation>
    </message>
    <message>
        <source>My results were last read by: {readers}</source>
        <translation>Мои результаты в последний раз просматривали: {readers}</translation>
    </message>
    <message>
        <source>served</source>
        <translation>обслужено</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>перенаправлено</translation>
    </message>
    <message>
        <source>documents missing</source>
        <translation>нет документов</translation>
    </message>
    <message>
        <source>not our service</source>
        <translation>не наша услуга</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>web chat</source>
        <translation>веб-чат</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>Served per day</source>
        <translation>Обслужено за день</translation>
    </message>
    <message>
        <source>Mean handling time, min</source>
        <translation>Среднее время обслуживания, мин</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>The last four weeks</source>
        <translation>Последние четыре недели</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention</source>
        <translation>Хранение</translation>
    </message>
    <message>
        <source>Tickets kept for (days)</source>
        <translation>Срок хранения талонов (дней)</translation>
    </message>
    <message>
        <source>Visitor data kept for (days)</source>
        <translation>Срок хранения данных посетителей (дней)</translation>
    </message>
    <message>
        <source>Contacts' client data and notes kept for (days)</source>
        <translation>Данные клиентов и заметки обращений хранятся (дней)</translation>
    </message>
    <message>
        <source>Visitor data is kept for the period of its purpose of visit where one is set, otherwise for the period above; then names, codes and contacts are removed and only counts remain.</source>
        <translation>Данные посетителя хранятся в течение срока, заданного для цели визита, а если он не задан — в течение указанного выше срока; затем имена, личные коды и контакты удаляются, остаются только количества.</translation>
    </message>
    <message>
        <source>The retention periods are saved.</source>
        <translation>Сроки хранения сохранены.</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scanning (this PC)</source>
        <translation>Сканирование (этот компьютер)</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Scan in</source>
        <translation>Цветовой режим</translation>
    </message>
    <message>
        <source>Scan from</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Scan folder</source>
        <translation>Папка сканирования</translation>
    </message>
    <message>
        <source>Printer of registration slips</source>
        <translation>Принтер регистрационных карточек</translation>
    </message>
    <message>
        <source>sane:DEVICE or escl:http://192.168.1.20/eSCL (empty: choose when scanning)</source>
        <translation>sane:УСТРОЙСТВО или escl:http://192.168.1.20/eSCL (пусто: выбрать при сканировании)</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>оттенки серого</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цветной</translation>
    </message>
    <message>
        <source>the document feeder</source>
        <translation>автоподатчик</translation>
    </message>
    <message>
        <source>the flatbed</source>
        <translation>стекло сканера</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>A folder a multifunction printer scans into, often a network share</source>
        <translation>Папка, в которую сканирует МФУ, часто сетевая папка</translation>
    </message>
    <message>
        <source>A CUPS queue (empty: the system's default printer)</source>
        <translation>Очередь CUPS (пусто: принтер по умолчанию в системе)</translation>
    </message>
    <message>
        <source>Add a text layer (OCR) to registered documents</source>
        <translation>Добавлять текстовый слой (OCR) к зарегистрированным документам</translation>
    </message>
    <message>
        <source>Files in the scan folder are taken once they stop growing, moved to its “taken” folder and never deleted; a file that cannot be read goes to its “failed” folder with the reason.</source>
        <translation>Файлы в папке сканирования принимаются, когда их размер перестаёт расти, и перемещаются в её подпапку «taken»; они никогда не удаляются. Файл, который не удаётся прочитать, перемещается вместе с причиной в подпапку «failed».</translation>
    </message>
    <message>
        <source>The scan folder {folder} does not exist or cannot be reached.</source>
        <translation>Папки сканирования {folder} нет или она недоступна.</translation>
    </message>
    <message>
        <source>The settings cannot be saved: {detail}</source>
        <translation>Настройки не удаётся сохранить: {detail}</translation>
    </message>
    <message>
        <source>The scanning settings of this PC are saved.</source>
        <translation>Настройки сканирования этого компьютера сохранены.</translation>
    </message>
</context>
<context>
    <name>ScanSources</name>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>Find scanners</source>
        <translation>Найти сканеры</translation>
    </message>
    <message>
        <source>Network scanner…</source>
        <translation>Сетевой сканер…</translation>
    </message>
    <message>
        <source>A network (eSCL / AirScan) scanner by its address, e.g. 192.168.1.20</source>
        <translation>Сетевой сканер (eSCL / AirScan) по его адресу, например 192.168.1.20</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>В цвете</translation>
    </message>
    <message>
        <source>Document feeder</source>
        <translation>Автоподатчик</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>Импортировать файлы…</translation>
    </message>
    <message>
        <source>PDF, TIFF, JPEG or PNG; or drop files here</source>
        <translation>PDF, TIFF, JPEG или PNG; или перетащите файлы сюда</translation>
    </message>
    <message>
        <source>Separator sheet…</source>
        <translation>Разделительный лист…</translation>
    </message>
    <message>
        <source>A sheet to print and put in front of each document of a pile: the scan is split into documents where it is</source>
        <translation>Лист, который печатают и кладут перед каждым документом в стопке: в этих местах скан разделяется на документы</translation>
    </message>
    <message>
        <source>(press “Find scanners”)</source>
        <translation>(нажмите «Найти сканеры»)</translation>
    </message>
    <message>
        <source>Network scanner</source>
        <translation>Сетевой сканер</translation>
    </message>
    <message>
        <source>Address of the scanner</source>
        <translation>Адрес сканера</translation>
    </message>
    <message>
        <source>Scan folder: {folder}</source>
        <translation>Папка сканирования: {folder}</translation>
    </message>
</context>
<context>
    <name>ScanTab</name>
    <message>
        <source>Your roles do not include registering documents.</source>
        <translation>Ваши роли не позволяют регистрировать документы.</translation>
    </message>
    <message>
        <source>The register has no series yet: an administrator adds them in Configuration → Document register.</source>
        <translation>В реестре документов ещё нет серий: администратор добавляет их в разделе Настройки → Реестр документов.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>Add a text layer (OCR) in the background</source>
        <translation>Добавить текстовый слой (OCR) в фоне</translation>
    </message>
    <message>
        <source>Print a registration slip</source>
        <translation>Напечатать регистрационную карточку</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Поиск сканеров…</translation>
    </message>
    <message>
        <source>Scanners found: {count}</source>
        <translation>Найдено сканеров: {count}</translation>
    </message>
    <message>
        <source>No scanner was found. Check that it is on and connected, or give a network scanner's address.</source>
        <translation>Сканер не найден. Проверьте, что он включён и подключён, или укажите адрес сетевого сканера.</translation>
    </message>
    <message>
        <source>Choose a scanner first (“Find scanners”).</source>
        <translation>Сначала выберите сканер («Найти сканеры»).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Сканирование…</translation>
    </message>
    <message>
        <source>Scanning… pages so far: {count}</source>
        <translation>Сканирование… страниц на данный момент: {count}</translation>
    </message>
    <message>
        <source>Pages scanned: {count}.</source>
        <translation>Отсканировано страниц: {count}.</translation>
    </message>
    <message>
        <source>The scanner gave no pages: is there paper in it?</source>
        <translation>Сканер не выдал ни одной страницы: есть ли в нём бумага?</translation>
    </message>
    <message>
        <source>The pages scanned before are kept.</source>
        <translation>Ранее отсканированные страницы сохранены.</translation>
    </message>
    <message>
        <source>Choose the one page to scan again.</source>
        <translation>Выберите одну страницу, которую нужно отсканировать заново.</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Импорт файлов</translation>
    </message>
    <message>
        <source>Documents ({patterns})</source>
        <translation>Документы ({patterns})</translation>
    </message>
    <message>
        <source>Reading files: {count}…</source>
        <translation>Чтение файлов: {count}…</translation>
    </message>
    <message>
        <source>Documents added: {count}</source>
        <translation>Добавлено документов: {count}</translation>
    </message>
    <message>
        <source>Save the separator sheet</source>
        <translation>Сохранение разделительного листа</translation>
    </message>
    <message>
        <source>Separator sheet saved: {path}. Print it and put a copy in front of each document.</source>
        <translation>Разделительный лист сохранён: {path}. Напечатайте его и положите по экземпляру перед каждым документом.</translation>
    </message>
    <message>
        <source>Documents from the scan folder: {count}</source>
        <translation>Документов из папки сканирования: {count}</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Регистрация…</translation>
    </message>
    <message>
        <source>Registered as {number}; deadline {deadline}.</source>
        <translation>Зарегистрирован под номером {number}; срок {deadline}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Register (the register has no series yet)</source>
        <translation>Зарегистрировать (в реестре ещё нет серий)</translation>
    </message>
    <message>
        <source>An administrator adds the register's series in Configuration → Document register.</source>
        <translation>Администратор добавляет серии реестра в разделе Настройки → Реестр документов.</translation>
    </message>
</context>
<context>
    <name>ScorecardDialog</name>
    <message>
        <source>Scorecards</source>
        <translation>Анкеты оценки</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Добавить вопрос</translation>
    </message>
    <message>
        <source>Remove the chosen question</source>
        <translation>Удалить выбранный вопрос</translation>
    </message>
    <message>
        <source>Stop using this form</source>
        <translation>Больше не использовать эту анкету</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Анкета:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>A form already used for evaluations is saved as a new form; the evaluations keep the one they were made on.</source>
        <translation>Уже использованная анкета сохраняется как новая; сделанные оценки остаются на той анкете, по которой они сделаны.</translation>
    </message>
    <message>
        <source>A new form</source>
        <translation>Новая анкета</translation>
    </message>
    <message>
        <source>The form is saved.</source>
        <translation>Анкета сохранена.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Sync server</source>
        <translation>Сервер синхронизации</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключить</translation>
    </message>
    <message>
        <source>Connect this PC to a server</source>
        <translation>Подключение этого компьютера к серверу</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Код регистрации</translation>
    </message>
    <message>
        <source>Certificate authority file (optional)</source>
        <translation>Файл центра сертификации (необязательно)</translation>
    </message>
    <message>
        <source>This PC is connected to {url} as a {role} PC. It sends its changes there and receives the office's; the status bar shows how sync goes.</source>
        <translation>Этот компьютер подключён к {url} в роли {role}. Он отправляет туда свои изменения и получает изменения бюро; строка состояния показывает ход синхронизации.</translation>
    </message>
    <message>
        <source>This PC works alone: its data stays in its own store. To work with other PCs of the office, ask the server's administrator for an enrollment code (lett server enroll) and connect.</source>
        <translation>Этот компьютер работает автономно: данные остаются в его собственной базе. Чтобы работать вместе с другими компьютерами бюро, попросите у администратора сервера код регистрации (lett server enroll) и подключитесь.</translation>
    </message>
    <message>
        <source>Connected. Restart Lett to work with the server.</source>
        <translation>Подключено. Перезапустите Lett для работы с сервером.</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Целевое ожидание</translation>
    </message>
    <message>
        <source>Daily limit</source>
        <translation>Дневной лимит</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Предлагается</translation>
    </message>
    <message>
        <source>Name in Estonian</source>
        <translation>Название на эстонском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Target wait (min)</source>
        <translation>Целевое ожидание (мин)</translation>
    </message>
    <message>
        <source>Priority aging (min)</source>
        <translation>Повышение приоритета через (мин)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>без лимита</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Its own hours (otherwise the office's)</source>
        <translation>Собственные часы (иначе часы бюро)</translation>
    </message>
    <message>
        <source>Visitors can take tickets for it</source>
        <translation>Посетители могут брать на неё талоны</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Новая услуга</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Service {letter}</source>
        <translation>Услуга {letter}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>The service is saved.</source>
        <translation>Услуга сохранена.</translation>
    </message>
    <message>
        <source>Remove the service</source>
        <translation>Удаление услуги</translation>
    </message>
    <message>
        <source>Remove service {letter}? Visitors can no longer take tickets for it; its past tickets are kept.</source>
        <translation>Удалить услугу {letter}? Посетители больше не смогут брать на неё талоны; прежние талоны сохранятся.</translation>
    </message>
    <message>
        <source>The service is removed.</source>
        <translation>Услуга удалена.</translation>
    </message>
</context>
<context>
    <name>SetupAdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Первый администратор</translation>
    </message>
    <message>
        <source>The account that signs in first. It holds every staff role and adds the other staff accounts.</source>
        <translation>Учётная запись для первого входа. У неё есть все роли сотрудника, и с ней добавляются учётные записи остальных сотрудников.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>e.g. mari</source>
        <translation>напр. mari</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>e.g. Mari Maasikas</source>
        <translation>напр. Mari Maasikas</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>at least 10 characters</source>
        <translation>не менее 10 символов</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
</context>
<context>
    <name>SetupOfficePage</name>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>This data folder has no office yet. Tell Lett about the office it serves; everything here can be changed later.</source>
        <translation>В этой папке данных ещё нет офиса. Опишите офис, который обслуживает Lett; всё это можно изменить позже.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Название офиса:</translation>
    </message>
    <message>
        <source>e.g. Tartu teenindusbüroo</source>
        <translation>напр. Tartu teenindusbüroo</translation>
    </message>
    <message>
        <source>Office code:</source>
        <translation>Код офиса:</translation>
    </message>
    <message>
        <source>e.g. TARTU (letters A–Z, digits, - and _)</source>
        <translation>напр. TARTU (буквы A–Z, цифры, - и _)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Registry code:</source>
        <translation>Регистрационный код:</translation>
    </message>
    <message>
        <source>8 digits; may be left empty</source>
        <translation>8 цифр; можно оставить пустым</translation>
    </message>
</context>
<context>
    <name>SetupPrinterPage</name>
    <message>
        <source>Ticket printer</source>
        <translation>Принтер талонов</translation>
    </message>
    <message>
        <source>The printer of this PC's kiosk. Print a test ticket to see that it works.</source>
        <translation>Принтер терминала выдачи талонов этого компьютера. Напечатайте пробный талон, чтобы проверить его работу.</translation>
    </message>
    <message>
        <source>Printer address:</source>
        <translation>Адрес принтера:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Пробная печать</translation>
    </message>
    <message>
        <source>Addresses: tcp://HOST:PORT (network), usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, file:///PATH, cups://QUEUE. Leave it empty when this PC has no ticket printer.</source>
        <translation>Адреса: tcp://HOST:PORT (сеть), usb://VID:PID, serial:///dev/ttyUSB0?baudrate=19200, file:///ПУТЬ, cups://ОЧЕРЕДЬ. Оставьте пустым, если у этого компьютера нет принтера талонов.</translation>
    </message>
    <message>
        <source>Printing a test ticket…</source>
        <translation>Печать пробного талона…</translation>
    </message>
    <message>
        <source>Printed: a test ticket came out. Check that its Estonian and Russian letters are right.</source>
        <translation>Напечатано: пробный талон вышел. Проверьте, правильно ли на нём напечатаны эстонские и русские буквы.</translation>
    </message>
    <message>
        <source>Paper out: the printer answered that it has no paper. Put in a new roll and try again.</source>
        <translation>Нет бумаги: принтер ответил, что в нём закончилась бумага. Вставьте новый рулон и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The printer answered that its cover is open. Close it and try again.</source>
        <translation>Принтер ответил, что его крышка открыта. Закройте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The printer answered that it is not ready. Check its lights and buttons, then try again.</source>
        <translation>Принтер ответил, что не готов. Проверьте его индикаторы и кнопки и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Unreachable: no printer answers at {uri}. Check the address, the cable or network, and that the printer is on.</source>
        <translation>Недоступен: по адресу {uri} принтер не отвечает. Проверьте адрес, кабель или сеть и то, что принтер включён.</translation>
    </message>
    <message>
        <source>The test ticket could not be printed. Check the printer and try again.</source>
        <translation>Пробный талон не удалось напечатать. Проверьте принтер и попробуйте ещё раз.</translation>
    </message>
</context>
<context>
    <name>SetupServicesPage</name>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>The services visitors take tickets for: a letter and the name in Estonian, Russian and English. One counter serving them all is made with them.</source>
        <translation>Услуги, на которые посетители берут талоны: буква и название на эстонском, русском и английском. Вместе с ними создаётся одно окно обслуживания, обслуживающее их все.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Буква</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>По-эстонски</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>По-русски</translation>
    </message>
    <message>
        <source>English</source>
        <translation>По-английски</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>Добавить услугу</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>Удалить услугу</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Lett – set up a new office</source>
        <translation>Lett – настройка нового офиса</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Назад</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Далее &gt;</translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation>Настроить офис</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Setting up the office…</source>
        <translation>Настройка офиса…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Lett – sign in</source>
        <translation>Lett – вход</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>Вход для сотрудников</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Имя пользователя:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>this PC's data was restored or copied: connect it again</source>
        <translation>данные этого компьютера восстановлены или скопированы: подключите его заново</translation>
    </message>
    <message>
        <source>waiting to send: {n}</source>
        <translation>ожидают отправки: {n}</translation>
    </message>
    <message>
        <source>files waiting: {n}</source>
        <translation>файлов в ожидании: {n}</translation>
    </message>
    <message>
        <source>synced {time}</source>
        <translation>синхронизировано {time}</translation>
    </message>
    <message>
        <source>This PC's clock is {n} min ahead of the server's: its changes are refused. Set the PC's date and time right.</source>
        <translation>Часы этого компьютера спешат на {n} мин относительно сервера: его изменения отклоняются. Установите правильные дату и время компьютера.</translation>
    </message>
    <message>
        <source>clock wrong</source>
        <translation>часы неверны</translation>
    </message>
    <message>
        <source>refused: {n}</source>
        <translation>отклонено: {n}</translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation>Изменения, отклонённые сервером</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
</context>
<context>
    <name>TellClientDialog</name>
    <message>
        <source>Tell the client and close</source>
        <translation>Сообщить клиенту и закрыть</translation>
    </message>
    <message>
        <source>{summary} – {status}</source>
        <translation>{summary} – {status}</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>По эл. почте</translation>
    </message>
    <message>
        <source>By e-mail (the contact has no address)</source>
        <translation>По эл. почте (в обращении нет адреса)</translation>
    </message>
    <message>
        <source>I phoned the client</source>
        <translation>Я позвонил(а) клиенту</translation>
    </message>
    <message>
        <source>To: {address} (in the client's language)</source>
        <translation>Кому: {address} (на языке клиента)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема письма</translation>
    </message>
    <message>
        <source>Note for the contact</source>
        <translation>Заметка к обращению</translation>
    </message>
    <message>
        <source>Tell and close</source>
        <translation>Сообщить и закрыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>TemplatesListPage</name>
    <message>
        <source>Notice templates</source>
        <translation type="vanished">Шаблоны уведомлений</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <source>Template id</source>
        <translation>Идентификатор шаблона</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <source>Label (et)</source>
        <translation>Подпись (et)</translation>
    </message>
    <message>
        <source>Label (ru)</source>
        <translation>Подпись (ru)</translation>
    </message>
    <message>
        <source>Label (en)</source>
        <translation>Подпись (en)</translation>
    </message>
    <message>
        <source>Choices (value: et | ru | en; …)</source>
        <translation>Варианты (значение: et | ru | en; …)</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Подробнее…</translation>
    </message>
    <message>
        <source>All of the chosen field's properties: its labels in every language, whether it is required, its choices</source>
        <translation>Все свойства выбранного поля: подписи на всех языках, обязательно ли оно, варианты</translation>
    </message>
    <message>
        <source>Add a field</source>
        <translation>Добавить поле</translation>
    </message>
    <message>
        <source>Remove the field</source>
        <translation>Удалить поле</translation>
    </message>
    <message>
        <source>Write each field's name in curly brackets where its value goes, in all three texts. Also available: {office_name}, {office_address}, {office_registry_code}, {registry_number}, {date}, {issued_by}. A paragraph that starts with # is a heading.</source>
        <translation>Впишите имя каждого поля в фигурных скобках туда, где должно стоять его значение, во все три текста. Также доступны: {office_name}, {office_address}, {office_registry_code}, {registry_number}, {date}, {issued_by}. Абзац, начинающийся с #, — подзаголовок.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>long text</source>
        <translation>длинный текст</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>personal identification code</source>
        <translation>личный код</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>выбор</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>адрес э-почты</translation>
    </message>
    <message>
        <source>Template versions saved on this PC before are now the office's: {versions}.</source>
        <translation>Версии шаблонов, ранее сохранённые на этом компьютере, теперь общие для всего офиса обслуживания: {versions}.</translation>
    </message>
    <message>
        <source>(withdrawn)</source>
        <translation>(отозвана)</translation>
    </message>
    <message>
        <source>v{version}, built in</source>
        <translation>v{version}, встроенная</translation>
    </message>
    <message>
        <source>v{version}, {who}, {when}</source>
        <translation>v{version}, {who}, {when}</translation>
    </message>
    <message>
        <source>(in use)</source>
        <translation>(используется)</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Withdraw this version</source>
        <translation>Отозвать эту версию</translation>
    </message>
    <message>
        <source>Version {version} is offered again.</source>
        <translation>Версия {version} снова используется.</translation>
    </message>
    <message>
        <source>Version {version} is withdrawn: it is no longer offered for new notices.</source>
        <translation>Версия {version} отозвана: для новых уведомлений она больше не предлагается.</translation>
    </message>
    <message>
        <source>version {version}</source>
        <translation>версия {version}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <source>The template is complete: every field is in all three texts.</source>
        <translation>Шаблон полный: каждое поле есть во всех трёх текстах.</translation>
    </message>
    <message>
        <source>Saved as version {version}; new notices use it at every PC of the office.</source>
        <translation>Сохранено как версия {version}; новые уведомления используют её на каждом компьютере офиса обслуживания.</translation>
    </message>
    <message>
        <source>{count} template versions saved on this PC before were taken into the office's templates.</source>
        <translation type="vanished"></translation>
    </message>
    <message>
        <source>Saved as version {version} in {path}.</source>
        <translation type="vanished">Сохранено как версия {version} в файле {path}.</translation>
    </message>
</context>
<context>
    <name>TopicsPage</name>
    <message>
        <source>Contact topics</source>
        <translation>Темы обращений</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Default for service</source>
        <translation>Тема услуги по умолчанию</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in Estonian</source>
        <translation>Название на эстонском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Under the topic</source>
        <translation>Внутри темы</translation>
    </message>
    <message>
        <source>Default topic of service</source>
        <translation>Тема по умолчанию для услуги</translation>
    </message>
    <message>
        <source>e.g. pension-abroad</source>
        <translation>напр. pension-abroad</translation>
    </message>
    <message>
        <source>Withdraw chosen</source>
        <translation>Вывести выбранную из употребления</translation>
    </message>
    <message>
        <source>Save the topic</source>
        <translation>Сохранить тему</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(верхний уровень)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>The topic is saved.</source>
        <translation>Тема сохранена.</translation>
    </message>
    <message>
        <source>The topic is withdrawn; contacts about it keep it.</source>
        <translation>Тема выведена из употребления; обращения по ней её сохраняют.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {ticket}</source>
        <translation>Перенаправить {ticket}</translation>
    </message>
    <message>
        <source>Send the visitor to another service's queue, to a counter, or both. The ticket keeps its number.</source>
        <translation>Направьте посетителя в очередь другой услуги, в определённое окно обслуживания или и то и другое. Номер талона сохраняется.</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Услуга:</translation>
    </message>
    <message>
        <source>Any counter of the service</source>
        <translation>Любое окно этой услуги</translation>
    </message>
    <message>
        <source>Counter {number}</source>
        <translation>Окно {number}</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Окно обслуживания:</translation>
    </message>
    <message>
        <source>Place in the queue:</source>
        <translation>Место в очереди:</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перенаправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users and roles</source>
        <translation>Пользователи и роли</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Сбросить пароль</translation>
    </message>
    <message>
        <source>Switch on</source>
        <translation>Включить</translation>
    </message>
    <message>
        <source>Switch off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>One-time password of {user}: {password}
Give it to them; they choose their own at the first sign-in. It is not shown again.</source>
        <translation>Одноразовый пароль пользователя {user}: {password}
Передайте его пользователю; при первом входе он выберет собственный пароль. Больше этот пароль не показывается.</translation>
    </message>
    <message>
        <source>The user is added.</source>
        <translation>Пользователь добавлен.</translation>
    </message>
    <message>
        <source>The roles are saved.</source>
        <translation>Роли сохранены.</translation>
    </message>
    <message>
        <source>The password is reset.</source>
        <translation>Пароль сброшен.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ViewerWindow</name>
    <message>
        <source>Open in another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <source>Open the PDF in this PC's own PDF viewer</source>
        <translation>Открыть PDF в программе просмотра PDF этого компьютера</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>{title} – Lett</source>
        <translation>{title} – Lett</translation>
    </message>
    <message>
        <source>Document – Lett</source>
        <translation>Документ – Lett</translation>
    </message>
    <message>
        <source>This PC has no other program that shows PDF files; the document is shown here. Its file is {path}.</source>
        <translation>На этом компьютере нет другой программы для просмотра PDF-файлов; документ показан здесь. Его файл: {path}.</translation>
    </message>
</context>
<context>
    <name>VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Check everyone out at</source>
        <translation>Отмечать уход всех в</translation>
    </message>
    <message>
        <source>Empty: visitors still in are checked out at the start of the next day.</source>
        <translation>Пусто: оставшиеся в здании посетители отмечаются ушедшими в начале следующего дня.</translation>
    </message>
    <message>
        <source>Purposes of visit</source>
        <translation>Цели визита</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Куда ведёт</translation>
    </message>
    <message>
        <source>Kept (days)</source>
        <translation>Хранение (дней)</translation>
    </message>
    <message>
        <source>Name in Estonian</source>
        <translation>Название на эстонском</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Название на английском</translation>
    </message>
    <message>
        <source>Service or person</source>
        <translation>Услуга или сотрудник</translation>
    </message>
    <message>
        <source>Visitor data kept for (days)</source>
        <translation>Срок хранения данных посетителя (дней)</translation>
    </message>
    <message>
        <source>a service queue</source>
        <translation>в очередь услуги</translation>
    </message>
    <message>
        <source>a specialist</source>
        <translation>к специалисту</translation>
    </message>
    <message>
        <source>the waiting area</source>
        <translation>в зону ожидания</translation>
    </message>
    <message>
        <source>Add purpose</source>
        <translation>Добавить цель</translation>
    </message>
    <message>
        <source>Remove chosen</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <source>Specialists</source>
        <translation>Специалисты</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Кабинет</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Add specialist</source>
        <translation>Добавить специалиста</translation>
    </message>
    <message>
        <source>Watch list (the desk is alerted on a near match)</source>
        <translation>Список наблюдения (стойка предупреждается и при похожем имени)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Кем добавлено</translation>
    </message>
    <message>
        <source>Add to the watch list</source>
        <translation>Добавить в список наблюдения</translation>
    </message>
    <message>
        <source>Save the check-out time</source>
        <translation>Сохранить время отметки ухода</translation>
    </message>
    <message>
        <source>The name is on the watch list.</source>
        <translation>Имя добавлено в список наблюдения.</translation>
    </message>
    <message>
        <source>The name is taken off the watch list.</source>
        <translation>Имя удалено из списка наблюдения.</translation>
    </message>
    <message>
        <source>The check-out time is saved.</source>
        <translation>Время отметки ухода сохранено.</translation>
    </message>
    <message>
        <source>Choose where the purpose leads.</source>
        <translation>Выберите, куда ведёт цель.</translation>
    </message>
    <message>
        <source>The purpose of visit is added.</source>
        <translation>Цель визита добавлена.</translation>
    </message>
    <message>
        <source>The specialist is added.</source>
        <translation>Специалист добавлен.</translation>
    </message>
    <message>
        <source>The purpose of visit is removed.</source>
        <translation>Цель визита удалена.</translation>
    </message>
    <message>
        <source>The specialist is removed.</source>
        <translation>Специалист удалён.</translation>
    </message>
</context>
<context>
    <name>VisitorsTab</name>
    <message>
        <source>Scan a badge to check out:</source>
        <translation>Для ухода отсканируйте пропуск:</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Отметить уход</translation>
    </message>
    <message>
        <source>Show personal code</source>
        <translation>Показать личный код</translation>
    </message>
    <message>
        <source>Usage records of this personal code (JSON)</source>
        <translation>Записи об использовании данных по этому личному коду (JSON)</translation>
    </message>
    <message>
        <source>Badge as PDF</source>
        <translation>Пропуск в PDF</translation>
    </message>
    <message>
        <source>Print evacuation list</source>
        <translation>Печать списка эвакуации</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Отметить приход</translation>
    </message>
    <message>
        <source>Import expected visitors…</source>
        <translation>Импорт ожидаемых посетителей…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Искать</translation>
    </message>
    <message>
        <source>from</source>
        <translation>за период</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Личный код</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>In the building</source>
        <translation>В здании</translation>
    </message>
    <message>
        <source>Expected today</source>
        <translation>Ожидаются сегодня</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Прошлые посещения</translation>
    </message>
    <message>
        <source>Read from the ID card: {name}.</source>
        <translation>Считано с ID-карты: {name}.</translation>
    </message>
    <message>
        <source>{name} is registered. Ticket {number}: please wait to be called.</source>
        <translation>{name} зарегистрирован(а). Талон {number}: пожалуйста, ожидайте вызова.</translation>
    </message>
    <message>
        <source>{name} is registered. Host: {host}, room {room}.</source>
        <translation>{name} зарегистрирован(а). Принимающий специалист: {host}, кабинет {room}.</translation>
    </message>
    <message>
        <source>{name} is registered. Please take a seat in the waiting area.</source>
        <translation>{name} зарегистрирован(а). Пожалуйста, подождите в зоне ожидания.</translation>
    </message>
    <message>
        <source>Watch list: {name} is close to the listed name “{listed}”. {reason}</source>
        <translation>Список наблюдения: {name} похоже на имя в списке «{listed}». {reason}</translation>
    </message>
    <message>
        <source>The host was told by e-mail ({address}).</source>
        <translation>Принимающему специалисту отправлено письмо ({address}).</translation>
    </message>
    <message>
        <source>{name} is expected at {time}.</source>
        <translation>{name} ожидается {time}.</translation>
    </message>
    <message>
        <source>The badge could not be printed: {reason}</source>
        <translation>Не удалось напечатать пропуск: {reason}</translation>
    </message>
    <message>
        <source>VISITOR</source>
        <translation>ПОСЕТИТЕЛЬ</translation>
    </message>
    <message>
        <source>Host: {host}</source>
        <translation>Принимающий: {host}</translation>
    </message>
    <message>
        <source>waiting area</source>
        <translation>зона ожидания</translation>
    </message>
    <message>
        <source>Your roles do not include the reception desk: visitors' data is not shown.</source>
        <translation>Ваши роли не включают стойку регистрации: данные посетителей не показываются.</translation>
    </message>
    <message>
        <source>In the building ({count})</source>
        <translation>В здании ({count})</translation>
    </message>
    <message>
        <source>Choose a visitor in the list first.</source>
        <translation>Сначала выберите посетителя в списке.</translation>
    </message>
    <message>
        <source>{name} has left the building.</source>
        <translation>{name} покинул(а) здание.</translation>
    </message>
    <message>
        <source>Import expected visitors</source>
        <translation>Импорт ожидаемых посетителей</translation>
    </message>
    <message>
        <source>Calendars and tables (*.ics *.csv);;All files (*)</source>
        <translation>Календари и таблицы (*.ics *.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Expected visitors imported: {count}.</source>
        <translation>Импортировано ожидаемых посетителей: {count}.</translation>
    </message>
    <message>
        <source>No personal code was recorded for this visitor.</source>
        <translation>У этого посетителя не записан личный код.</translation>
    </message>
    <message>
        <source>Type the person's personal code first.</source>
        <translation>Сначала введите личный код человека.</translation>
    </message>
    <message>
        <source>The usage records are saved as {path}.</source>
        <translation>Записи об использовании данных сохранены: {path}.</translation>
    </message>
    <message>
        <source>No past visits found, but {name} is in the building now: see “In the building”.</source>
        <translation>Прошлых посещений не найдено, но {name} сейчас в здании: см. «В здании».</translation>
    </message>
    <message>
        <source>No visits found.</source>
        <translation>Посещения не найдены.</translation>
    </message>
    <message>
        <source>Evacuation list</source>
        <translation>Список эвакуации</translation>
    </message>
    <message>
        <source>Visitors in the building: {count}</source>
        <translation>Посетителей в здании: {count}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающий специалист</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Пришёл</translation>
    </message>
    <message>
        <source>No visitors are in the building.</source>
        <translation>В здании нет посетителей.</translation>
    </message>
    <message>
        <source>The evacuation list is saved as {path}.</source>
        <translation>Список эвакуации сохранён: {path}.</translation>
    </message>
    <message>
        <source>The evacuation list is printed ({job}) and saved as {path}.</source>
        <translation>Список для эвакуации напечатан ({job}) и сохранён в файле {path}.</translation>
    </message>
    <message>
        <source>The evacuation list could not be printed. {detail} It is saved as {path}: print it from another PC or read it from the screen.</source>
        <translation>Список эвакуации не удалось напечатать. {detail} Он сохранён как {path}: напечатайте его с другого компьютера или читайте с экрана.</translation>
    </message>
    <message>
        <source>The badge is saved as {path}.</source>
        <translation>Пропуск сохранён: {path}.</translation>
    </message>
    <message>
        <source>This PC has no program that shows PDF files, so the evacuation list is not shown on the screen. It is saved as {path}.</source>
        <translation type="vanished">На этом компьютере нет программы для просмотра PDF, поэтому список эвакуации не показан на экране. Он сохранён как {path}.</translation>
    </message>
    <message>
        <source>The evacuation list is saved as {path}, but it could not be printed: {detail}</source>
        <translation type="vanished">Список для эвакуации сохранён в файле {path}, но его не удалось напечатать: {detail}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Lett cannot start</source>
        <translation>Не удаётся запустить Lett</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>counter</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>info_desk</source>
        <translation>информационная стойка</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>веб-чат</translation>
    </message>
    <message>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Current password of {user}: </source>
        <translation>Текущий пароль {user}: </translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Новый пароль ещё раз: </translation>
    </message>
    <message>
        <source>Password of “{user}” changed.</source>
        <translation>Пароль «{user}» изменён.</translation>
    </message>
    <message>
        <source>Account “{user}” added. Its first password, shown only now: {password}. It is changed at the first sign-in.</source>
        <translation>Учётная запись «{user}» добавлена. Её первый пароль, показываемый только сейчас: {password}. Его нужно сменить при первом входе.</translation>
    </message>
    <message>
        <source>New password of “{user}”, shown only now: {password}. It is changed at the next sign-in.</source>
        <translation>Новый пароль «{user}», показываемый только сейчас: {password}. Его нужно сменить при следующем входе.</translation>
    </message>
    <message>
        <source>“{user}” has the roles: {roles}.</source>
        <translation>Роли «{user}»: {roles}.</translation>
    </message>
    <message>
        <source>Account “{user}” is switched on.</source>
        <translation>Учётная запись «{user}» включена.</translation>
    </message>
    <message>
        <source>Account “{user}” is switched off.</source>
        <translation>Учётная запись «{user}» отключена.</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>отключена</translation>
    </message>
    <message>
        <source>locked until {time}</source>
        <translation>заблокирована до {time}</translation>
    </message>
    <message>
        <source>password to be changed</source>
        <translation>пароль нужно сменить</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>Cannot use {path}: {detail}</source>
        <translation>Невозможно использовать {path}: {detail}</translation>
    </message>
    <message>
        <source>Password of {user}: </source>
        <translation>Пароль {user}: </translation>
    </message>
    <message>
        <source>Office configuration written to {path} (without staff accounts).</source>
        <translation>Настройки офиса записаны в {path} (без учётных записей сотрудников).</translation>
    </message>
    <message>
        <source>Office configuration read from {path}: {services} services, {counters} counters.</source>
        <translation>Настройки офиса прочитаны из {path}: услуг — {services}, окон обслуживания — {counters}.</translation>
    </message>
    <message>
        <source>Contact recorded ({id}).</source>
        <translation>Обращение сохранено ({id}).</translation>
    </message>
    <message>
        <source>Topic {code} saved.</source>
        <translation>Тема {code} сохранена.</translation>
    </message>
    <message>
        <source>Demo office ready in {path}.</source>
        <translation>Демонстрационный офис готов в папке {path}.</translation>
    </message>
    <message>
        <source>Sign in to the staff window as “{user}” with the password {password} (shown only now; change it in the Lett menu).</source>
        <translation>Войдите в окно сотрудника как «{user}» с паролем {password} (показывается только сейчас; смените его в меню Lett).</translation>
    </message>
    <message>
        <source>Jira token of {user} at {site}: </source>
        <translation>Токен Jira для {user} на {site}: </translation>
    </message>
    <message>
        <source>The token is saved on this PC.</source>
        <translation>Токен сохранён на этом компьютере.</translation>
    </message>
    <message>
        <source>Escalation {id} is in the outbox.</source>
        <translation>Передача {id} ожидает отправки.</translation>
    </message>
    <message>
        <source>Escalation {id} is sent: {key}</source>
        <translation>Передача {id} отправлена: {key}</translation>
    </message>
    <message>
        <source>Escalation {id}: {error}</source>
        <translation>Передача {id}: {error}</translation>
    </message>
    <message>
        <source>Copy of notice {number} registered: {path}</source>
        <translation>Копия уведомления {number} зарегистрирована: {path}</translation>
    </message>
    <message>
        <source>Notice {number} issued: {path}</source>
        <translation>Уведомление {number} выдано: {path}</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation>Контрольный код: {code}</translation>
    </message>
    <message>
        <source>Notice {number} is sent to the printer and recorded as delivered.</source>
        <translation>Уведомление {number} отправлено на принтер и отмечено как доставленное.</translation>
    </message>
    <message>
        <source>Notice {number} is e-mailed to {address}.</source>
        <translation>Уведомление {number} отправлено по электронной почте на адрес {address}.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>копия</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>подписано</translation>
    </message>
    <message>
        <source>Container for signing written to {path}.</source>
        <translation>Контейнер для подписания записан в {path}.</translation>
    </message>
    <message>
        <source>Signed container attached to notice {number}: {path}</source>
        <translation>Подписанный контейнер приложен к уведомлению {number}: {path}</translation>
    </message>
    <message>
        <source>Test ticket printed on {uri}.</source>
        <translation>Пробный талон напечатан на принтере {uri}.</translation>
    </message>
    <message>
        <source>counter {n}</source>
        <translation>окно {n}</translation>
    </message>
    <message>
        <source>estimated wait {low}–{high} min</source>
        <translation>ожидаемое время ожидания {low}–{high} мин</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>рабочих дней: {n}</translation>
    </message>
    <message>
        <source>{n} calendar days</source>
        <translation>календарных дней: {n}</translation>
    </message>
    <message>
        <source>{n} months</source>
        <translation>месяцев: {n}</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>from the next working day</source>
        <translation>со следующего рабочего дня</translation>
    </message>
    <message>
        <source>from registration</source>
        <translation>с регистрации</translation>
    </message>
    <message>
        <source>extendable to {term}</source>
        <translation>продление до {term}</translation>
    </message>
    <message>
        <source>No document found.</source>
        <translation>Документы не найдены.</translation>
    </message>
    <message>
        <source>More than {count} documents match; the newest are shown. Add a word to narrow the search.</source>
        <translation>Найдено более {count} документов, показаны самые новые. Добавьте слово, чтобы уточнить поиск.</translation>
    </message>
    <message>
        <source>{count} documents are not indexed yet, so their words are not searched: run lett register reindex.</source>
        <translation>Документов, ещё не проиндексированных и не охваченных поиском: {count}. Выполните lett register reindex.</translation>
    </message>
    <message>
        <source>Series {index} saved: {pattern}</source>
        <translation>Серия {index} сохранена: {pattern}</translation>
    </message>
    <message>
        <source>(not in use)</source>
        <translation>(не используется)</translation>
    </message>
    <message>
        <source>Registered {number}, deadline {deadline}.</source>
        <translation>Зарегистрирован {number}, срок {deadline}.</translation>
    </message>
    <message>
        <source>PDF kept: {path}</source>
        <translation>PDF сохранён: {path}</translation>
    </message>
    <message>
        <source>{count} documents left to index…</source>
        <translation>Осталось проиндексировать документов: {count}…</translation>
    </message>
    <message>
        <source>Indexed {count} documents for search.</source>
        <translation>Проиндексировано для поиска документов: {count}.</translation>
    </message>
    <message>
        <source>Document {number} forwarded to {to}.</source>
        <translation>Документ {number} переслан: {to}.</translation>
    </message>
    <message>
        <source>Document {number} is answered.</source>
        <translation>На документ {number} дан ответ.</translation>
    </message>
    <message>
        <source>Sent to the printer (job {job}).</source>
        <translation>Отправлено на принтер (задание {job}).</translation>
    </message>
    <message>
        <source>Marked posted: {numbers}</source>
        <translation>Отмечены как отправленные почтой: {numbers}</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Укажите файл для записи параметром --out.</translation>
    </message>
    <message>
        <source>Wrote {path}: {rows} rows over {days} days.</source>
        <translation>Записан {path}: строк {rows}, дней {days}.</translation>
    </message>
    <message>
        <source>Give --tls-cert and --tls-key together.</source>
        <translation>Укажите --tls-cert и --tls-key вместе.</translation>
    </message>
    <message>
        <source>Lett server on {url} (store: {store}). Stop it with Ctrl+C.</source>
        <translation>Сервер Lett на {url} (база данных: {store}). Остановить — Ctrl+C.</translation>
    </message>
    <message>
        <source>Office {code} “{name}” added with the demo services and counters.</source>
        <translation>Учреждение {code} «{name}» добавлено с демонстрационными услугами и окнами обслуживания.</translation>
    </message>
    <message>
        <source>Office {code} “{name}” added.</source>
        <translation>Учреждение {code} «{name}» добавлено.</translation>
    </message>
    <message>
        <source>No offices yet. Add one with “lett server office add CODE NAME”.</source>
        <translation>Учреждений пока нет. Добавьте учреждение командой «lett server office add КОД НАЗВАНИЕ».</translation>
    </message>
    <message>
        <source>One-time enrollment code for office {office} “{name}”, role {role}, valid until {until}.</source>
        <translation>Одноразовый код подключения для учреждения {office} «{name}», роль {role}, действует до {until}.</translation>
    </message>
    <message>
        <source>On that PC run: lett connect SERVER-ADDRESS {code}</source>
        <translation>На том компьютере выполните: lett connect АДРЕС-СЕРВЕРА {code}</translation>
    </message>
    <message>
        <source>No devices yet. Make an enrollment code with “lett server enroll”.</source>
        <translation>Устройств пока нет. Создайте код подключения командой «lett server enroll».</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Device {device} ({name}, office {office}) is revoked; its token stops working within seconds.</source>
        <translation>Устройство {device} ({name}, учреждение {office}) отозвано; его ключ доступа перестанет действовать в течение нескольких секунд.</translation>
    </message>
    <message>
        <source>No office has granted reports yet.</source>
        <translation>Пока ни одной учётной записи не открыты отчёты других офисов.</translation>
    </message>
    <message>
        <source>Name the offices with --offices, e.g. --offices TLN,TRT.</source>
        <translation>Укажите офисы параметром --offices, например --offices TLN,TRT.</translation>
    </message>
    <message>
        <source>{user} is neither a supervisor nor an admin, so has no reports to see. Give the account that role first.</source>
        <translation>{user} — не руководитель службы и не администратор, поэтому отчёты ему недоступны. Сначала назначьте учётной записи эту роль.</translation>
    </message>
    <message>
        <source>{user} of office {office} now also sees the reports of: {offices}.</source>
        <translation>Пользователь {user} офиса {office} теперь видит также отчёты офисов: {offices}.</translation>
    </message>
    <message>
        <source>{user} of office {office} already sees those offices' reports.</source>
        <translation>Пользователь {user} офиса {office} уже видит отчёты этих офисов.</translation>
    </message>
    <message>
        <source>{user} of office {office} no longer sees the reports of: {offices}.</source>
        <translation>Пользователь {user} офиса {office} больше не видит отчёты офисов: {offices}.</translation>
    </message>
    <message>
        <source>{user} of office {office} had no such grant.</source>
        <translation>У пользователя {user} офиса {office} такого доступа не было.</translation>
    </message>
    <message>
        <source>Sent {pushed}, received {pulled}; {waiting} changes waiting, {rejections} refused.</source>
        <translation>Отправлено {pushed}, получено {pulled}; ожидают отправки: {waiting}, отклонено: {rejections}.</translation>
    </message>
    <message>
        <source>Files: {sent} sent, {fetched} received, {waiting} waiting.</source>
        <translation>Файлы: отправлено {sent}, получено {fetched}, ожидают: {waiting}.</translation>
    </message>
    <message>
        <source>Refused: {table} {row} ({op}): {reason}</source>
        <translation>Отклонено: {table} {row} ({op}): {reason}</translation>
    </message>
    <message>
        <source>Connected to {url} as {name} ({role}) of office {office} “{office_name}”.</source>
        <translation>Подключено к {url}: {name} ({role}), учреждение {office} «{office_name}».</translation>
    </message>
    <message>
        <source>This PC's data had been restored or copied: it is connected as a new device, and the changes it kept are sent under it ({pushed} sent now).</source>
        <translation>Данные этого компьютера были восстановлены или скопированы: он подключён как новое устройство, и сохранённые изменения отправляются от его имени (сейчас отправлено: {pushed}).</translation>
    </message>
    <message>
        <source>The first sync did not finish: {error}</source>
        <translation>Первая синхронизация не завершилась: {error}</translation>
    </message>
    <message>
        <source>The office's services and counters arrive with the first sync.</source>
        <translation>Услуги и окна обслуживания учреждения придут с первой синхронизацией.</translation>
    </message>
    <message>
        <source>Office {office}: {services} services, {counters} counters.</source>
        <translation>Учреждение {office}: услуг — {services}, окон обслуживания — {counters}.</translation>
    </message>
    <message>
        <source>This PC was not connected to a server.</source>
        <translation>Этот компьютер не был подключён к серверу.</translation>
    </message>
    <message>
        <source>Disconnected from {url}; the server revoked this PC's token.</source>
        <translation>Отключено от {url}; сервер отозвал ключ доступа этого компьютера.</translation>
    </message>
    <message>
        <source>Disconnected from {url}, which could not be told: ask its administrator to run “lett server revoke {device}”.</source>
        <translation>Отключено от {url}, но сообщить об этом серверу не удалось: попросите его администратора выполнить «lett server revoke {device}».</translation>
    </message>
    <message>
        <source>Registered {name} ({id}).</source>
        <translation>{name} зарегистрирован(а) ({id}).</translation>
    </message>
    <message>
        <source>Ticket {number}.</source>
        <translation>Талон {number}.</translation>
    </message>
    <message>
        <source>Watch list: close to “{listed}”. {reason}</source>
        <translation>Список наблюдения: похоже на «{listed}». {reason}</translation>
    </message>
    <message>
        <source>{name} has left the building.</source>
        <translation>{name} покинул(а) здание.</translation>
    </message>
    <message>
        <source>Calls cannot be said aloud on this PC: {reason}</source>
        <translation>На этом компьютере нельзя объявлять вызовы голосом: {reason}</translation>
    </message>
    <message>
        <source>{file}: {seconds:.1f} s, “{text}”</source>
        <translation>{file}: {seconds:.1f} с, «{text}»</translation>
    </message>
</context>
<context>
    <name>config_fields</name>
    <message>
        <source>office name</source>
        <translation>название офиса</translation>
    </message>
    <message>
        <source>office code</source>
        <translation>код офиса</translation>
    </message>
    <message>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>registry code</source>
        <translation>регистрационный код</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>логотип</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>часы работы</translation>
    </message>
    <message>
        <source>closed days</source>
        <translation>нерабочие дни</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>service letter</source>
        <translation>буква услуги</translation>
    </message>
    <message>
        <source>service name (Estonian)</source>
        <translation>название услуги (на эстонском)</translation>
    </message>
    <message>
        <source>service name (Russian)</source>
        <translation>название услуги (на русском)</translation>
    </message>
    <message>
        <source>service name (English)</source>
        <translation>название услуги (на английском)</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>target wait</source>
        <translation>целевое время ожидания</translation>
    </message>
    <message>
        <source>daily limit</source>
        <translation>дневной лимит</translation>
    </message>
    <message>
        <source>service hours</source>
        <translation>часы услуги</translation>
    </message>
    <message>
        <source>priority aging</source>
        <translation>время повышения приоритета</translation>
    </message>
    <message>
        <source>counter number</source>
        <translation>номер окна обслуживания</translation>
    </message>
    <message>
        <source>counter name</source>
        <translation>название окна обслуживания</translation>
    </message>
    <message>
        <source>display label</source>
        <translation>обозначение на табло</translation>
    </message>
    <message>
        <source>counter services</source>
        <translation>услуги окна обслуживания</translation>
    </message>
    <message>
        <source>printer address</source>
        <translation>адрес принтера</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>бумага</translation>
    </message>
    <message>
        <source>kiosk services</source>
        <translation>услуги терминала</translation>
    </message>
    <message>
        <source>kiosk languages</source>
        <translation>языки терминала</translation>
    </message>
    <message>
        <source>idle reset</source>
        <translation>возврат в начало</translation>
    </message>
    <message>
        <source>admin PIN</source>
        <translation>PIN администратора</translation>
    </message>
    <message>
        <source>display layout</source>
        <translation>макет табло</translation>
    </message>
    <message>
        <source>calls shown</source>
        <translation>показываемые вызовы</translation>
    </message>
    <message>
        <source>chime</source>
        <translation>звуковой сигнал</translation>
    </message>
    <message>
        <source>ticket retention</source>
        <translation>хранение талонов</translation>
    </message>
    <message>
        <source>visitor data retention</source>
        <translation>хранение данных посетителей</translation>
    </message>
    <message>
        <source>contact data retention</source>
        <translation>хранение данных обращений</translation>
    </message>
    <message>
        <source>topic name</source>
        <translation>название темы</translation>
    </message>
    <message>
        <source>highest priority</source>
        <translation>высший приоритет</translation>
    </message>
    <message>
        <source>no-show after</source>
        <translation>неявка после</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>configuration file</source>
        <translation>файл настроек</translation>
    </message>
    <message>
        <source>check-out time</source>
        <translation>время отметки ухода</translation>
    </message>
    <message>
        <source>purpose code</source>
        <translation>код цели</translation>
    </message>
    <message>
        <source>purpose name</source>
        <translation>название цели</translation>
    </message>
    <message>
        <source>document type</source>
        <translation>вид документа</translation>
    </message>
    <message>
        <source>document type name</source>
        <translation>название вида документа</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>deadline unit</source>
        <translation>единица срока</translation>
    </message>
    <message>
        <source>deadline counted from</source>
        <translation>начало отсчёта срока</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>продление</translation>
    </message>
    <message>
        <source>extension unit</source>
        <translation>единица продления</translation>
    </message>
    <message>
        <source>level-2 target</source>
        <translation>адресат 2-го уровня</translation>
    </message>
    <message>
        <source>ticket page address</source>
        <translation>адрес страницы талона</translation>
    </message>
    <message>
        <source>stepped-out grace</source>
        <translation>время отлучки</translation>
    </message>
</context>
<context>
    <name>error_actions</name>
    <message>
        <source>issue tickets</source>
        <translation>выдавать талоны</translation>
    </message>
    <message>
        <source>serve tickets at a counter</source>
        <translation>обслуживать посетителей в окне обслуживания</translation>
    </message>
    <message>
        <source>cancel and reissue tickets</source>
        <translation>отменять и перевыпускать талоны</translation>
    </message>
    <message>
        <source>see the queue</source>
        <translation>просматривать очередь</translation>
    </message>
    <message>
        <source>see the calls</source>
        <translation>просматривать вызовы</translation>
    </message>
    <message>
        <source>change the office configuration</source>
        <translation>изменять настройки офиса</translation>
    </message>
    <message>
        <source>manage staff accounts</source>
        <translation>управлять учётными записями сотрудников</translation>
    </message>
    <message>
        <source>issue notices</source>
        <translation>выдавать уведомления</translation>
    </message>
    <message>
        <source>register visitors</source>
        <translation>регистрировать посетителей</translation>
    </message>
    <message>
        <source>see visitors' data</source>
        <translation>просматривать данные посетителей</translation>
    </message>
    <message>
        <source>keep the watch list</source>
        <translation>вести список наблюдения</translation>
    </message>
    <message>
        <source>register documents</source>
        <translation>регистрировать документы</translation>
    </message>
    <message>
        <source>see the document register</source>
        <translation>просматривать реестр документов</translation>
    </message>
    <message>
        <source>record contacts with clients</source>
        <translation>записывать обращения клиентов</translation>
    </message>
    <message>
        <source>see the contact journal</source>
        <translation>просматривать журнал обращений</translation>
    </message>
    <message>
        <source>see the office's reports</source>
        <translation>просматривать отчёты офиса</translation>
    </message>
    <message>
        <source>see their own results</source>
        <translation>просматривать свои результаты</translation>
    </message>
    <message>
        <source>see the staff's results, set goals and evaluate their work</source>
        <translation>просматривать результаты сотрудников, ставить цели и оценивать их работу</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменить</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>аннулировать</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>There is no service “{service}”. Choose one of: {choices}.</source>
        <translation>Услуги «{service}» нет. Выберите одну из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed now. It opens {opens}.</source>
        <translation>Услуга «{service}» сейчас закрыта. Она откроется в {opens}.</translation>
    </message>
    <message>
        <source>Service “{service}” is closed today.</source>
        <translation>Услуга «{service}» сегодня закрыта.</translation>
    </message>
    <message>
        <source>Service “{service}” has issued all {limit} tickets for today. Please come back on the next working day or ask at the reception desk.</source>
        <translation>По услуге «{service}» на сегодня выданы все {limit} талонов. Пожалуйста, приходите в следующий рабочий день или обратитесь к информационной стойке.</translation>
    </message>
    <message>
        <source>There is no counter {counter}. Counters: {choices}.</source>
        <translation>Окна обслуживания {counter} нет. Окна: {choices}.</translation>
    </message>
    <message>
        <source>Counter {counter} does not serve “{service}”.</source>
        <translation>Окно {counter} не обслуживает услугу «{service}».</translation>
    </message>
    <message>
        <source>There is no ticket {ticket} today.</source>
        <translation>Сегодня талона {ticket} нет.</translation>
    </message>
    <message>
        <source>Counter {counter} has no ticket at the moment. Call the next one first.</source>
        <translation>В окне {counter} сейчас нет талона. Сначала вызовите следующего посетителя.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is {status}, so it cannot be {action}.</source>
        <translation>Талон {ticket} в статусе «{status}», поэтому его нельзя {action}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is {status}; this action needs a ticket that is {expected}.</source>
        <translation>Талон {ticket} в статусе «{status}»; для этого действия нужен талон в статусе «{expected}».</translation>
    </message>
    <message>
        <source>Counter {counter} is still serving {ticket}. Finish, park or transfer it first.</source>
        <translation>Окно {counter} ещё обслуживает талон {ticket}. Сначала завершите, отложите или перенаправьте его.</translation>
    </message>
    <message>
        <source>Nobody is waiting for the services of counter {counter}.</source>
        <translation>В очереди на услуги окна {counter} сейчас никто не ждёт.</translation>
    </message>
    <message>
        <source>{actor} may not {action}. Ask an administrator for the right role.</source>
        <translation>Пользователю {actor} не разрешено {action}. Попросите администратора назначить нужную роль.</translation>
    </message>
    <message>
        <source>Unknown outcome “{outcome}”. Use one of: {choices}.</source>
        <translation>Неизвестный результат «{outcome}». Используйте один из следующих: {choices}.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is already for “{service}”.</source>
        <translation>Талон {ticket} уже относится к услуге «{service}».</translation>
    </message>
    <message>
        <source>This data folder has no office yet. Run “lett demo” to set up a demo office.</source>
        <translation>В этой папке данных ещё нет офиса. Чтобы создать демонстрационный офис, выполните «lett demo».</translation>
    </message>
    <message>
        <source>The database is busy in another program and did not free up in time. Nothing was changed; try again in a moment.</source>
        <translation>База данных занята другой программой и не освободилась вовремя. Ничего не изменено; повторите попытку через минуту.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written (read-only). Nothing was changed. Check the folder's permissions or choose another data folder with LETT_HOME.</source>
        <translation>Файл базы данных {path} недоступен для записи (только чтение). Ничего не изменено. Проверьте права доступа к папке или выберите другую папку данных через LETT_HOME.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened: {detail}. Nothing was changed.</source>
        <translation>Не удаётся открыть базу данных {path}: {detail}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The database was made by a newer version of Lett ({revision}). Update Lett to open it.</source>
        <translation>База данных создана более новой версией Lett ({revision}). Чтобы открыть её, обновите Lett.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {detail}. It was left as it is; fix it or move it away and Lett starts with default settings.</source>
        <translation>Не удаётся прочитать файл настроек {path}: {detail}. Файл оставлен без изменений; исправьте его или переместите, и Lett запустится с настройками по умолчанию.</translation>
    </message>
    <message>
        <source>Setting “{key}” in {path} is not valid: {detail}.</source>
        <translation>Настройка «{key}» в файле {path} недопустима: {detail}.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>В принтере талонов закончилась бумага, поэтому талон не напечатан. Пожалуйста, получите номер очереди у информационной стойки.</translation>
    </message>
    <message>
        <source>The ticket printer's cover is open, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Крышка принтера талонов открыта, поэтому талон не напечатан. Пожалуйста, получите номер очереди у информационной стойки.</translation>
    </message>
    <message>
        <source>The ticket printer is not ready, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Принтер талонов не готов, поэтому талон не напечатан. Пожалуйста, получите номер очереди у информационной стойки.</translation>
    </message>
    <message>
        <source>The ticket printer cannot be reached, so no ticket was printed. Please ask at the reception desk for your number.</source>
        <translation>Нет связи с принтером талонов, поэтому талон не напечатан. Пожалуйста, получите номер очереди у информационной стойки.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please ask at the reception desk for your number.</source>
        <translation>Не удалось напечатать талон. Пожалуйста, получите номер очереди у информационной стойки.</translation>
    </message>
    <message>
        <source>The ticket printer setting is wrong: {detail}</source>
        <translation>Неверная настройка принтера талонов: {detail}</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>{field} cannot be empty.</source>
        <translation>{field}: поле не может быть пустым.</translation>
    </message>
    <message>
        <source>{field} may have at most {limit} characters.</source>
        <translation>{field}: допускается не более {limit} символов.</translation>
    </message>
    <message>
        <source>{field} must be one line of text, without tabs.</source>
        <translation>{field}: введите одну строку текста без табуляции.</translation>
    </message>
    <message>
        <source>{field} must be a whole number from {low} to {high}.</source>
        <translation>{field}: введите целое число от {low} до {high}.</translation>
    </message>
    <message>
        <source>{field} must be yes or no.</source>
        <translation>{field}: выберите да или нет.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field}: выберите одно из значений: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a registry code: an Estonian registry code has 8 digits.</source>
        <translation>«{value}» не является регистрационным кодом: эстонский регистрационный код состоит из 8 цифр.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a service letter: use one letter from A to Z.</source>
        <translation>«{value}» не может быть буквой услуги: используйте одну букву от A до Z.</translation>
    </message>
    <message>
        <source>The letter {letter} is already used by the service “{service}”. Choose another letter.</source>
        <translation>Буква {letter} уже используется услугой «{service}». Выберите другую букву.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour. Use the form #1f6feb.</source>
        <translation>«{value}» не является цветом. Используйте формат #1f6feb.</translation>
    </message>
    <message>
        <source>{field}: choose one or more of Estonian, Russian and English.</source>
        <translation>{field}: выберите один или несколько: эстонский, русский и английский.</translation>
    </message>
    <message>
        <source>{field}: give each day's hours as ranges like 08:30-16:30.</source>
        <translation>{field}: укажите часы каждого дня интервалами, например 08:30-16:30.</translation>
    </message>
    <message>
        <source>{field}: “{day}” is not a day of the week (mon to sun).</source>
        <translation>{field}: «{day}» не является днём недели (mon–sun).</translation>
    </message>
    <message>
        <source>{field} of {day}: “{text}” is not a time range like 08:30-16:30.</source>
        <translation>{field} ({day}): «{text}» не является интервалом вида 08:30-16:30.</translation>
    </message>
    <message>
        <source>{field} of {day}: “{text}” ends before it starts. Give the opening time first.</source>
        <translation>{field} ({day}): «{text}» заканчивается раньше, чем начинается. Сначала укажите время открытия.</translation>
    </message>
    <message>
        <source>{field} of {day}: two ranges overlap. Join them into one.</source>
        <translation>{field} ({day}): два интервала пересекаются. Объедините их в один.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date like 2026-12-24.</source>
        <translation>{field}: «{value}» не является датой вида 2026-12-24.</translation>
    </message>
    <message>
        <source>{field} must be 4 to 12 digits.</source>
        <translation>{field}: введите от 4 до 12 цифр.</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image of at most {limit} KB.</source>
        <translation>Логотип должен быть изображением PNG или JPEG размером не более {limit} КБ.</translation>
    </message>
    <message>
        <source>There is already a counter number {number}.</source>
        <translation>Окно обслуживания с номером {number} уже есть.</translation>
    </message>
    <message>
        <source>{field}: choose at least one service.</source>
        <translation>{field}: выберите хотя бы одну услугу.</translation>
    </message>
    <message>
        <source>The visitor of ticket {ticket} has stepped out and said they will be back by {until}. Call the next visitor and call {ticket} again later.</source>
        <translation>Посетитель с талоном {ticket} вышел и обещал вернуться к {until}. Вызовите следующего посетителя, а {ticket} вызовите позже.</translation>
    </message>
    <message>
        <source>This office does not keep a place for visitors who step out.</source>
        <translation>Этот офис не сохраняет место для вышедших посетителей.</translation>
    </message>
    <message>
        <source>The ticket is no longer waiting in the queue.</source>
        <translation>Талон больше не ожидает в очереди.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is {status}, not a no-show, so it cannot be brought back.</source>
        <translation>Талон {ticket} в статусе «{status}», а не «не явился», поэтому его нельзя вернуть в очередь.</translation>
    </message>
    <message>
        <source>Ticket {ticket} was a no-show on {day}. Only today's no-shows can be brought back: issue the visitor a new ticket.</source>
        <translation>По талону {ticket} посетитель не явился {day}. Вернуть в очередь можно только сегодняшние неявки: выдайте посетителю новый талон.</translation>
    </message>
    <message>
        <source>Ticket {ticket} has changed since it was called, so the call cannot be undone. Nothing was changed.</source>
        <translation>Талон {ticket} изменился после вызова, поэтому вызов нельзя отменить. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The call of {ticket} was too long ago to undo. Nothing was changed; finish or transfer the ticket instead.</source>
        <translation>Вызов {ticket} был слишком давно, чтобы его отменить. Ничего не изменено; завершите талон или перенаправьте его.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer is out of paper, so it was not printed. Load paper and print it again, or tell the visitor the number.</source>
        <translation>Талон {ticket} выдан, но в принтере талонов закончилась бумага, поэтому он не напечатан. Вставьте бумагу и напечатайте снова или назовите посетителю номер.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer's cover is open, so it was not printed. Close the cover and print it again, or tell the visitor the number.</source>
        <translation>Талон {ticket} выдан, но крышка принтера талонов открыта, поэтому он не напечатан. Закройте крышку и напечатайте снова или назовите посетителю номер.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer is not ready, so it was not printed. Check the printer and print it again, or tell the visitor the number.</source>
        <translation>Талон {ticket} выдан, но принтер талонов не готов, поэтому он не напечатан. Проверьте принтер и напечатайте снова или назовите посетителю номер.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer cannot be reached, so it was not printed. Check its cable and power and print it again, or tell the visitor the number.</source>
        <translation>Талон {ticket} выдан, но нет связи с принтером талонов, поэтому он не напечатан. Проверьте кабель и питание и напечатайте снова или назовите посетителю номер.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but printing it failed. Print it again, or tell the visitor the number.</source>
        <translation>Талон {ticket} выдан, но напечатать его не удалось. Напечатайте снова или назовите посетителю номер.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but the ticket printer setting of this PC is wrong ({detail}), so it was not printed. Tell the visitor the number.</source>
        <translation>Талон {ticket} выдан, но настройка принтера талонов этого компьютера неверна ({detail}), поэтому он не напечатан. Назовите посетителю номер.</translation>
    </message>
    <message>
        <source>Ticket {ticket} is issued, but this PC has no ticket printer set. Tell the visitor the number, or set the printer in Configuration.</source>
        <translation>Талон {ticket} выдан, но у этого компьютера не задан принтер талонов. Назовите посетителю номер или задайте принтер в разделе «Настройки».</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an address like https://queue.example.ee.</source>
        <translation>{field}: «{value}» — не адрес вида https://queue.example.ee.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a time of day like 18:00.</source>
        <translation>{field}: «{value}» не является временем вида 18:00.</translation>
    </message>
    <message>
        <source>There is already a purpose of visit with the code {purpose}.</source>
        <translation>Цель визита с кодом {purpose} уже есть.</translation>
    </message>
    <message>
        <source>The purpose of visit {purpose} leads to {specialist}. Remove or change that purpose first.</source>
        <translation>Цель визита {purpose} ведёт к сотруднику {specialist}. Сначала удалите или измените эту цель.</translation>
    </message>
    <message>
        <source>The letter {letter} belonged to the removed service “{service}” and stays with the tickets it numbered. Choose another letter, or add the service anew.</source>
        <translation>Буква {letter} принадлежала удалённой услуге «{service}» и остаётся за выданными ею талонами. Выберите другую букву или добавьте эту услугу заново.</translation>
    </message>
    <message>
        <source>The service “{service}” still has {count} visitors waiting or at a counter. Serve or transfer them first.</source>
        <translation>У услуги «{service}» ещё {count} ожидающих или обслуживаемых посетителей. Сначала обслужите или перенаправьте их.</translation>
    </message>
    <message>
        <source>{field}: there is no setting “{key}”.</source>
        <translation>{field}: настройки «{key}» нет.</translation>
    </message>
    <message>
        <source>There is no service with the letter {letter}.</source>
        <translation>Услуги с буквой {letter} нет.</translation>
    </message>
    <message>
        <source>There is no counter number {number}.</source>
        <translation>Окна обслуживания с номером {number} нет.</translation>
    </message>
    <message>
        <source>The configuration file {path} cannot be read: {detail}. Nothing was changed.</source>
        <translation>Файл настроек {path} не удаётся прочитать: {detail}. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The configuration file {path} is not valid, so nothing was changed: {detail}</source>
        <translation>Файл настроек {path} некорректен, поэтому ничего не изменено: {detail}</translation>
    </message>
    <message>
        <source>A configuration file ends in .toml or .json; “{path}” does not.</source>
        <translation>Имя файла настроек оканчивается на .toml или .json, а «{path}» — нет.</translation>
    </message>
    <message>
        <source>The file holds configuration format {version}; this version of Lett reads format {supported}. Export it again from a Lett of this version.</source>
        <translation>В файле настройки в формате {version}; эта версия Lett читает формат {supported}. Экспортируйте файл заново из Lett этой версии.</translation>
    </message>
    <message>
        <source>“{key}” is not part of an office configuration. Remove it or correct its name.</source>
        <translation>«{key}» не относится к настройкам офиса. Удалите это или исправьте название.</translation>
    </message>
    <message>
        <source>“{key}” is missing.</source>
        <translation>«{key}» отсутствует.</translation>
    </message>
    <message>
        <source>“{key}” must be a table of values.</source>
        <translation>«{key}» должно быть таблицей значений.</translation>
    </message>
    <message>
        <source>“{key}” must be a list.</source>
        <translation>«{key}» должно быть списком.</translation>
    </message>
    <message>
        <source>{field} must be text.</source>
        <translation>{field}: должен быть текст.</translation>
    </message>
    <message>
        <source>This data folder already has an office, “{office}”; the setup is for an empty data folder. Change the office in the configuration dialog instead.</source>
        <translation>В этой папке данных уже есть офис «{office}»; мастер настройки предназначен для пустой папки данных. Измените данные офиса в окне настроек.</translation>
    </message>
    <message>
        <source>Add at least one service: without one the kiosk has no ticket to give.</source>
        <translation>Добавьте хотя бы одну услугу: без неё терминалу выдачи талонов нечего выдавать.</translation>
    </message>
    <message>
        <source>{field}: type the ticket printer's address, e.g. tcp://192.168.1.50:9100.</source>
        <translation>{field}: введите адрес принтера талонов, например tcp://192.168.1.50:9100.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a printer address. Write it like tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200, file:///home/lett/tickets.bin or cups://TicketPrinter.</source>
        <translation>{field}: «{value}» — не адрес принтера. Запишите его в виде tcp://192.168.1.50:9100, usb://04b8:0202, serial:///dev/ttyUSB0?baudrate=19200, file:///home/lett/tickets.bin или cups://TicketPrinter.</translation>
    </message>
    <message>
        <source>This PC is not connected to a server. Connect it with “lett connect URL CODE”.</source>
        <translation>Этот компьютер не подключён к серверу. Подключите его командой «lett connect URL КОД».</translation>
    </message>
    <message>
        <source>The server {url} cannot be reached: {detail}. Nothing is lost: changes wait on this PC and are sent when the connection is back.</source>
        <translation>Сервер {url} недоступен: {detail}. Ничего не потеряно: изменения ждут на этом компьютере и будут отправлены, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The queue host {url} cannot be reached, so the queue cannot be changed from this PC now. What is shown is kept; try again when the connection is back.</source>
        <translation>Сервер очереди {url} недоступен, поэтому сейчас нельзя изменить очередь с этого компьютера. Показанное сохраняется; повторите, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The queue host {url} gave an answer this PC cannot read ({detail}). The action may have been done: check the queue. Lett on this PC and on the host should be the same version.</source>
        <translation>Сервер очереди {url} дал ответ, который этот компьютер не может прочитать ({detail}). Действие могло быть выполнено: проверьте очередь. Версии Lett на этом компьютере и на сервере очереди должны совпадать.</translation>
    </message>
    <message>
        <source>This kiosk cannot issue a ticket for service {service} right now. Please ask at the reception desk for your number.</source>
        <translation>Этот киоск сейчас не может выдать талон на услугу {service}. Пожалуйста, получите номер очереди у информационной стойки.</translation>
    </message>
    <message>
        <source>This change is made at the server {url}, which cannot be reached now. Nothing was changed; try again when the connection is back.</source>
        <translation>Это изменение вносится на сервере {url}, который сейчас недоступен. Ничего не изменено; повторите попытку, когда соединение восстановится.</translation>
    </message>
    <message>
        <source>This change is made at the server, by a person signed in there, and nobody is: the server could not be reached at sign-in, or no staff account was named (--user). Nothing was changed; sign in again while the connection works.</source>
        <translation>Это изменение вносится на сервере от имени вошедшего туда сотрудника, но такого входа нет: при входе сервер был недоступен или не указана учётная запись (--user). Ничего не изменено; войдите снова, когда соединение работает.</translation>
    </message>
    <message>
        <source>Your sign-in at the server has ended (it expired, was closed, or the account was switched off). Nothing was changed; sign out and sign in again.</source>
        <translation>Ваш вход на сервере завершён (срок истёк, вход закрыт или учётная запись отключена). Ничего не изменено; выйдите и войдите снова.</translation>
    </message>
    <message>
        <source>Only desk and counter PCs sign staff in at the server; this device is neither.</source>
        <translation>Входить на сервер сотрудники могут только с компьютеров стойки регистрации и окон обслуживания; это устройство к ним не относится.</translation>
    </message>
    <message>
        <source>The server did not accept this PC ({detail}). Ask an administrator for a new enrollment code and run “lett connect” again.</source>
        <translation>Сервер не принял этот компьютер ({detail}). Попросите у администратора новый код подключения и снова выполните «lett connect».</translation>
    </message>
    <message>
        <source>The enrollment code is wrong, already used or expired. Ask an administrator for a new one.</source>
        <translation>Код подключения неверен, уже использован или истёк. Попросите у администратора новый.</translation>
    </message>
    <message>
        <source>There is no office with the code “{office}”.</source>
        <translation>Учреждения с кодом «{office}» нет.</translation>
    </message>
    <message>
        <source>There is no device {device}.</source>
        <translation>Устройства {device} нет.</translation>
    </message>
    <message>
        <source>This PC ({device}) is enrolled in another office. An administrator must revoke it there first (“lett server revoke {device}”).</source>
        <translation>Этот компьютер ({device}) подключён к другому учреждению. Администратор должен сначала отозвать его там («lett server revoke {device}»).</translation>
    </message>
    <message>
        <source>There is already an office with the code “{office}”.</source>
        <translation>Учреждение с кодом «{office}» уже есть.</translation>
    </message>
    <message>
        <source>“{office}” cannot be an office code. Use 1 to 32 characters of A–Z, 0–9, “-” and “_”.</source>
        <translation>«{office}» не может быть кодом учреждения. Используйте от 1 до 32 символов: A–Z, 0–9, «-» и «_».</translation>
    </message>
    <message>
        <source>“{url}” is not a server address. Use http://host:port or https://host:port.</source>
        <translation>«{url}» — не адрес сервера. Используйте вид http://host:port или https://host:port.</translation>
    </message>
    <message>
        <source>Lett on this PC (data version {schema}) is too old for the server (data version {server}). Update Lett; nothing is lost, the changes wait on this PC.</source>
        <translation>Lett на этом компьютере (версия данных {schema}) слишком старый для сервера (версия данных {server}). Обновите Lett; ничего не потеряно, изменения ждут на этом компьютере.</translation>
    </message>
    <message>
        <source>The server runs an older Lett (data version {server}) than this PC ({schema}). Update the server; nothing is lost, the changes wait on this PC.</source>
        <translation>На сервере работает более старый Lett (версия данных {server}), чем на этом компьютере ({schema}). Обновите сервер; ничего не потеряно, изменения ждут на этом компьютере.</translation>
    </message>
    <message>
        <source>The server refused the request: {detail}</source>
        <translation>Сервер отклонил запрос: {detail}</translation>
    </message>
    <message>
        <source>The request is too large ({size} bytes; at most {limit}).</source>
        <translation>Запрос слишком большой ({size} байт; не более {limit}).</translation>
    </message>
    <message>
        <source>The server could not do this ({detail}). Nothing was changed; try again.</source>
        <translation>Сервер не смог это выполнить ({detail}). Ничего не изменено; повторите попытку.</translation>
    </message>
    <message>
        <source>This data folder already holds its own office “{office}”. Connect from an empty data folder (LETT_HOME), or keep working without a server.</source>
        <translation>В этой папке данных уже есть своё учреждение «{office}». Подключайтесь из пустой папки данных (LETT_HOME) или работайте без сервера.</translation>
    </message>
    <message>
        <source>A {role} device may not change {table}.</source>
        <translation>Устройству с ролью {role} нельзя изменять {table}.</translation>
    </message>
    <message>
        <source>The change belongs to another office than this PC's.</source>
        <translation>Изменение относится к другому учреждению, чем этот компьютер.</translation>
    </message>
    <message>
        <source>The change to {table} is not valid: {detail}</source>
        <translation>Изменение в {table} некорректно: {detail}</translation>
    </message>
    <message>
        <source>The change to {table} is stamped {minutes} min ahead of the server's clock: this PC's clock is wrong. Set its date and time right; the change is kept on this PC.</source>
        <translation>Изменение ({table}) помечено временем на {minutes} мин впереди часов сервера: часы этого компьютера неверны. Установите правильные дату и время; изменение сохранено на этом компьютере.</translation>
    </message>
    <message>
        <source>The change to {table} names a row of another office in {column}; it was not taken.</source>
        <translation>Изменение ({table}) ссылается в поле {column} на запись другого офиса; оно не принято.</translation>
    </message>
    <message>
        <source>The change to {table} names in {column} a row the server does not have; it was not taken.</source>
        <translation>Изменение ({table}) ссылается в поле {column} на запись, которой нет на сервере; оно не принято.</translation>
    </message>
    <message>
        <source>Ticket {number} of {day} is not among the numbers the server leased to this PC; it was not taken.</source>
        <translation>Талон {number} ({day}) не входит в номера, выделенные сервером этому компьютеру; он не принят.</translation>
    </message>
    <message>
        <source>This PC's data was restored from a copy or copied from another PC, so the server cannot tell its new changes from ones it already has. Nothing is lost: the changes not yet sent are kept on this PC. Connect it to the server again (lett connect with a new enrollment code) and they are sent.</source>
        <translation>Данные этого компьютера восстановлены из копии или скопированы с другого компьютера, поэтому сервер не может отличить его новые изменения от уже полученных. Ничего не потеряно: неотправленные изменения сохранены на этом компьютере. Подключите его к серверу заново (lett connect с новым кодом подключения), и они будут отправлены.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both and try again.</source>
        <translation>Неверное имя пользователя или пароль. Проверьте оба и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Account “{user}” is locked after {attempts} wrong passwords. It opens again at {until}, or an administrator can reset its password now.</source>
        <translation>Учётная запись «{user}» заблокирована после {attempts} неверных паролей. Она откроется снова в {until}, или администратор может сейчас сбросить её пароль.</translation>
    </message>
    <message>
        <source>Account “{user}” is switched off. Ask an administrator to turn it on again.</source>
        <translation>Учётная запись «{user}» отключена. Попросите администратора снова её включить.</translation>
    </message>
    <message>
        <source>This office has no staff accounts yet. An administrator of this PC creates the first one with “lett account add NAME --roles admin”.</source>
        <translation>В этом офисе ещё нет учётных записей сотрудников. Администратор этого компьютера создаёт первую командой «lett account add ИМЯ --roles admin».</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Текущий пароль неверен. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The new password must have at least {length} characters.</source>
        <translation>Новый пароль должен содержать не менее {length} символов.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>Новый пароль должен отличаться от текущего.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type them again.</source>
        <translation>Два новых пароля не совпадают. Введите их ещё раз.</translation>
    </message>
    <message>
        <source>A user name has 1 to {length} characters and no spaces.</source>
        <translation>Имя пользователя содержит от 1 до {length} символов без пробелов.</translation>
    </message>
    <message>
        <source>There is no staff role “{role}”. Roles: {choices}.</source>
        <translation>Роли сотрудника «{role}» нет. Роли: {choices}.</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>У учётной записи должна быть хотя бы одна роль.</translation>
    </message>
    <message>
        <source>There is already an account “{user}” in this office.</source>
        <translation>В этом офисе уже есть учётная запись «{user}».</translation>
    </message>
    <message>
        <source>There is no account “{user}” in this office.</source>
        <translation>В этом офисе нет учётной записи «{user}».</translation>
    </message>
    <message>
        <source>An administrator reset the password of “{user}”: choose your own first with “lett account passwd {user}”.</source>
        <translation>Администратор сбросил пароль «{user}»: сначала выберите свой командой «lett account passwd {user}».</translation>
    </message>
    <message>
        <source>“{user}” is the office's last active administrator; without it nobody could manage accounts. Give another account the admin role first.</source>
        <translation>«{user}» — последний активный администратор офиса; без него никто не сможет управлять учётными записями. Сначала дайте роль администратора другой учётной записи.</translation>
    </message>
    <message>
        <source>There is no notice template “{template}”.</source>
        <translation>Шаблона уведомления «{template}» нет.</translation>
    </message>
    <message>
        <source>Template “{template}” has no field “{name}”.</source>
        <translation>В шаблоне «{template}» нет поля «{name}».</translation>
    </message>
    <message>
        <source>Template “{template}” is not valid: {detail}.</source>
        <translation>Шаблон «{template}» некорректен: {detail}.</translation>
    </message>
    <message>
        <source>Template “{template}”: “{name}” cannot be a field name. Use lower-case letters, digits and _, starting with a letter, and not a built-in name.</source>
        <translation>Шаблон «{template}»: «{name}» не может быть именем поля. Используйте строчные латинские буквы, цифры и _, начиная с буквы, и не встроенное имя.</translation>
    </message>
    <message>
        <source>Template “{template}” has the field “{name}” twice.</source>
        <translation>В шаблоне «{template}» поле «{name}» встречается дважды.</translation>
    </message>
    <message>
        <source>Template “{template}”: the choice field “{name}” has no choices.</source>
        <translation>Шаблон «{template}»: у поля выбора «{name}» нет вариантов.</translation>
    </message>
    <message>
        <source>Template “{template}” has no title or text in {language}. Write all three languages.</source>
        <translation>В шаблоне «{template}» нет заголовка или текста на языке {language}. Напишите все три языка.</translation>
    </message>
    <message>
        <source>The text in {language} uses the placeholder “{placeholder}”, which is neither a field of this template nor a built-in one. Add the field or correct the text.</source>
        <translation>Текст на языке {language} использует подстановку «{placeholder}», которая не является ни полем этого шаблона, ни встроенной подстановкой. Добавьте поле или исправьте текст.</translation>
    </message>
    <message>
        <source>The text in {language} does not use the field “{name}”. Put the field's name in curly brackets into the text, or remove the field.</source>
        <translation>Текст на языке {language} не использует поле «{name}». Впишите имя поля в фигурных скобках в текст или удалите поле.</translation>
    </message>
    <message>
        <source>A curly bracket in the text in {language} is not closed or not opened: “{detail}”. Placeholders are written as a name in curly brackets.</source>
        <translation>Фигурная скобка в тексте на языке {language} не закрыта или не открыта: «{detail}». Подстановка пишется как имя в фигурных скобках.</translation>
    </message>
    <message>
        <source>The template file {path} cannot be read: {detail}. It was left as it is.</source>
        <translation>Файл шаблона {path} не удаётся прочитать: {detail}. Файл оставлен как есть.</translation>
    </message>
    <message>
        <source>Version {version} of template “{template}” is built in and cannot be withdrawn. Save a corrected version instead: it takes the built-in one's place.</source>
        <translation>Версия {version} шаблона «{template}» встроенная, и её нельзя отозвать. Вместо этого сохраните исправленную версию: она заменит встроенную.</translation>
    </message>
    <message>
        <source>{label}: fill this in.</source>
        <translation>{label}: заполните это поле.</translation>
    </message>
    <message>
        <source>{label}: at most {length} characters.</source>
        <translation>{label}: не более {length} знаков.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a date. Write it as dd.mm.yyyy.</source>
        <translation>{label}: «{value}» — не дата. Пишите в виде дд.мм.гггг.</translation>
    </message>
    <message>
        <source>{label}: “{value}” is not a valid personal identification code (11 digits, the last one a check digit).</source>
        <translation>{label}: «{value}» — некорректный личный код (11 цифр, последняя — контрольная).</translation>
    </message>
    <message>
        <source>{label}: choose one of: {choices}.</source>
        <translation>{label}: выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>“{address}” is not an e-mail address.</source>
        <translation>«{address}» — не адрес э-почты.</translation>
    </message>
    <message>
        <source>There is no issued notice “{issuance}”.</source>
        <translation>Выданного уведомления «{issuance}» нет.</translation>
    </message>
    <message>
        <source>The PDF of notice {number} is not in this PC's data folder ({path}). Open it on the PC that issued it.</source>
        <translation>PDF-файла уведомления {number} нет в папке данных этого компьютера ({path}). Откройте его на компьютере, где уведомление было выдано.</translation>
    </message>
    <message>
        <source>The PDF of notice {number} ({path}) is not the one issued: its checksum differs. Nothing was sent or printed; tell the administrator.</source>
        <translation>PDF-файл уведомления {number} ({path}) не тот, что был выдан: его контрольная сумма отличается. Ничего не отправлено и не напечатано; сообщите администратору.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was overwritten. Choose another name.</source>
        <translation>{path} уже существует; ничего не перезаписано. Выберите другое имя.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {detail}. Nothing was lost.</source>
        <translation>Не удаётся записать {path}: {detail}. Ничего не потеряно.</translation>
    </message>
    <message>
        <source>There is no stored file “{file}”.</source>
        <translation>Сохранённого файла «{file}» нет.</translation>
    </message>
    <message>
        <source>The file {name} is not on this PC yet; it comes with the next sync. Try again after it, or open it on the PC where it was kept.</source>
        <translation>Файла {name} на этом компьютере пока нет; он придёт со следующей синхронизацией. Попробуйте снова после неё или откройте файл на компьютере, где он был сохранён.</translation>
    </message>
    <message>
        <source>The file {name} is missing from this PC's data folder ({path}). Tell the administrator.</source>
        <translation>Файл {name} отсутствует в папке данных этого компьютера ({path}). Сообщите администратору.</translation>
    </message>
    <message>
        <source>The file {name} ({path}) is not the one kept: its checksum differs. Nothing was sent or printed; tell the administrator.</source>
        <translation>Файл {name} ({path}) не тот, что был сохранён: его контрольная сумма отличается. Ничего не отправлено и не напечатано; сообщите администратору.</translation>
    </message>
    <message>
        <source>A {role} device does not exchange the office's stored files; only desk and counter PCs do.</source>
        <translation>Устройство с ролью {role} не обменивается сохранёнными файлами офиса обслуживания; это делают только компьютеры стойки регистрации и окон обслуживания.</translation>
    </message>
    <message>
        <source>The file sent is not the file {sha256}: its content hashes to {actual}. Nothing was stored; it is sent again at the next sync.</source>
        <translation>Отправленный файл не является файлом {sha256}: контрольная сумма его содержимого {actual}. Ничего не сохранено; файл будет отправлен снова при следующей синхронизации.</translation>
    </message>
    <message>
        <source>No record of this office names the file {sha256}, so it was not stored. Its record goes first, with the next sync.</source>
        <translation>Ни одна запись этого офиса обслуживания не ссылается на файл {sha256}, поэтому он не сохранён. Сначала отправляется запись, со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>The server has no file {sha256} of this office yet. It is fetched once the PC that kept it has sent it.</source>
        <translation>На сервере пока нет файла {sha256} этого офиса обслуживания. Он будет получен, когда компьютер, где он сохранён, отправит его.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and kept, but it could not be printed, so it is recorded as not delivered. {detail} Then choose it in the issuance register and press “Print again”.</source>
        <translation>Уведомление {number} выдано и сохранено, но напечатать его не удалось, поэтому оно отмечено как не доставленное. {detail} Затем выберите его в реестре выдач и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <source>This PC cannot print: its printing system (CUPS) is not installed. Ask IT support to install it.</source>
        <translation>С этого компьютера нельзя печатать: система печати (CUPS) не установлена. Попросите ИТ-поддержку установить её.</translation>
    </message>
    <message>
        <source>This PC has no default printer. Make a printer the default in the system's printer settings, or ask IT support to set this PC's document printer.</source>
        <translation>На этом компьютере нет принтера по умолчанию. Назначьте принтер по умолчанию в системных настройках принтеров или попросите ИТ-поддержку указать принтер документов этого компьютера.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not set up on this PC. Ask IT support to check this PC's printer setting.</source>
        <translation>Принтер «{printer}» не настроен на этом компьютере. Попросите ИТ-поддержку проверить настройку принтера этого компьютера.</translation>
    </message>
    <message>
        <source>The printer “{printer}” is not taking print jobs now. Check that it is on and ready.</source>
        <translation>Принтер «{printer}» сейчас не принимает задания. Проверьте, что он включён и готов.</translation>
    </message>
    <message>
        <source>This PC's printing system (CUPS) is not running. Restart the PC or ask IT support.</source>
        <translation>Система печати этого компьютера (CUPS) не работает. Перезапустите компьютер или обратитесь в ИТ-поддержку.</translation>
    </message>
    <message>
        <source>This PC may not print on “{printer}”. Ask IT support for access.</source>
        <translation>Этому компьютеру нельзя печатать на принтере «{printer}». Попросите доступ у ИТ-поддержки.</translation>
    </message>
    <message>
        <source>The printer “{printer}” did not take the document within {seconds} seconds. Check the printer.</source>
        <translation>Принтер «{printer}» не принял документ за {seconds} секунд. Проверьте принтер.</translation>
    </message>
    <message>
        <source>The printing system refused the document ({detail}). Check the printer or ask IT support.</source>
        <translation>Система печати отклонила документ ({detail}). Проверьте принтер или обратитесь в ИТ-поддержку.</translation>
    </message>
    <message>
        <source>E-mail is not set up on this PC: set mail.host and mail.sender in {path}.</source>
        <translation>Э-почта на этом компьютере не настроена: задайте mail.host и mail.sender в {path}.</translation>
    </message>
    <message>
        <source>The e-mail to {address} could not be sent: {detail}. The notice is issued and kept; send it again from the issuance register.</source>
        <translation>Не удалось отправить письмо на адрес {address}: {detail}. Уведомление выдано и сохранено; отправьте его снова из реестра выдач.</translation>
    </message>
    <message>
        <source>{path} is not an ASiC-E container (.asice): {detail}. Choose the container that DigiDoc4 saved.</source>
        <translation>{path} — не контейнер ASiC-E (.asice): {detail}. Выберите контейнер, сохранённый DigiDoc4.</translation>
    </message>
    <message>
        <source>The container {path} does not hold notice {number} as it was issued (no PDF in it has the same checksum). Sign the container exported for this notice.</source>
        <translation>Контейнер {path} не содержит уведомление {number} в том виде, в каком оно было выдано (ни у одного PDF в нём нет той же контрольной суммы). Подпишите контейнер, экспортированный для этого уведомления.</translation>
    </message>
    <message>
        <source>The container {path} has no signature (META-INF/signatures*.xml). Sign it in DigiDoc4 and choose the signed file.</source>
        <translation>В контейнере {path} нет подписи (META-INF/signatures*.xml). Подпишите его в DigiDoc4 и выберите подписанный файл.</translation>
    </message>
    <message>
        <source>Notice {number} already has its signed container.</source>
        <translation>У уведомления {number} уже есть подписанный контейнер.</translation>
    </message>
    <message>
        <source>The personal identification code “{value}” may hold only digits. For another country's document, type it in the document field.</source>
        <translation>Личный код «{value}» может содержать только цифры. Документ другой страны введите в поле документа.</translation>
    </message>
    <message>
        <source>A personal identification code has 11 digits; “{value}” has {length}.</source>
        <translation>В личном коде 11 цифр; в «{value}» их {length}.</translation>
    </message>
    <message>
        <source>A personal identification code starts with a digit from 1 to 8, not {digit}.</source>
        <translation>Личный код начинается с цифры от 1 до 8, а не {digit}.</translation>
    </message>
    <message>
        <source>The personal identification code “{value}” does not hold a real date of birth.</source>
        <translation>Личный код «{value}» не содержит существующей даты рождения.</translation>
    </message>
    <message>
        <source>The personal identification code “{value}” gives a date of birth in the future ({born}).</source>
        <translation>Личный код «{value}» даёт дату рождения в будущем ({born}).</translation>
    </message>
    <message>
        <source>The check digit of the personal identification code “{value}” is wrong. Check the code for a typing error.</source>
        <translation>Контрольная цифра личного кода «{value}» неверна. Проверьте код на опечатку.</translation>
    </message>
    <message>
        <source>The visitor's name is required.</source>
        <translation>Имя посетителя обязательно.</translation>
    </message>
    <message>
        <source>“{phone}” is not a phone number. Use digits, with + and the country code for a number abroad.</source>
        <translation>«{phone}» — не номер телефона. Используйте цифры, для зарубежного номера — + и код страны.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>«{email}» — не адрес электронной почты.</translation>
    </message>
    <message>
        <source>{name} is already in the building (arrived at {time}). Check them out first.</source>
        <translation>{name} уже в здании (пришёл(а) в {time}). Сначала отметьте уход.</translation>
    </message>
    <message>
        <source>{name} has already left the building.</source>
        <translation>{name} уже покинул(а) здание.</translation>
    </message>
    <message>
        <source>There is no such visit. It may have been removed after its retention period.</source>
        <translation>Такого посещения нет. Возможно, оно удалено по истечении срока хранения.</translation>
    </message>
    <message>
        <source>This badge is not known. Check the visitor out by hand.</source>
        <translation>Этот пропуск не известен. Отметьте уход посетителя вручную.</translation>
    </message>
    <message>
        <source>There is no purpose of visit “{purpose}”. Choose one of: {choices}.</source>
        <translation>Цели посещения «{purpose}» нет. Выберите одну из: {choices}.</translation>
    </message>
    <message>
        <source>There is no specialist “{specialist}” in the directory.</source>
        <translation>Специалиста «{specialist}» в справочнике нет.</translation>
    </message>
    <message>
        <source>There is no such expected visitor.</source>
        <translation>Такого ожидаемого посетителя нет.</translation>
    </message>
    <message>
        <source>{name} has already been checked in.</source>
        <translation>{name} уже отмечен(а) как пришедший(ая).</translation>
    </message>
    <message>
        <source>The purpose of visit “{purpose}” leads to {route}, but no {route} is set for it. Ask an administrator to complete it.</source>
        <translation>Цель посещения «{purpose}» ведёт к: {route}, но это не задано. Попросите администратора дополнить её.</translation>
    </message>
    <message>
        <source>The e-mail to {to} could not be sent ({detail}). The visit is registered; tell the host by phone.</source>
        <translation>Письмо на адрес {to} не удалось отправить ({detail}). Посещение зарегистрировано; сообщите принимающему специалисту по телефону.</translation>
    </message>
    <message>
        <source>No e-mail server is set (mail.host), so the host was not told by e-mail. The visit is registered.</source>
        <translation>Почтовый сервер не задан (mail.host), поэтому письмо принимающему специалисту не отправлено. Посещение зарегистрировано.</translation>
    </message>
    <message>
        <source>The host {host} has no e-mail address in the directory.</source>
        <translation>У принимающего специалиста {host} нет адреса электронной почты в справочнике.</translation>
    </message>
    <message>
        <source>No ID card reader was found. Connect the reader and try again, or type the visitor's details.</source>
        <translation>Считыватель ID-карт не найден. Подключите считыватель и попробуйте снова или введите данные посетителя вручную.</translation>
    </message>
    <message>
        <source>There is no card in the reader {reader}. Insert the ID card chip first, or type the visitor's details.</source>
        <translation>В считывателе {reader} нет карты. Вставьте ID-карту чипом вперёд или введите данные посетителя вручную.</translation>
    </message>
    <message>
        <source>The card in the reader is not an Estonian ID card this PC can read. Type the visitor's details instead.</source>
        <translation>Карта в считывателе не является эстонской ID-картой, которую может прочитать этот компьютер. Введите данные посетителя вручную.</translation>
    </message>
    <message>
        <source>The ID card reader does not answer. Take the card out, connect the reader again and try once more, or type the visitor's details.</source>
        <translation>Считыватель ID-карт не отвечает. Выньте карту, подключите считыватель заново и попробуйте ещё раз или введите данные посетителя вручную.</translation>
    </message>
    <message>
        <source>The ID card could not be read ({detail}). Take the card out, put it back and try again.</source>
        <translation>Не удалось прочитать ID-карту ({detail}). Выньте карту, вставьте её снова и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The file's first line must name its columns, at least “name” and “expected_at”. Columns Lett reads: {columns}. Nothing was imported.</source>
        <translation>Первая строка файла должна называть столбцы, как минимум «name» и «expected_at». Столбцы, которые читает Lett: {columns}. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Line {line} of the file: “{value}” is not a time like 2026-11-24 10:30. Nothing was imported.</source>
        <translation>Строка {line} файла: «{value}» — не время вида 2026-11-24 10:30. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The event at line {line} of the file has no visitor's name (SUMMARY) or no time (DTSTART). Nothing was imported.</source>
        <translation>У события в строке {line} файла нет имени посетителя (SUMMARY) или времени (DTSTART). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file is neither CSV with a line of column names nor an iCalendar (.ics) file. Nothing was imported.</source>
        <translation>Файл не является ни CSV со строкой названий столбцов, ни файлом iCalendar (.ics). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Line {line} of the file: {error} Nothing was imported.</source>
        <translation>Строка {line} файла: {error} Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The registration number pattern is empty. Write it with the tokens {{S}}, {{DA}} and {{DN}}, e.g. {{S}}/{{DA}}-{{3DN}}.</source>
        <translation>Шаблон регистрационного номера пуст. Составьте его из обозначений {{S}}, {{DA}} и {{DN}}, например {{S}}/{{DA}}-{{3DN}}.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” is too long: at most {limit} characters.</source>
        <translation>Шаблон регистрационного номера «{pattern}» слишком длинный: допускается не более {limit} символов.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” must be one line, without tabs.</source>
        <translation>Шаблон регистрационного номера «{pattern}» должен быть одной строкой, без табуляции.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has the unknown token {token}. Use {tokens}, with an optional digit for zero padding, e.g. {{3DN}}.</source>
        <translation>В шаблоне регистрационного номера «{pattern}» неизвестное обозначение {token}. Используйте {tokens}; перед обозначением можно указать цифру для дополнения нулями, например {{3DN}}.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has the token {token} twice. Use each token once.</source>
        <translation>В шаблоне регистрационного номера «{pattern}» обозначение {token} встречается дважды. Используйте каждое обозначение один раз.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has no running number. Add {{DN}} (or {{3DN}} for three digits), or two documents would get the same number.</source>
        <translation>В шаблоне регистрационного номера «{pattern}» нет порядкового номера. Добавьте {{DN}} (или {{3DN}} для трёхзначного номера), иначе два документа получат одинаковый номер.</translation>
    </message>
    <message>
        <source>The registration number pattern “{pattern}” has a curly bracket that does not close a token. Write tokens like {{S}}, {{DA}} and {{DN}}.</source>
        <translation>В шаблоне регистрационного номера «{pattern}» есть фигурная скобка, не относящаяся ни к одному обозначению. Записывайте обозначения так: {{S}}, {{DA}} и {{DN}}.</translation>
    </message>
    <message>
        <source>“{index}” cannot be a series index: write one word of at most {limit} characters, without spaces, slashes or curly brackets, e.g. 1-2.</source>
        <translation>«{index}» не может быть индексом серии: напишите одно слово длиной не более {limit} символов, без пробелов, косых черт и фигурных скобок, например 1-2.</translation>
    </message>
    <message>
        <source>“{unit}” is not a unit of a deadline. Use one of: {choices}.</source>
        <translation>«{unit}» не является единицей срока. Используйте одну из: {choices}.</translation>
    </message>
    <message>
        <source>A deadline must be from 1 to {high}, not {amount}.</source>
        <translation>Срок должен быть от 1 до {high}, а не {amount}.</translation>
    </message>
    <message>
        <source>The deadline of this document type cannot be extended.</source>
        <translation>Срок для этого вида документа нельзя продлить.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid choice. Use one of: {choices}.</source>
        <translation>«{value}» — недопустимое значение. Используйте одно из: {choices}.</translation>
    </message>
    <message>
        <source>There is no series “{series}” in the document register. Series: {choices}.</source>
        <translation>В реестре документов нет серии «{series}». Серии: {choices}.</translation>
    </message>
    <message>
        <source>There is no document {entry} in the register.</source>
        <translation>В реестре нет документа {entry}.</translation>
    </message>
    <message>
        <source>The document has no pages. Scan or import its pages first.</source>
        <translation>В документе нет ни одной страницы. Сначала отсканируйте или импортируйте его страницы.</translation>
    </message>
    <message>
        <source>There is no number sequence “{sequence}” in this office.</source>
        <translation>В этом офисе обслуживания нет нумерации «{sequence}».</translation>
    </message>
    <message>
        <source>The series {series} was added on this PC and has not reached the server yet; the next sync sends it, within a few seconds. Nothing was registered; try again then.</source>
        <translation>Серия {series} добавлена на этом компьютере и ещё не попала на сервер; следующая синхронизация отправит её в течение нескольких секунд. Ничего не зарегистрировано; повторите попытку после этого.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this PC has no numbers of series {series} for {year} left to give without it. Nothing was written; reconnect this PC to the server and try again.</source>
        <translation>Сервер недоступен, а на этом компьютере не осталось номеров серии {series} за {year} год для выдачи без сервера. Ничего не сохранено; снова подключите компьютер к серверу и повторите попытку.</translation>
    </message>
    <message>
        <source>The text “{start}…” has {length} characters; at most {limit} fit. Shorten it; nothing was registered.</source>
        <translation>Текст «{start}…» содержит {length} символов, допускается не более {limit}. Сократите его; ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>Give the document a title; nothing was registered.</source>
        <translation>Укажите заголовок документа; ничего не зарегистрировано.</translation>
    </message>
    <message>
        <source>The number of pages must be from 1 to {high}, not {pages}.</source>
        <translation>Количество страниц должно быть от 1 до {high}, а не {pages}.</translation>
    </message>
    <message>
        <source>An access restriction needs its legal basis, e.g. AvTS § 35 lg 1 p 12. Give the basis or remove the restriction's dates.</source>
        <translation>Для ограничения доступа нужно правовое основание, например AvTS § 35 lg 1 p 12. Укажите основание или удалите даты ограничения.</translation>
    </message>
    <message>
        <source>The access restriction ends ({end}) before it starts ({start}). Correct the dates.</source>
        <translation>Ограничение доступа заканчивается ({end}) раньше, чем начинается ({start}). Исправьте даты.</translation>
    </message>
    <message>
        <source>The search has {length} characters; at most {limit} fit. Search for fewer words.</source>
        <translation>В поисковом запросе {length} символов, допускается не более {limit}. Сократите запрос.</translation>
    </message>
    <message>
        <source>The file {name} is empty (0 bytes), so it holds no page. Nothing was taken from it; ask for the file again.</source>
        <translation>Файл {name} пуст (0 байт) и не содержит ни одной страницы. Из него ничего не взято; запросите файл ещё раз.</translation>
    </message>
    <message>
        <source>The file {name} cannot be read: {detail}. Nothing was taken from it.</source>
        <translation>Файл {name} не удаётся прочитать: {detail}. Из него ничего не взято.</translation>
    </message>
    <message>
        <source>The file {name} is damaged or incomplete and cannot be opened as a {kind} file. Nothing was taken from it; ask for the file again or scan the paper.</source>
        <translation>Файл {name} повреждён или неполон, его нельзя открыть как файл {kind}. Из него ничего не взято; запросите файл ещё раз или отсканируйте бумажный документ.</translation>
    </message>
    <message>
        <source>The file {name} is not a PDF, TIFF, JPEG or PNG file, so it cannot be taken in. Save or export it as PDF and try again.</source>
        <translation>Файл {name} не является файлом PDF, TIFF, JPEG или PNG, поэтому его нельзя принять. Сохраните или экспортируйте его в PDF и попробуйте снова.</translation>
    </message>
    <message>
        <source>The PDF {name} is protected by a password. Open it with the password, save a copy without protection and take that in.</source>
        <translation>PDF {name} защищён паролем. Откройте его с паролем, сохраните копию без защиты и примите её.</translation>
    </message>
    <message>
        <source>The file {name} holds an image of more than {limit} million pixels, too large to take in: it could exhaust this PC's memory. Nothing was taken from it.</source>
        <translation>В файле {name} изображение больше {limit} миллионов пикселей — слишком большое для приёма: оно может исчерпать память этого компьютера. Из него ничего не взято.</translation>
    </message>
    <message>
        <source>Page {page} of the PDF {name} measures {width} × {height} cm; pages of at most {limit} cm a side are taken in. Nothing was taken from the file.</source>
        <translation>Страница {page} PDF {name} имеет размер {width} × {height} см; принимаются страницы со стороной не более {limit} см. Из файла ничего не взято.</translation>
    </message>
    <message>
        <source>The file {name} has {count} pages; at most {limit} are taken in at once. Split it into smaller files.</source>
        <translation>В файле {name} страниц: {count}; за один раз принимается не более {limit}. Разделите его на файлы поменьше.</translation>
    </message>
    <message>
        <source>Scanning needs Windows Image Acquisition (WIA), which cannot be reached on this PC. Check that the scanner's driver is installed, or use a network scanner's address.</source>
        <translation>Для сканирования нужна служба Windows Image Acquisition (WIA), но на этом компьютере она недоступна. Проверьте, что драйвер сканера установлен, или укажите адрес сетевого сканера.</translation>
    </message>
    <message>
        <source>Scanning needs the SANE program scanimage, which is not installed on this PC. Ask your IT support to install the package sane-utils.</source>
        <translation>Для сканирования нужна программа SANE scanimage, которой нет на этом компьютере. Попросите IT-поддержку установить пакет sane-utils.</translation>
    </message>
    <message>
        <source>The scanner {scanner} cannot be opened ({detail}). Check that it is switched on and connected, then scan again.</source>
        <translation>Сканер {scanner} не удаётся открыть ({detail}). Проверьте, что он включён и подключён, и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The scanner {scanner} has a paper jam. Pages scanned before it: {count}, all kept. Clear the jam and scan the rest.</source>
        <translation>В сканере {scanner} застряла бумага. Страниц, отсканированных до этого: {count}, все сохранены. Устраните замятие и отсканируйте остальные.</translation>
    </message>
    <message>
        <source>The scanner {scanner}'s cover is open. Pages scanned before: {count}, all kept. Close the cover and scan the rest.</source>
        <translation>Крышка сканера {scanner} открыта. Отсканированных страниц: {count}, все сохранены. Закройте крышку и отсканируйте остальные.</translation>
    </message>
    <message>
        <source>The scanner {scanner} stopped answering. Pages scanned before: {count}, all kept. Check the scanner's cable (or network) and power, then scan the rest.</source>
        <translation>Сканер {scanner} перестал отвечать. Отсканированных страниц: {count}, все сохранены. Проверьте кабель (или сеть) и питание сканера, затем отсканируйте остальные.</translation>
    </message>
    <message>
        <source>The scanner {scanner} is busy with another job. Wait until it is done and scan again. Pages scanned before: {count}, all kept.</source>
        <translation>Сканер {scanner} занят другим заданием. Дождитесь его окончания и отсканируйте снова. Отсканированных страниц: {count}, все сохранены.</translation>
    </message>
    <message>
        <source>The document feeder of the scanner {scanner} is empty. Put the pages in and scan again.</source>
        <translation>Автоподатчик сканера {scanner} пуст. Вложите страницы и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The scanner {scanner} stopped with an error: {detail}. Pages scanned before: {count}, all kept.</source>
        <translation>Сканер {scanner} остановился с ошибкой: {detail}. Отсканированных страниц: {count}, все сохранены.</translation>
    </message>
    <message>
        <source>The scanner {scanner} refused the scan settings ({detail}). Choose another resolution, colour mode or source.</source>
        <translation>Сканер {scanner} не принял параметры сканирования ({detail}). Выберите другое разрешение, цветовой режим или источник.</translation>
    </message>
    <message>
        <source>“{address}” is not a scanner's address. Type an IP address like 192.168.1.20 or an address like http://192.168.1.20/eSCL.</source>
        <translation>«{address}» не является адресом сканера. Введите IP-адрес, например 192.168.1.20, или адрес вида http://192.168.1.20/eSCL.</translation>
    </message>
    <message>
        <source>The network scanner at {url} does not answer. Check that it is switched on and that the address is right.</source>
        <translation>Сетевой сканер по адресу {url} не отвечает. Проверьте, что он включён и адрес указан верно.</translation>
    </message>
    <message>
        <source>The scanner {scanner} sent a damaged page. Pages scanned before: {count}, all kept. Scan the rest again.</source>
        <translation>Сканер {scanner} прислал повреждённую страницу. Отсканированных страниц: {count}, все сохранены. Отсканируйте остальные ещё раз.</translation>
    </message>
    <message>
        <source>The scanner {scanner} sent no page. Put the page on the glass and scan again.</source>
        <translation>Сканер {scanner} не прислал ни одной страницы. Положите страницу на стекло и отсканируйте снова.</translation>
    </message>
    <message>
        <source>The scanner {scanner} has no document feeder. Put the page on the glass and scan without the feeder.</source>
        <translation>У сканера {scanner} нет автоподатчика. Положите страницу на стекло и сканируйте без автоподатчика.</translation>
    </message>
    <message>
        <source>The scanner {scanner} has no glass to scan from. Put the pages in its document feeder and scan with the feeder.</source>
        <translation>У сканера {scanner} нет стекла для сканирования. Вложите страницы в автоподатчик и сканируйте с ним.</translation>
    </message>
    <message>
        <source>{url} does not answer as a network (eSCL, AirScan) scanner: {detail}.</source>
        <translation>{url} не отвечает как сетевой сканер (eSCL, AirScan): {detail}.</translation>
    </message>
    <message>
        <source>The page image {name} cannot be read ({detail}), so no PDF was made. The other pages are kept; scan this page again or delete it.</source>
        <translation>Изображение страницы {name} не читается ({detail}), поэтому PDF не создан. Остальные страницы сохранены; отсканируйте эту страницу заново или удалите её.</translation>
    </message>
    <message>
        <source>Text recognition needs {program}, which is not installed on this PC. The document {name} is kept without searchable text; ask your IT support to install it.</source>
        <translation>Для распознавания текста нужна программа {program}, которая не установлена на этом компьютере. Документ {name} сохранён без текстового слоя; попросите IT-поддержку её установить.</translation>
    </message>
    <message>
        <source>Text recognition of {name} did not succeed ({detail}). The document is kept without searchable text.</source>
        <translation>Распознать текст документа {name} не удалось ({detail}). Документ сохранён без текстового слоя.</translation>
    </message>
    <message>
        <source>The watch folder {folder} cannot be read ({detail}). Check that the network share is connected.</source>
        <translation>Папку наблюдения {folder} не удаётся прочитать ({detail}). Проверьте, что сетевая папка подключена.</translation>
    </message>
    <message>
        <source>{field}: give a list of document types, each with a code and, for a deadline, its length and unit.</source>
        <translation>{field}: укажите список видов документов, у каждого код, а для срока — его длительность и единицу.</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a code. Use lower-case letters, digits and _, starting with a letter, at most 40 characters (e.g. complaint).</source>
        <translation>{field}: «{value}» не является кодом. Используйте строчные латинские буквы, цифры и _, в начале буква, не более 40 символов (например, complaint).</translation>
    </message>
    <message>
        <source>{field}: the code {value} is there twice.</source>
        <translation>{field}: код {value} указан дважды.</translation>
    </message>
    <message>
        <source>{field}: the document type {value} has no deadline, so it cannot have an extension.</source>
        <translation>{field}: у вида документа {value} нет срока, поэтому у него не может быть продления.</translation>
    </message>
    <message>
        <source>{field}: the extension of {value} must end later than its deadline.</source>
        <translation>{field}: продление для {value} должно заканчиваться позже срока.</translation>
    </message>
    <message>
        <source>This is not a PDF file ({size} bytes); nothing was kept. Scan the document again or choose its PDF.</source>
        <translation>Это не файл PDF ({size} байт); ничего не сохранено. Отсканируйте документ снова или выберите его PDF.</translation>
    </message>
    <message>
        <source>Document {number} has no PDF kept with it yet, so it cannot be forwarded or sent. Scan it or add its PDF first; the document stays registered.</source>
        <translation>У документа {number} ещё нет файла PDF, поэтому его нельзя переслать или отправить. Сначала отсканируйте его или добавьте PDF; документ остаётся зарегистрированным.</translation>
    </message>
    <message>
        <source>Document {number} has an access restriction (AK, {basis}), so it may be forwarded only to the office's own addresses, not to {address}. Nothing was sent.</source>
        <translation>У документа {number} есть ограничение доступа (AK, {basis}), поэтому его можно переслать только на адреса самого офиса, а не на {address}. Ничего не отправлено.</translation>
    </message>
    <message>
        <source>Document {number} could not be sent to {address}: {detail}. It was not forwarded; its status is unchanged. Try again, or forward it to a folder.</source>
        <translation>Документ {number} не удалось отправить на {address}: {detail}. Он не переслан; его статус не изменился. Попробуйте снова или перешлите его в папку.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist or cannot be reached. Nothing was copied; the document was not forwarded.</source>
        <translation>Папки {path} нет или она недоступна. Ничего не скопировано; документ не переслан.</translation>
    </message>
    <message>
        <source>Document {number} cannot be the answer: an answer is another document, an outgoing one.</source>
        <translation>Документ {number} не может быть ответом: ответ — это другой, исходящий документ.</translation>
    </message>
    <message>
        <source>Choose at least one letter; nothing was marked.</source>
        <translation>Выберите хотя бы одно письмо; ничего не отмечено.</translation>
    </message>
    <message>
        <source>Document {number} is not an outgoing letter sent by post; nothing was marked posted.</source>
        <translation>Документ {number} не является исходящим письмом, отправляемым почтой; ничего не отмечено как отправленное.</translation>
    </message>
    <message>
        <source>“{value}” cannot name a level-2 target: use lower-case letters, digits, “-” and “_”, starting with a letter (e.g. it-support).</source>
        <translation>«{value}» не может быть именем адресата 2-го уровня: используйте строчные буквы, цифры, «-» и «_», начиная с буквы (напр. it-support).</translation>
    </message>
    <message>
        <source>The level-2 target {target} needs its {what}.</source>
        <translation>У адресата 2-го уровня {target} не указано: {what}.</translation>
    </message>
    <message>
        <source>The level-2 target {target}: “{value}” is not the address of a Jira site. Write it like https://office.atlassian.net.</source>
        <translation>Адресат 2-го уровня {target}: «{value}» — не адрес сайта Jira. Укажите его в виде https://office.atlassian.net.</translation>
    </message>
    <message>
        <source>The level-2 target {target}: “{value}” is not a Jira project key. Use its capital letters, e.g. IT.</source>
        <translation>Адресат 2-го уровня {target}: «{value}» — не ключ проекта Jira. Укажите его заглавными буквами, напр. IT.</translation>
    </message>
    <message>
        <source>The level-2 target {target}: the service desk and the request type are given by their numbers, as Jira Service Management shows them (e.g. 10 and 25).</source>
        <translation>Адресат 2-го уровня {target}: служба поддержки и тип запроса указываются номерами, как их показывает Jira Service Management (напр. 10 и 25).</translation>
    </message>
    <message>
        <source>There is already a level-2 target {target}.</source>
        <translation>Адресат 2-го уровня {target} уже есть.</translation>
    </message>
    <message>
        <source>There is no level-2 target “{target}”. Targets: {choices}. An administrator adds them in the office's settings.</source>
        <translation>Адресата 2-го уровня «{target}» нет. Адресаты: {choices}. Администратор добавляет их в настройках офиса.</translation>
    </message>
    <message>
        <source>There is no escalation {escalation}.</source>
        <translation>Передачи {escalation} нет.</translation>
    </message>
    <message>
        <source>Only one level-2 target can take the reports of IT problems: {first} and {second} both do.</source>
        <translation>Сообщения об ИТ-проблемах может принимать только один адресат 2-го уровня, а принимают и {first}, и {second}.</translation>
    </message>
    <message>
        <source>No level-2 target takes the reports of IT problems (targets: {choices}). An administrator marks one as IT support in the office's settings; nothing was sent.</source>
        <translation>Ни один адресат 2-го уровня не принимает сообщения об ИТ-проблемах (адресаты: {choices}). Администратор отмечает один из них как ИТ-поддержку в настройках учреждения; ничего не отправлено.</translation>
    </message>
    <message>
        <source>No level-2 target is configured, so the problem cannot be escalated. An administrator adds one in the settings (Level-2 targets); nothing was sent.</source>
        <translation>Не настроен ни один адресат 2-го уровня, поэтому проблему нельзя передать. Администратор добавляет его в настройках (Адресаты 2-го уровня); ничего не отправлено.</translation>
    </message>
    <message>
        <source>The answer date promised to the client ({day}) has already passed. Choose today or a later day; nothing was sent.</source>
        <translation>Обещанная клиенту дата ответа ({day}) уже прошла. Выберите сегодняшний или более поздний день; ничего не отправлено.</translation>
    </message>
    <message>
        <source>The contact has no e-mail address of the client, so the answer cannot be e-mailed. Phone the client, or add the address to the contact first.</source>
        <translation>В обращении нет адреса эл. почты клиента, поэтому ответ нельзя отправить письмом. Позвоните клиенту или сначала добавьте адрес в обращение.</translation>
    </message>
    <message>
        <source>This escalation is already closed.</source>
        <translation>Эта передача уже закрыта.</translation>
    </message>
    <message>
        <source>This escalation was not made from a contact, so there is no client to tell.</source>
        <translation>Эта передача сделана не из обращения, поэтому сообщать некому.</translation>
    </message>
    <message>
        <source>Give the escalation a summary; nothing was sent.</source>
        <translation>Укажите краткое описание передачи; ничего не отправлено.</translation>
    </message>
    <message>
        <source>Jira at {site} cannot be reached: {detail}. Nothing is lost: the escalation waits on this PC and is sent when the connection is back.</source>
        <translation>Jira по адресу {site} недоступна: {detail}. Ничего не потеряно: передача ждёт на этом компьютере и будет отправлена, когда связь восстановится.</translation>
    </message>
    <message>
        <source>No Jira token is saved on this PC for {user} at {site}. Save the account's API token (Jira Cloud) or personal access token (Jira Data Center) in the level-2 settings; the escalation waits until then.</source>
        <translation>На этом компьютере не сохранён токен Jira для {user} на {site}. Сохраните API-токен учётной записи (Jira Cloud) или персональный токен доступа (Jira Data Center) в настройках 2-го уровня; передача ждёт до тех пор.</translation>
    </message>
    <message>
        <source>Jira at {site} did not accept the token of {user}: it has expired, was revoked or is wrong. Make a new token (Jira Cloud: Atlassian account, Security, API tokens; Jira Data Center: Profile, Personal access tokens) and save it in the level-2 settings. Nothing is lost: the escalation waits and is sent then.</source>
        <translation>Jira по адресу {site} не приняла токен {user}: срок его действия истёк, он отозван или неверен. Создайте новый токен (Jira Cloud: учётная запись Atlassian, Security, API tokens; Jira Data Center: Profile, Personal access tokens) и сохраните его в настройках 2-го уровня. Ничего не потеряно: передача ждёт и будет отправлена тогда.</translation>
    </message>
    <message>
        <source>Jira at {site} does not let {user} do this: {detail}. Ask the Jira administrator for the permission to create issues there. The escalation waits.</source>
        <translation>Jira по адресу {site} не разрешает {user} это сделать: {detail}. Попросите администратора Jira дать право создавать там задачи. Передача ждёт.</translation>
    </message>
    <message>
        <source>Jira at {site} has no {what}. Check the level-2 target's project, issue type or request type in the office's settings.</source>
        <translation>В Jira по адресу {site} нет: {what}. Проверьте в настройках офиса проект, тип задачи или тип запроса адресата 2-го уровня.</translation>
    </message>
    <message>
        <source>Jira refused the escalation because of these fields: {fields}. Correct them (or the level-2 target) and send it again; nothing else was changed.</source>
        <translation>Jira отклонила передачу из-за этих полей: {fields}. Исправьте их (или адресата 2-го уровня) и отправьте снова; больше ничего не изменено.</translation>
    </message>
    <message>
        <source>Jira at {site} is busy and asked Lett to wait {seconds} s more. Nothing is lost: the escalation waits on this PC and is sent later.</source>
        <translation>Jira по адресу {site} занята и попросила подождать ещё {seconds} с. Ничего не потеряно: передача ждёт на этом компьютере и будет отправлена позже.</translation>
    </message>
    <message>
        <source>Jira at {site} gave an answer Lett cannot read ({detail}). Check the site's address in the level-2 target.</source>
        <translation>Jira по адресу {site} дала ответ, который Lett не может прочитать ({detail}). Проверьте адрес сайта у адресата 2-го уровня.</translation>
    </message>
    <message>
        <source>The escalation could not be e-mailed to {address}: {detail}. Nothing is lost: it waits on this PC and is sent again later.</source>
        <translation>Передачу не удалось отправить по эл. почте на {address}: {detail}. Ничего не потеряно: она ждёт на этом компьютере и будет отправлена позже.</translation>
    </message>
    <message>
        <source>“{channel}” is not a channel. Use one of: {choices}.</source>
        <translation>«{channel}» — не канал. Используйте один из: {choices}.</translation>
    </message>
    <message>
        <source>The note has {length} characters; a contact's note may have at most {limit}. Shorten it; nothing was saved.</source>
        <translation>В заметке {length} символов, в заметке к обращению может быть не более {limit}. Сократите её; ничего не сохранено.</translation>
    </message>
    <message>
        <source>The note holds a character that cannot be saved. Remove it.</source>
        <translation>В заметке есть символ, который нельзя сохранить. Удалите его.</translation>
    </message>
    <message>
        <source>The contact ends before it starts. Check the times; nothing was saved.</source>
        <translation>Обращение заканчивается раньше, чем начинается. Проверьте время; ничего не сохранено.</translation>
    </message>
    <message>
        <source>There is no topic “{topic}”. Choose one of: {choices}.</source>
        <translation>Темы «{topic}» нет. Выберите одну из: {choices}.</translation>
    </message>
    <message>
        <source>There is no such contact. It may have been removed after its retention period.</source>
        <translation>Такого обращения нет. Возможно, оно удалено по истечении срока хранения.</translation>
    </message>
    <message>
        <source>“{value}” cannot be a topic code: use up to 32 small letters, digits, - and _.</source>
        <translation>«{value}» не может быть кодом темы: используйте до 32 строчных латинских букв, цифр, - и _.</translation>
    </message>
    <message>
        <source>A topic cannot be placed under itself or under one of its own subtopics.</source>
        <translation>Тему нельзя поместить под саму себя или под одну из её подтем.</translation>
    </message>
    <message>
        <source>This contact has already ended.</source>
        <translation>Это обращение уже завершено.</translation>
    </message>
    <message>
        <source>Nothing with the number {number} was found to link. Check the number; a ticket or visit is found by today's ticket number.</source>
        <translation>С номером {number} не найдено ничего для связи. Проверьте номер; талон или посещение ищутся по сегодняшнему номеру очереди.</translation>
    </message>
    <message>
        <source>“{kind}” cannot be linked to a contact. Use one of: {choices}.</source>
        <translation>«{kind}» нельзя связать с обращением. Используйте один из: {choices}.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and kept, but it could not be printed, so it is recorded as not delivered. {detail} Then print it again: lett notice print-again {number}</source>
        <translation>Уведомление {number} выдано и сохранено, но напечатать его не удалось, поэтому оно отмечено как не доставленное. {detail} Затем напечатайте его снова: lett notice print-again {number}</translation>
    </message>
    <message>
        <source>The e-mail to {address} could not be sent: {detail}. Notice {number} is issued and kept, and recorded as not e-mailed. Send it again: lett notice email {number} {address}</source>
        <translation>Не удалось отправить письмо на адрес {address}: {detail}. Уведомление {number} выдано и сохранено и отмечено как не отправленное по электронной почте. Отправьте его снова: lett notice email {number} {address}</translation>
    </message>
    <message>
        <source>Notice {number} is not waiting to be printed again: it was not recorded as failed to print. For another paper, print a copy: lett notice reprint {number} --print</source>
        <translation>Уведомление {number} не нужно печатать снова: его печать не завершилась ошибкой. Если нужен ещё один экземпляр на бумаге, напечатайте копию: lett notice reprint {number} --print</translation>
    </message>
    <message>
        <source>“{kind}” is not a report. Use one of: {choices}.</source>
        <translation>«{kind}» — не отчёт. Выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>This report cannot be grouped by “{by}”. Use one of: {choices}.</source>
        <translation>Этот отчёт нельзя сгруппировать по «{by}». Выберите одно из: {choices}.</translation>
    </message>
    <message>
        <source>This report has no measure “{measure}”. Use one of: {choices}.</source>
        <translation>В этом отчёте нет показателя «{measure}». Выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>The report's first day ({first}) is after its last day ({last}). Swap the dates.</source>
        <translation>Первый день отчёта ({first}) позже последнего ({last}). Поменяйте даты местами.</translation>
    </message>
    <message>
        <source>“{value}” is not a date. Write it as YYYY-MM-DD, e.g. 2026-11-23.</source>
        <translation>«{value}» — не дата. Пишите в виде ГГГГ-ММ-ДД, например 2026-11-23.</translation>
    </message>
    <message>
        <source>A report covers at most {limit} days; {first}–{last} is {days}. Choose a shorter range.</source>
        <translation>Отчёт охватывает не более {limit} дней; {first}–{last} — это {days} дн. Выберите более короткий период.</translation>
    </message>
    <message>
        <source>There is no office “{office}” among those you may see.</source>
        <translation>Среди доступных вам офисов нет офиса «{office}».</translation>
    </message>
    <message>
        <source>“{format}” is not a report format. Use one of: {choices}.</source>
        <translation>«{format}» — не формат отчёта. Выберите один из: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a measure of results. Use one of: {choices}.</source>
        <translation>«{value}» — не показатель результатов. Используйте один из: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a period. Use one of: {choices}.</source>
        <translation>«{value}» — не период. Используйте один из: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a target: give a number from 0 up (a service level at most 100).</source>
        <translation>«{value}» не подходит как цель: введите число от 0 (уровень обслуживания — не более 100).</translation>
    </message>
    <message>
        <source>This goal no longer exists. Refresh the list.</source>
        <translation>Этой цели больше нет. Обновите список.</translation>
    </message>
    <message>
        <source>There is no staff member “{staff}” in this office.</source>
        <translation>В этом офисе нет сотрудника «{staff}».</translation>
    </message>
    <message>
        <source>This evaluation form no longer exists or is no longer in use.</source>
        <translation>Этой анкеты оценки больше нет, или она больше не используется.</translation>
    </message>
    <message>
        <source>The evaluation form has no title. Write one.</source>
        <translation>У анкеты оценки нет названия. Введите его.</translation>
    </message>
    <message>
        <source>A question of the evaluation form has no section. Write the section's name.</source>
        <translation>У вопроса анкеты оценки не указан раздел. Введите название раздела.</translation>
    </message>
    <message>
        <source>A question of the evaluation form has no text. Write it or remove the question.</source>
        <translation>У вопроса анкеты оценки нет текста. Введите его или удалите вопрос.</translation>
    </message>
    <message>
        <source>A text of the evaluation form is longer than {limit} characters or holds a character that cannot be saved.</source>
        <translation>Текст анкеты оценки длиннее {limit} символов или содержит символ, который нельзя сохранить.</translation>
    </message>
    <message>
        <source>The evaluation form has no questions. Add at least one.</source>
        <translation>В анкете оценки нет вопросов. Добавьте хотя бы один.</translation>
    </message>
    <message>
        <source>The evaluation form has more than {limit} questions.</source>
        <translation>В анкете оценки больше {limit} вопросов.</translation>
    </message>
    <message>
        <source>Two questions of the evaluation form have the key “{key}”.</source>
        <translation>У двух вопросов анкеты оценки одинаковый ключ «{key}».</translation>
    </message>
    <message>
        <source>The weight of “{question}” must be a whole number from 1 to {limit}.</source>
        <translation>Вес вопроса «{question}» должен быть целым числом от 1 до {limit}.</translation>
    </message>
    <message>
        <source>The form has no question “{key}”.</source>
        <translation>В анкете нет вопроса «{key}».</translation>
    </message>
    <message>
        <source>“{question}” has no answer. Answer every question.</source>
        <translation>На вопрос «{question}» нет ответа. Ответьте на все вопросы.</translation>
    </message>
    <message>
        <source>“{answer}” is not an answer. Use one of: {choices}.</source>
        <translation>«{answer}» — не ответ. Используйте один из: {choices}.</translation>
    </message>
    <message>
        <source>Choose one served ticket or one contact to evaluate.</source>
        <translation>Выберите для оценки один обслуженный талон или одно обращение.</translation>
    </message>
    <message>
        <source>This ticket or contact was not served by {staff} in this office.</source>
        <translation>Этот талон или обращение в этом офисе обслуживал(а) не {staff}.</translation>
    </message>
    <message>
        <source>You can score only your own work first.</source>
        <translation>Заранее можно оценить только свою работу.</translation>
    </message>
    <message>
        <source>The supervisor has already evaluated this work, so it can no longer be scored first.</source>
        <translation>Руководитель службы уже оценил эту работу, поэтому самооценку дать больше нельзя.</translation>
    </message>
    <message>
        <source>This work has already been evaluated on this side.</source>
        <translation>Эта работа с этой стороны уже оценена.</translation>
    </message>
    <message>
        <source>The comment is longer than {limit} characters or holds a character that cannot be saved.</source>
        <translation>Комментарий длиннее {limit} символов или содержит символ, который нельзя сохранить.</translation>
    </message>
    <message>
        <source>Notice {number} is issued and kept, but it could not be printed: {detail} It is recorded as not delivered. Then choose it in the issuance register and press “Print again”.</source>
        <translation type="vanished">Уведомление {number} выдано и сохранено, но напечатать его не удалось: {detail} Оно отмечено как не доставленное. Затем выберите его в реестре выдач и нажмите «Напечатать снова».</translation>
    </message>
    <message>
        <source>The notice is issued and kept, but it could not be printed. {detail} Then print it again from the issuance register.</source>
        <translation type="vanished">Уведомление выдано и сохранено, но его не удалось напечатать. {detail} Затем напечатайте его снова из реестра выдачи.</translation>
    </message>
    <message>
        <source>The notice could not be printed: {detail}. It is issued and kept; print it again from the issuance register.</source>
        <translation type="vanished">Не удалось напечатать уведомление: {detail}. Уведомление выдано и сохранено; напечатайте его снова из реестра выдач.</translation>
    </message>
    <message>
        <source>The network scanner at {url} cannot be reached ({detail}). Check that it is switched on and that the address is right.</source>
        <translation type="vanished">Сетевой сканер по адресу {url} недоступен ({detail}). Проверьте, что он включён и адрес указан верно.</translation>
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
        <translation>Обращение: {channel}, {time}, обслуживал(а) {person}</translation>
    </message>
    <message>
        <source>Topic: {topic}</source>
        <translation>Тема: {topic}</translation>
    </message>
    <message>
        <source>Ticket: {number}</source>
        <translation>Талон: {number}</translation>
    </message>
    <message>
        <source>Client's language: {lang}</source>
        <translation>Язык клиента: {lang}</translation>
    </message>
    <message>
        <source>Name: {value}</source>
        <translation>Имя: {value}</translation>
    </message>
    <message>
        <source>Personal or registry code: {value}</source>
        <translation>Личный или регистрационный код: {value}</translation>
    </message>
    <message>
        <source>Organisation: {value}</source>
        <translation>Организация: {value}</translation>
    </message>
    <message>
        <source>E-mail: {value}</source>
        <translation>Эл. почта: {value}</translation>
    </message>
    <message>
        <source>Phone: {value}</source>
        <translation>Телефон: {value}</translation>
    </message>
    <message>
        <source>The client (with their consent):</source>
        <translation>Клиент (с его согласия):</translation>
    </message>
    <message>
        <source>Dear {name},</source>
        <translation>Уважаемый(-ая) {name},</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Здравствуйте!</translation>
    </message>
    <message>
        <source>The answer to your question of {day}</source>
        <translation>Ответ на ваш вопрос от {day}</translation>
    </message>
    <message>
        <source>You asked us on {day}: {summary}</source>
        <translation>Вы обратились к нам {day}: {summary}</translation>
    </message>
    <message>
        <source>The answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>If you have more questions, answer this e-mail or call us.</source>
        <translation>Если у вас остались вопросы, ответьте на это письмо или позвоните нам.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <source>The answer was e-mailed to the client ({key}).</source>
        <translation>Ответ отправлен клиенту по эл. почте ({key}).</translation>
    </message>
    <message>
        <source>The client was told the answer by phone ({key}).</source>
        <translation>Ответ сообщён клиенту по телефону ({key}).</translation>
    </message>
</context>
<context>
    <name>it_report</name>
    <message>
        <source>no ticket printer set</source>
        <translation>принтер талонов не задан</translation>
    </message>
    <message>
        <source>cannot be reached: {detail}</source>
        <translation>недоступен: {detail}</translation>
    </message>
    <message>
        <source>does not report its status</source>
        <translation>не сообщает своё состояние</translation>
    </message>
    <message>
        <source>not ready: {problem}</source>
        <translation>не готов: {problem}</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <source>not connected to a server</source>
        <translation>не подключён к серверу</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>server {server}; {waiting} changes waiting, {refused} refused; last sync {last}</source>
        <translation>сервер {server}; ожидают отправки изменений: {waiting}, отклонено: {refused}; последняя синхронизация {last}</translation>
    </message>
    <message>
        <source>IT problem on {computer}</source>
        <translation>ИТ-проблема на компьютере {computer}</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>Lett version: {version}</source>
        <translation>Версия Lett: {version}</translation>
    </message>
    <message>
        <source>Computer: {computer}</source>
        <translation>Компьютер: {computer}</translation>
    </message>
    <message>
        <source>Ticket printer: {printer}</source>
        <translation>Принтер талонов: {printer}</translation>
    </message>
    <message>
        <source>Sync: {sync}</source>
        <translation>Синхронизация: {sync}</translation>
    </message>
    <message>
        <source>Reported at: {time}</source>
        <translation>Сообщено: {time}</translation>
    </message>
    <message>
        <source>Last errors of the log</source>
        <translation>Последние ошибки журнала</translation>
    </message>
    <message>
        <source>No errors in the log.</source>
        <translation>В журнале ошибок нет.</translation>
    </message>
</context>
<context>
    <name>notice_pdf</name>
    <message>
        <source>Registry code {code}</source>
        <translation>Регистрационный код {code}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>№ {number}</translation>
    </message>
    <message>
        <source>Page {page}</source>
        <translation>Страница {page}</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>Регистрационный номер: {number}</translation>
    </message>
    <message>
        <source>Verification code: {code}</source>
        <translation>Контрольный код: {code}</translation>
    </message>
    <message>
        <source>Check the document at the office with these two codes or the QR code.</source>
        <translation>Подлинность документа можно проверить в бюро обслуживания по этим двум кодам или QR-коду.</translation>
    </message>
    <message>
        <source>Issued by, for {office}</source>
        <translation>Выдал(а), {office}</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>КОПИЯ</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ПРОЕКТ</translation>
    </message>
    <message>
        <source>Document {number} from {office}</source>
        <translation>Документ {number} – {office}</translation>
    </message>
    <message>
        <source>Hello,

attached is document {number} from {office} as a PDF file.

Kind regards
{office}</source>
        <translation>Здравствуйте!

Во вложении документ {number} от {office} в виде PDF-файла.

С уважением
{office}</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <source>served</source>
        <translation>обслужен</translation>
    </message>
    <message>
        <source>referred</source>
        <translation>направлен в другое место</translation>
    </message>
    <message>
        <source>documents_missing</source>
        <translation>не хватает документов</translation>
    </message>
    <message>
        <source>not_our_service</source>
        <translation>не наша услуга</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>не явился</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>At the back of the queue</source>
        <translation>В конец очереди</translation>
    </message>
    <message>
        <source>At the front of the queue</source>
        <translation>В начало очереди</translation>
    </message>
    <message>
        <source>By the time of arrival</source>
        <translation>По времени прихода</translation>
    </message>
</context>
<context>
    <name>register_follow</name>
    <message>
        <source>Request for information</source>
        <translation>Запрос информации</translation>
    </message>
    <message>
        <source>Memorandum</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Request for explanation</source>
        <translation>Запрос разъяснения</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Forwarded document {number}: {title}</source>
        <translation>Пересланный документ {number}: {title}</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE (AK). Basis: {basis}. Restricted until {until}. Do not pass it on outside the office.</source>
        <translation>ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ (AK). Основание: {basis}. Ограничение доступа до {until}. Не передавайте его за пределы учреждения.</translation>
    </message>
    <message>
        <source>Registration number: {number}</source>
        <translation>Регистрационный номер: {number}</translation>
    </message>
    <message>
        <source>Registered: {date}</source>
        <translation>Зарегистрирован: {date}</translation>
    </message>
    <message>
        <source>Sender: {sender}</source>
        <translation>Отправитель: {sender}</translation>
    </message>
    <message>
        <source>Document type: {type}</source>
        <translation>Вид документа: {type}</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>Заголовок: {title}</translation>
    </message>
    <message>
        <source>Deadline: {date}</source>
        <translation>Срок: {date}</translation>
    </message>
    <message>
        <source>The document is attached as a PDF. This message was sent from the office's document register.</source>
        <translation>Документ приложен в формате PDF. Сообщение отправлено из реестра документов офиса обслуживания.</translation>
    </message>
    <message>
        <source>Outgoing post</source>
        <translation>Исходящая почта</translation>
    </message>
    <message>
        <source>Letters: {count}</source>
        <translation>Писем: {count}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Reg. no.</source>
        <translation>Рег. №</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Листов</translation>
    </message>
    <message>
        <source>No letters are waiting to be posted.</source>
        <translation>Писем, ожидающих отправки, нет.</translation>
    </message>
    <message>
        <source>Handed over by (name, signature)</source>
        <translation>Передал (имя, подпись)</translation>
    </message>
    <message>
        <source>Received by (name, signature)</source>
        <translation>Принял (имя, подпись)</translation>
    </message>
    <message>
        <source>(extended)</source>
        <translation>(продлён)</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sender's number and date</source>
        <translation>Номер и дата отправителя</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Access restriction</source>
        <translation>Ограничение доступа</translation>
    </message>
    <message>
        <source>REGISTRATION SLIP</source>
        <translation>РЕГИСТРАЦИОННАЯ КАРТОЧКА</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Registered by {name}</source>
        <translation>Зарегистрировал(а) {name}</translation>
    </message>
    <message>
        <source>FOR INTERNAL USE</source>
        <translation>ДЛЯ ВНУТРЕННЕГО ПОЛЬЗОВАНИЯ</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Окно обслуживания</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Офис</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>2-й уровень</translation>
    </message>
    <message>
        <source>Tickets in line</source>
        <translation>Талонов в очереди</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>Пришедших</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Вызвано</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Обслужено</translation>
    </message>
    <message>
        <source>Mean wait, min</source>
        <translation>Среднее время ожидания, мин</translation>
    </message>
    <message>
        <source>Longest wait, min</source>
        <translation>Наибольшее время ожидания, мин</translation>
    </message>
    <message>
        <source>Service level, %</source>
        <translation>Уровень обслуживания, %</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Не явились</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Перенаправлено</translation>
    </message>
    <message>
        <source>Wrong tickets corrected</source>
        <translation>Исправлено ошибочных талонов</translation>
    </message>
    <message>
        <source>Left uncalled at closing</source>
        <translation>Не вызваны к закрытию</translation>
    </message>
    <message>
        <source>Mean handling time, min</source>
        <translation>Среднее время обслуживания, мин</translation>
    </message>
    <message>
        <source>Outcome: served</source>
        <translation>Итог: обслужен</translation>
    </message>
    <message>
        <source>Outcome: referred</source>
        <translation>Итог: направлен дальше</translation>
    </message>
    <message>
        <source>Outcome: documents missing</source>
        <translation>Итог: не хватает документов</translation>
    </message>
    <message>
        <source>Outcome: not our service</source>
        <translation>Итог: не наша услуга</translation>
    </message>
    <message>
        <source>Outcome: other</source>
        <translation>Итог: другое</translation>
    </message>
    <message>
        <source>Time open, min</source>
        <translation>Открыто, мин</translation>
    </message>
    <message>
        <source>Occupancy, %</source>
        <translation>Занятость, %</translation>
    </message>
    <message>
        <source>Idle while people waited, min</source>
        <translation>Простой при ожидающих посетителях, мин</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>Still going on</source>
        <translation>Ещё продолжаются</translation>
    </message>
    <message>
        <source>Escalations opened</source>
        <translation>Передано на 2-й уровень</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Сейчас просрочено</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Вид документа</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Серия</translation>
    </message>
    <message>
        <source>Incoming or outgoing</source>
        <translation>Входящий или исходящий</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Отвечено в срок</translation>
    </message>
    <message>
        <source>Answered late</source>
        <translation>Отвечено с опозданием</translation>
    </message>
    <message>
        <source>Purpose of visit</source>
        <translation>Цель посещения</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Посетители</translation>
    </message>
    <message>
        <source>Not signed out</source>
        <translation>Уход не отмечен</translation>
    </message>
    <message>
        <source>Notice template</source>
        <translation>Шаблон уведомления</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Способ вручения</translation>
    </message>
    <message>
        <source>Notices issued</source>
        <translation>Выдано уведомлений</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Окна обслуживания</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Передачи на 2-й уровень</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Report: {kind}, {first}–{last}</source>
        <translation>Отчёт: {kind}, {first}–{last}</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>понедельник</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>вторник</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>среда</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>четверг</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>пятница</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>суббота</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>воскресенье</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Входящий</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Исходящий</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Вручено лично</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Отправлено почтой</translation>
    </message>
    <message>
        <source>E-mailed</source>
        <translation>Отправлено по э-почте</translation>
    </message>
    <message>
        <source>Nothing to count in these days.</source>
        <translation>За эти дни нечего подсчитывать.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>руководитель службы</translation>
    </message>
    <message>
        <source>desk</source>
        <translation>стойка регистрации</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>окно обслуживания</translation>
    </message>
</context>
<context>
    <name>runner</name>
    <message>
        <source>Something went wrong and the action was not completed. Nothing was lost: try again, and if it happens again, tell the administrator.</source>
        <translation>Что-то пошло не так, и действие не выполнено. Ничего не потеряно: попробуйте ещё раз, а если ошибка повторится, сообщите администратору.</translation>
    </message>
</context>
<context>
    <name>scan_separator</name>
    <message>
        <source>Separator sheet</source>
        <translation>Разделительный лист</translation>
    </message>
    <message>
        <source>Put it in front of each document</source>
        <translation>Положите его перед каждым документом</translation>
    </message>
    <message>
        <source>Lett splits the scanned pages here and leaves this sheet out.</source>
        <translation>Здесь Lett разделяет отсканированные страницы на документы, а этот лист не включает.</translation>
    </message>
</context>
<context>
    <name>speech</name>
    <message>
        <source>Number {number}, counter {counter}</source>
        <translation>Номер {number}, окно {counter}</translation>
    </message>
    <message>
        <source>Your number is {number}</source>
        <translation>Ваш номер {number}</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>called</source>
        <translation>вызван</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>отложен</translation>
    </message>
    <message>
        <source>done</source>
        <translation>обслужен</translation>
    </message>
    <message>
        <source>no_show</source>
        <translation>не явился</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменён</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>аннулирован</translation>
    </message>
</context>
<context>
    <name>ticket</name>
    <message>
        <source>People ahead: {n}</source>
        <translation>Перед вами в очереди: {n}</translation>
    </message>
    <message>
        <source>Estimated wait: {low}–{high} min</source>
        <translation>Ожидаемое время ожидания: {low}–{high} мин</translation>
    </message>
    <message>
        <source>Thank you for waiting</source>
        <translation>Спасибо за ожидание</translation>
    </message>
    <message>
        <source>Follow your turn on your phone</source>
        <translation>Следите за очередью в телефоне</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Талон</translation>
    </message>
</context>
<context>
    <name>ticket_page</name>
    <message>
        <source>Your ticket</source>
        <translation>Ваш талон</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Ваш номер</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <source>People ahead of you: {n}</source>
        <translation>Перед вами: {n}</translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>Вы следующий.</translation>
    </message>
    <message>
        <source>Estimated wait: {low}–{high} min</source>
        <translation>Ожидаемое время ожидания: {low}–{high} мин</translation>
    </message>
    <message>
        <source>It is your turn</source>
        <translation>Ваша очередь</translation>
    </message>
    <message>
        <source>Go to counter {counter}</source>
        <translation>Пройдите к окну {counter}</translation>
    </message>
    <message>
        <source>Your visit at counter {counter} is paused. Please stay nearby: the counter will call you again.</source>
        <translation>Ваше обслуживание у окна {counter} приостановлено. Пожалуйста, оставайтесь рядом: вас вызовут снова.</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Спасибо за посещение.</translation>
    </message>
    <message>
        <source>This ticket was cancelled.</source>
        <translation>Этот талон отменён.</translation>
    </message>
    <message>
        <source>Your ticket was replaced. Your new number is {number}.</source>
        <translation>Ваш талон заменён. Ваш новый номер: {number}.</translation>
    </message>
    <message>
        <source>You were called but did not come. Please ask at the reception desk.</source>
        <translation>Вас вызывали, но вы не подошли. Пожалуйста, обратитесь к стойке регистрации.</translation>
    </message>
    <message>
        <source>This ticket is no longer in the queue.</source>
        <translation>Этого талона больше нет в очереди.</translation>
    </message>
    <message>
        <source>Tell me when this many people are ahead of me</source>
        <translation>Сообщить мне, когда передо мной останется столько человек</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Установить</translation>
    </message>
    <message>
        <source>You will be told when {n} are ahead of you, while this page is open.</source>
        <translation>Вы получите сообщение, когда перед вами останется {n}, пока эта страница открыта.</translation>
    </message>
    <message>
        <source>Your turn is near. People ahead of you: {n}</source>
        <translation>Ваша очередь скоро. Перед вами: {n}</translation>
    </message>
    <message>
        <source>I have stepped out, back in {minutes} minutes</source>
        <translation>Я вышел, вернусь через {minutes} минут</translation>
    </message>
    <message>
        <source>You stepped out. Your place is kept until {time}.</source>
        <translation>Вы вышли. Ваше место сохраняется до {time}.</translation>
    </message>
    <message>
        <source>I am back</source>
        <translation>Я вернулся</translation>
    </message>
    <message>
        <source>That did not reach the office. Please try again.</source>
        <translation>Сообщение не дошло до офиса. Пожалуйста, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Turn on sound and vibration</source>
        <translation>Включить звук и вибрацию</translation>
    </message>
    <message>
        <source>Sound and vibration are on.</source>
        <translation>Звук и вибрация включены.</translation>
    </message>
    <message>
        <source>Updated live.</source>
        <translation>Обновляется в реальном времени.</translation>
    </message>
    <message>
        <source>Connection lost. Reconnecting…</source>
        <translation>Связь прервалась. Подключаемся снова…</translation>
    </message>
    <message>
        <source>This ticket has expired. If you still need service, please take a new ticket.</source>
        <translation>Срок действия этого талона истёк. Если вам всё ещё нужно обслуживание, возьмите новый талон.</translation>
    </message>
    <message>
        <source>There is no ticket at this address. Please check the link, or scan the code on your ticket again.</source>
        <translation>По этому адресу талона нет. Проверьте ссылку или отсканируйте код на талоне ещё раз.</translation>
    </message>
    <message>
        <source>Too many requests from this network. Please wait a minute and try again.</source>
        <translation>Слишком много запросов из этой сети. Подождите минуту и попробуйте снова.</translation>
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
        <translation>{n} мин</translation>
    </message>
</context>
<context>
    <name>visitor_mail</name>
    <message>
        <source>Your visitor has arrived: {name}</source>
        <translation>К вам пришёл посетитель: {name}</translation>
    </message>
    <message>
        <source>{name} has arrived and is waiting for you.</source>
        <translation>{name} пришёл(а) и ожидает вас.</translation>
    </message>
    <message>
        <source>Organisation: {organisation}</source>
        <translation>Организация: {organisation}</translation>
    </message>
    <message>
        <source>Arrived at: {time}</source>
        <translation>Время прихода: {time}</translation>
    </message>
    <message>
        <source>Purpose of visit: {purpose}</source>
        <translation>Цель посещения: {purpose}</translation>
    </message>
    <message>
        <source>Your room: {room}</source>
        <translation>Ваш кабинет: {room}</translation>
    </message>
    <message>
        <source>This message was sent by the reception desk's Lett.</source>
        <translation>Это письмо отправлено программой Lett со стойки регистрации.</translation>
    </message>
</context>
</TS>
