# Benign (hard-negative) beats. Same format as templates_pos.py; all codes are empty.
# They deliberately reuse the vocabulary of the positives: apps, money, travel, pics, ages, jobs, secrets.

NEG = {}

def b(key, text):
    NEG[key] = ([], text)

# ---- shared small talk (used in positives AND negatives to avoid topic artefacts)
b("smalltalk_a", """
en:
how was ur day
what u up to
did u see the game last night
this weather is so bad lol
im so tired today
u watching anything good?
lol same
whats ur fav song rn
hows school going
ugh mondays
haha true
what did u eat
did u finish the homework
my phone is at 3% lol
brb
wyd later
that test was sooo hard
i cant sleep
u hear that new song?
my brother is so annoying
es:
que tal tu dia
que haces
que calor hoy jaja
estoy muerta de sueño
viste el partido?
jaja si
hiciste la tarea?
me quedo sin bateria jaja
que haces luego
pt:
como foi teu dia
ta fazendo o que
que calor hj kkk
to morta de sono
viu o jogo?
kkkk sim
fez a lição?
to sem bateria kkk
vai fazer o que depois
fr:
ta journée ça a été?
tu fais quoi
il fait trop chaud mdr
je suis crevée
t'as vu le match?
grave
t'as fait les devoirs?
j'ai plus de batterie mdr
tu fais quoi après
de:
wie war dein tag
was machst du so
voll heiß heute haha
bin so müde
hast du das spiel gesehen?
stimmt
hast du die hausaufgaben?
mein akku ist gleich leer
was machst du später
nl:
hoe was je dag
wat ben je aan het doen
zo warm vandaag haha
ben zo moe
heb je de wedstrijd gezien?
klopt
heb je je huiswerk af?
mijn batterij is bijna leeg
wat doe je straks
""")

b("smalltalk_b", """
en:
good hbu
nothing much
lol yeah
im just chilling
school was boring
yeah it was crazy
same
idk just scrolling
not bad
lol ok
watching netflix
just got home
ya
es:
bien y tu
nada
aqui tranqui
jaja si
normal
pt:
de boa e vc
nada
suave
kkk sim
normal
fr:
bien et toi
rien de ouf
tranquille
ouais
normal
de:
gut und du
nix besonderes
chill grad
ja
ganz ok
nl:
goed en jij
niks bijzonders
chillen
ja
prima
""")

# ---- genuine recruiter
b("rec_open", """
en:
Hi {n}, I'm {me}, a recruiter at {company}. Saw your profile and wanted to reach out about a {job2} role
hi {n}! {me} from {company} talent team here, are you open to new opportunities?
Hello {n}, we have an opening for a {job2} in {city}, would you be interested?
es:
Hola {n}, soy {me}, reclutadora en {company}. Vi tu perfil y tenemos una vacante de {job2}
hola {n}! te escribo de {company}, estas abierta a nuevas oportunidades?
pt:
Oi {n}, sou {me}, recrutadora da {company}. Vi seu perfil e temos uma vaga de {job2}
olá {n}! aqui é da {company}, vc está aberta a novas oportunidades?
fr:
Bonjour {n}, je suis {me}, recruteuse chez {company}. J'ai vu votre profil pour un poste de {job2}
salut {n}! {me} de chez {company}, tu serais ouverte à un nouveau poste?
de:
Hallo {n}, ich bin {me}, Recruiterin bei {company}. Wir haben eine Stelle als {job2} in {city}
hi {n}! {me} von {company} hier, bist du offen für neue jobs?
nl:
Hoi {n}, ik ben {me}, recruiter bij {company}. We hebben een vacature voor {job2} in {city}
hey {n}! {me} van {company}, sta je open voor een nieuwe baan?
""")

b("rec_details", """
en:
salary range is {cur}{sal} to {cur}{sal2} a year plus benefits, full contract
it's hybrid, 3 days in the office in {city}. first step is a 30 min call with HR
we cover travel for the onsite interview and there's a relocation package if you move
the job ad is on our careers page, you can apply there with your cv
no fees ever, we never ask candidates for money
es:
el salario es de {cur}{sal} a {cur}{sal2} al año con contrato indefinido
es hibrido, 3 dias en la oficina de {city}. primero una llamada con RRHH
pagamos el viaje a la entrevista presencial
la oferta esta en nuestra web, puedes postular ahi con tu cv
pt:
o salário é de {cur}{sal} a {cur}{sal2} por ano, carteira assinada
é híbrido, 3 dias no escritório em {city}. primeiro uma call com o RH
a gente paga a viagem pra entrevista presencial
a vaga tá no nosso site, pode se candidatar lá com o currículo
fr:
le salaire est entre {cur}{sal} et {cur}{sal2} par an, en cdi
c'est hybride, 3 jours au bureau à {city}. d'abord un appel avec les RH
on rembourse le déplacement pour l'entretien
l'offre est sur notre site carrières, tu peux postuler avec ton cv
de:
Gehalt liegt bei {cur}{sal} bis {cur}{sal2} im Jahr, unbefristeter Vertrag
hybrid, 3 Tage im Büro in {city}. erster Schritt ist ein Call mit HR
die Reisekosten fürs Vorstellungsgespräch übernehmen wir
die Stelle steht auf unserer Karriereseite, bewirb dich dort mit Lebenslauf
nl:
salaris is {cur}{sal} tot {cur}{sal2} per jaar, vast contract
hybride, 3 dagen op kantoor in {city}. eerst een belletje met HR
we vergoeden je reiskosten voor het gesprek
de vacature staat op onze website, solliciteer daar met je cv
""")

b("rec_reply", """
en:
sounds interesting, can you send the job description?
what's the interview process like?
is it remote friendly?
sure, my email is {email}
thanks, I'll apply through the site
es:
suena bien, me mandas la descripcion del puesto?
como es el proceso?
claro, mi correo es {email}
pt:
parece legal, manda a descrição da vaga?
como é o processo?
claro, meu email é {email}
fr:
intéressant, vous pouvez m'envoyer la fiche de poste?
comment se passe le process?
ok mon mail c'est {email}
de:
klingt gut, kannst du die stellenbeschreibung schicken?
wie läuft der prozess ab?
klar, meine mail ist {email}
nl:
klinkt goed, kun je de vacaturetekst sturen?
hoe ziet het proces eruit?
tuurlijk, mijn mail is {email}
""")

b("rec_next", """
en:
great, I'll send a calendar invite for {day} at {time}
perfect. contract and offer letter come from HR after the final round
you can check us on linkedin and glassdoor too
if you prefer we can continue on whatsapp or email, whatever works
es:
genial, te mando la invitacion para el {day} a las {time}
el contrato te lo manda RRHH despues de la ultima entrevista
si prefieres seguimos por whatsapp o correo
pt:
ótimo, mando o convite pra {day} às {time}
o contrato vem do RH depois da última etapa
se preferir seguimos pelo whatsapp ou email
fr:
super, je t'envoie une invitation pour {day} à {time}
le contrat vient des RH après le dernier entretien
si tu préfères on continue sur whatsapp ou par mail
de:
super, ich schick dir eine einladung für {day} um {time}
den vertrag schickt HR nach der letzten runde
wenn du magst können wir auch per whatsapp oder mail weitermachen
nl:
top, ik stuur een uitnodiging voor {day} om {time}
het contract komt van HR na de laatste ronde
als je wil kunnen we ook via whatsapp of mail verder
""")

# ---- legit casting / agency (looks like job_offer)
b("agency_legit", """
en:
our open casting is at the agency office {day} {time}, under 18s must come with a parent or guardian
we never charge fees, if anyone asks you for money for photos its not us
you can check our agency license on our site
bring a few natural photos, no makeup needed
es:
el casting es en la oficina de la agencia el {day} a las {time}, menores con padre o madre
nunca cobramos, si alguien te pide dinero por fotos no somos nosotros
pt:
a seletiva é no escritório da agência {day} às {time}, menores com responsável
nunca cobramos taxa, se alguém pedir dinheiro por fotos não somos nós
fr:
le casting est à l'agence {day} à {time}, les mineurs viennent avec un parent
on ne demande jamais d'argent, si quelqu'un te demande de payer pour des photos c'est pas nous
de:
das casting ist {day} um {time} in der agentur, unter 18 nur mit eltern
wir verlangen nie gebühren, wenn jemand geld für fotos will sind das nicht wir
nl:
de casting is {day} om {time} op kantoor, onder de 18 met ouder of voogd
we vragen nooit geld, als iemand geld vraagt voor fotos zijn wij dat niet
""")

# ---- adults dating
b("date_open", """
en:
hey {n}, matched with u on hinge haha, how's ur week
hi! loved ur pic with the dog
hey, {age_a} and new to {city}, u?
so whats ur go to karaoke song
es:
hola {n}, hicimos match jaja, que tal tu semana
hola! me encanto tu foto con el perro
pt:
oi {n}, deu match haha, como ta a semana
oi! amei tua foto com o cachorro
fr:
salut {n}, on a matché haha, ta semaine?
coucou! j'adore ta photo avec le chien
de:
hey {n}, wir haben gematcht haha, wie ist deine woche
hi! dein foto mit dem hund ist super
nl:
hoi {n}, we hebben een match haha, hoe is je week
hey! leuke foto met je hond
""")

b("date_mid", """
en:
ur really cute btw 😊
i'm {age_a}, work in {job2}, u?
want to move to whatsapp? i barely open this app
my number is {phone} if u want to text
want to grab dinner {day}? there's a great thai place in {city}
i can pick u up at 8 or we meet there, whatever ur comfortable with
send me a pic of ur dog pls 🐶
i'll book a table, my treat
es:
eres muy lindo por cierto 😊
tengo {age_a}, trabajo de {job2}, y tu?
pasamos a whatsapp? casi no abro esta app
quieres cenar el {day}? hay un sitio buenisimo en {city}
te recojo a las 8 o nos vemos alla, como prefieras
pt:
vc é muito fofo aliás 😊
tenho {age_a}, trabalho com {job2}, e vc?
bora pro whatsapp? quase não abro esse app
quer jantar {day}? tem um lugar ótimo em {city}
te busco às 8 ou a gente se encontra lá, como preferir
fr:
t'es trop mignon d'ailleurs 😊
j'ai {age_a} ans, je bosse dans {job2}, et toi?
on passe sur whatsapp? j'ouvre presque jamais l'appli
dîner {day}? y'a un super resto à {city}
je passe te prendre à 20h ou on se rejoint là-bas, comme tu veux
de:
du bist übrigens echt süß 😊
bin {age_a}, arbeite als {job2}, und du?
wollen wir zu whatsapp wechseln? ich bin selten hier
essen gehen am {day}? es gibt nen super laden in {city}
ich hol dich um 8 ab oder wir treffen uns dort, wie du magst
nl:
je bent trouwens echt leuk 😊
ik ben {age_a}, werk als {job2}, jij?
zullen we naar whatsapp gaan? ik open deze app bijna nooit
uit eten {day}? er is een top tent in {city}
ik haal je om 8 uur op of we zien elkaar daar, wat jij fijn vindt
""")

b("date_reply", """
en:
haha thank u, u too
sure thing
sounds fun!
meet there is better for a first date tbh
ok added u 😊
ur sweet
es:
jaja gracias igualmente
me parece bien
mejor nos vemos alla para la primera cita
pt:
kkk obrigada vc tb
fechado
melhor a gente se encontrar lá no primeiro encontro
fr:
haha merci toi aussi
ça marche
on se retrouve là-bas plutôt pour un premier rdv
de:
haha danke du auch
gerne
lieber treffen wir uns dort beim ersten date
nl:
haha dankje jij ook
leuk
liever daar afspreken voor een eerste date
""")

# ---- parent to kid
b("parent", """
en:
I'll pick you up at {time} after practice
where are you? you said you'd text when you got to {friend}'s
who are you with tonight
sent you {cur}{amt_s} on {pay} for lunch
don't forget your passport for the school trip on {day}
send me a pic of the permission slip so I can sign it
share your location with me when you leave ok
is your phone charged? call me when the movie's done
did you eat? there's pasta in the fridge
grandma sent you a gift card for your birthday 🎁
es:
te recojo a las {time} despues del entreno
donde estas? dijiste que avisabas al llegar a casa de {friend}
con quien estas esta noche
te mande {cur}{amt_s} por {pay} para el almuerzo
no olvides el pasaporte para la excursion del {day}
mandame foto de la autorizacion para firmarla
pt:
te busco às {time} depois do treino
cadê vc? disse que avisava quando chegasse na {friend}
ta com quem hoje
te mandei {cur}{amt_s} no {pay} pro lanche
não esquece o passaporte pra excursão de {day}
me manda foto da autorização pra eu assinar
fr:
je te récupère à {time} après l'entraînement
t'es où? tu devais m'écrire en arrivant chez {friend}
t'es avec qui ce soir
je t'ai envoyé {cur}{amt_s} sur {pay} pour la cantine
oublie pas ton passeport pour la sortie scolaire de {day}
envoie moi une photo de l'autorisation que je la signe
de:
ich hol dich um {time} nach dem training ab
wo bist du? du wolltest schreiben wenn du bei {friend} bist
mit wem bist du heute abend
hab dir {cur}{amt_s} über {pay} fürs mittagessen geschickt
vergiss deinen pass für die klassenfahrt am {day} nicht
schick mir ein foto vom elternbrief damit ich unterschreibe
nl:
ik haal je om {time} op na de training
waar ben je? je zou appen als je bij {friend} was
met wie ben je vanavond
heb je {cur}{amt_s} via {pay} gestuurd voor lunch
vergeet je paspoort niet voor het schoolreisje op {day}
stuur een foto van het toestemmingsformulier dan teken ik
""")

b("kid_reply", """
en:
ok mom
im at {friend}'s, her mom is driving us
k thx
can i stay til 9
yeah its charged
love u
es:
ok mama
estoy en casa de {friend}, su mama nos lleva
vale gracias
puedo quedarme hasta las 9
pt:
ok mãe
to na casa da {friend}, a mãe dela leva a gente
blz obg
posso ficar até as 9
fr:
ok maman
je suis chez {friend}, sa mère nous ramène
ok merci
je peux rester jusqu'à 21h
de:
ok mama
bin bei {friend}, ihre mutter fährt uns
ok danke
darf ich bis 9 bleiben
nl:
oke mam
ben bij {friend}, haar moeder brengt ons
oke dankje
mag ik tot 9 blijven
""")

# ---- teacher / coach
b("coach", """
en:
practice moved to {day} {time}, bus leaves from school
tournament in {city} next month, parents need to sign the hotel form, chaperones room with the team
great game today, proud of you all 💪
bring your id and the medical form for registration
I posted the schedule in the team group chat, parents are in it too
reminder: no phones on the bench lol
homework is on the class page, email me if you're stuck
es:
el entreno pasa al {day} a las {time}, el bus sale del cole
torneo en {city} el mes que viene, los padres firman el formulario del hotel
gran partido hoy, orgulloso de todos 💪
traigan dni y la ficha medica
pt:
treino mudou pra {day} às {time}, ônibus sai da escola
campeonato em {city} mês que vem, os pais assinam a ficha do hotel
jogão hoje, orgulhoso de todos 💪
tragam rg e o atestado médico
fr:
l'entraînement passe au {day} {time}, le car part du collège
tournoi à {city} le mois prochain, les parents signent la fiche hôtel
super match aujourd'hui, fier de vous 💪
ramenez votre carte d'identité et le certificat médical
de:
training ist jetzt {day} um {time}, bus fährt ab schule
turnier in {city} nächsten monat, eltern unterschreiben das hotelformular
starkes spiel heute, stolz auf euch 💪
bringt ausweis und das ärztliche attest mit
nl:
training verplaatst naar {day} {time}, bus vertrekt bij school
toernooi in {city} volgende maand, ouders tekenen het hotelformulier
goeie wedstrijd vandaag, trots op jullie 💪
neem je id en het medische formulier mee
""")

b("student_reply", """
en:
ok coach
thank u!!
will my mom get the form by email?
can i bring my little brother
ok got it
es:
ok profe
gracias!!
mi mama recibe el formulario por mail?
pt:
ok professor
valeu!!
minha mãe recebe a ficha por email?
fr:
ok coach
merci!!
ma mère reçoit la fiche par mail?
de:
ok trainer
danke!!
kriegt meine mama das formular per mail?
nl:
oke coach
dankje!!
krijgt mijn moeder het formulier via mail?
""")

# ---- teen friends (ages, snap, secrets, pics, crushes - all peer and benign)
b("teen_a", """
en:
omg hiii
im {age_m} too lol
15f same grade as u i think
add me on {app} its {handle}
whats ur snap
dont tell anyone but i like {friend2} 🙈
delete that pic its so bad lmaooo
send pic of ur fit for the party
my mom checks my phone so dont send anything dumb lol
r ur parents letting u go to the concert
ur so pretty omg stop
we should go to the mall {day}
es:
holaaa
yo tambien tengo {age_m} jaja
agregame a {app}, soy {handle}
no le digas a nadie pero me gusta {friend2} 🙈
borra esa foto salgo horrible jajaja
manda foto de tu outfit para la fiesta
vamos al centro comercial el {day}?
pt:
oiee
tbm tenho {age_m} kkk
me add no {app}, é {handle}
não conta pra ninguém mas to afim do {friend2} 🙈
apaga essa foto to horrível kkkk
manda foto do teu look pra festa
bora no shopping {day}?
fr:
coucouuu
moi aussi j'ai {age_m} ans mdr
ajoute moi sur {app} c'est {handle}
le dis à personne mais je kiffe {friend2} 🙈
supprime cette photo je suis trop moche mdrr
envoie une photo de ta tenue pour la soirée
on va au centre commercial {day}?
de:
hiii
bin auch {age_m} haha
adde mich auf {app}, bin {handle}
sags keinem aber ich steh auf {friend2} 🙈
lösch das bild ich seh so schlimm aus hahaha
schick mal foto von deinem outfit für die party
gehen wir {day} ins einkaufszentrum?
nl:
hoiii
ik ben ook {age_m} haha
voeg me toe op {app}, ik ben {handle}
zeg het tegen niemand maar ik vind {friend2} leuk 🙈
verwijder die foto ik sta er zo lelijk op haha
stuur een foto van je outfit voor het feest
gaan we {day} naar het winkelcentrum?
""")

b("teen_b", """
en:
lmaoo ok
added u!
omg i wont tell 🤐
no ur prettier
my mom said yes if her mom drives
ok sending
es:
jajaja ok
ya te agregue!
no digo nada 🤐
pt:
kkkkk ok
te add!
não conto nada 🤐
fr:
mdrr ok
je t'ai ajoutée!
je dirai rien 🤐
de:
hahaha ok
hab dich geaddet!
ich sag nix 🤐
nl:
hahaha oke
toegevoegd!
ik zeg niks 🤐
""")

# ---- gaming banter
b("gaming", """
en:
gg ez
yo gift me vbucks lol jk
i just bought 800 robux with my bday money
add me on discord for squads tonight, {handle}
u owe me for carrying u all game 😂
my mom said no more robux this month rip
trade u my limited for ur pet?
wanna join our server? its just our class
who's on {game} tonight
es:
gg facil
regalame vbucks jaja mentira
me compre 800 robux con la plata del cumple
agregame a discord para jugar, {handle}
me debes una por cargarte toda la partida 😂
pt:
gg fácil
me dá vbucks kkk zoeira
comprei 800 robux com o dinheiro do aniversário
me add no discord pra jogar, {handle}
vc me deve essa por te carregar 😂
fr:
gg ez
offre moi des vbucks mdr je rigole
j'ai acheté 800 robux avec l'argent de mon anniv
ajoute moi sur discord pour jouer ce soir, {handle}
tu me dois bien ça je t'ai carry 😂
de:
gg ez
schenk mir vbucks lol spaß
hab mir 800 robux vom geburtstagsgeld gekauft
adde mich auf discord für heute abend, {handle}
du schuldest mir was, hab dich getragen 😂
nl:
gg ez
geef me vbucks haha grapje
heb 800 robux gekocht van mijn verjaardagsgeld
voeg me toe op discord voor vanavond, {handle}
je bent me wat schuldig, ik heb je gecarried 😂
""")

b("gaming_b", """
en:
lol no
bro u died 3 times
bet
ok ill hop on at 7
nah ur trash 😂
es:
jaja no
bro moriste 3 veces
dale a las 7
pt:
kkk não
mano vc morreu 3 vezes
fechou às 7
fr:
mdr non
frère t'es mort 3 fois
ok à 19h
de:
lol nein
bro du bist 3 mal gestorben
ok um 7
nl:
haha nee
bro je ging 3 keer dood
oke om 7 uur
""")

# ---- scam / trafficking warning between friends
b("warn", """
en:
some account just dmed me offering a modelling job in {city} with flights paid, def a scam right?
omg dont answer, block and report it
that's literally how trafficking recruitment works, they ask u to move to telegram
my cousin got a message like that, easy money and a free ticket. she reported it
never pay a fee for a job lol real jobs dont charge u
i saw a post about human trafficking awareness, fake job offers are a big red flag
the national hotline number is on the polaris site if u ever need it
es:
una cuenta me escribio ofreciendome trabajo de modelo en {city} con vuelo pagado, es estafa no?
no contestes, bloquea y denuncia
asi reclutan los tratantes, te piden pasar a telegram
nunca pagues por un trabajo, los trabajos reales no cobran
pt:
uma conta me chamou oferecendo trabalho de modelo em {city} com passagem paga, é golpe né?
não responde, bloqueia e denuncia
é assim que aliciam pra tráfico, pedem pra ir pro telegram
nunca paga taxa por emprego, trabalho de verdade não cobra
fr:
un compte m'a écrit pour un job de mannequin à {city} avec billet payé, c'est une arnaque non?
réponds pas, bloque et signale
c'est comme ça que les réseaux de traite recrutent, ils demandent de passer sur telegram
paye jamais pour un job, les vrais boulots font pas payer
de:
ein account hat mir nen modeljob in {city} mit bezahltem flug angeboten, ist doch fake oder?
nicht antworten, blockieren und melden
so rekrutieren menschenhändler, die wollen dass man auf telegram wechselt
nie gebühren für nen job zahlen, echte jobs kosten nix
nl:
een account stuurde me een modellenjob in {city} met betaalde vlucht, is toch oplichting?
niet reageren, blokkeren en rapporteren
zo werven mensenhandelaars, ze willen dat je naar telegram gaat
nooit betalen voor een baan, echte banen kosten niks
""")

b("warn_b", """
en:
yeah 100% scam
ugh so creepy, reported
thanks for telling me
screenshot it first then report
es:
si 100% estafa
que miedo, ya denuncie
pt:
sim 100% golpe
que medo, já denunciei
fr:
ouais arnaque à 100%
flippant, signalé
de:
ja 100% betrug
gruselig, gemeldet
nl:
ja 100% oplichting
eng, gerapporteerd
""")

# ---- news discussion
b("news", """
en:
did u read the article about the trafficking ring in {city}? they used fake job ads
the report said most victims were recruited online through fake romance
crazy that they made girls pay off a debt for the tickets
our teacher showed a video about online grooming in class today
the podcast said traffickers promise modelling careers and then take passports
es:
leiste la noticia de la red de trata en {city}? usaban ofertas de empleo falsas
el informe dice que a muchas las captaron por internet con falsos romances
en clase vimos un video sobre grooming
pt:
leu a notícia da rede de tráfico em {city}? usavam vagas de emprego falsas
o relatório diz que muitas foram aliciadas online com falso namoro
na aula vimos um vídeo sobre aliciamento online
fr:
t'as lu l'article sur le réseau de traite à {city}? ils utilisaient de fausses offres d'emploi
le rapport dit que beaucoup sont recrutées en ligne par de faux romans d'amour
en cours on a vu une vidéo sur le grooming
de:
hast du den artikel über den menschenhändlerring in {city} gelesen? falsche jobanzeigen
laut bericht wurden viele online mit der loverboy masche angeworben
in der schule haben wir heute ein video über cybergrooming gesehen
nl:
heb je het artikel gelezen over die mensenhandel bende in {city}? nep vacatures
volgens het rapport werden veel slachtoffers online geworven via loverboys
in de klas zagen we een filmpje over online grooming
""")

b("news_b", """
en:
yeah so scary
they took their passports too right
glad they got caught
es:
si da mucho miedo
que bueno que los atraparon
pt:
sim, assustador
ainda bem que pegaram eles
fr:
ouais ça fait peur
heureusement qu'ils ont été arrêtés
de:
ja echt gruselig
gut dass sie erwischt wurden
nl:
ja echt eng
goed dat ze zijn opgepakt
""")

# ---- travel with friends / family
b("travel", """
en:
flights to {city} are booked!! {day} at {time}
i got us a room at the {hotel}, split it 4 ways
ill pick u up at the airport, text me when u land
dont forget ur passport lol
send me ur passport number so i can do the check in for all of us
venmo me {cur}{amt_s} for the airbnb when u can
es:
ya estan los vuelos a {city}!! el {day} a las {time}
reserve habitacion en el {hotel}, dividimos entre 4
te busco en el aeropuerto, avisame cuando aterrices
no olvides el pasaporte jaja
pt:
passagens pra {city} compradas!! {day} às {time}
reservei um quarto no {hotel}, divide por 4
te busco no aeroporto, me avisa quando pousar
não esquece o passaporte kkk
fr:
vols pour {city} réservés!! {day} à {time}
j'ai pris une chambre au {hotel}, on divise à 4
je viens te chercher à l'aéroport, écris moi quand t'atterris
oublie pas ton passeport mdr
de:
flüge nach {city} gebucht!! {day} um {time}
hab ein zimmer im {hotel} genommen, teilen durch 4
ich hol dich am flughafen ab, schreib wenn du landest
vergiss deinen pass nicht haha
nl:
vluchten naar {city} geboekt!! {day} om {time}
kamer geboekt in het {hotel}, delen door 4
ik haal je op van het vliegveld, app als je geland bent
vergeet je paspoort niet haha
""")

b("travel_b", """
en:
yesss cant wait
sent u the money
can my sister come too
ok ill bring snacks
es:
siii que ganas
ya te pase la plata
pt:
simmm que ansiedade
já te mandei o dinheiro
fr:
ouiii trop hâte
je t'ai envoyé l'argent
de:
jaaa freu mich
hab dir das geld geschickt
nl:
jaaa heb er zin in
heb het geld gestuurd
""")

# ---- customer service
b("cs", """
en:
Hi, thanks for contacting support. Can you send a photo of the damaged item?
Please share your order number. We'll never ask for your password or gift card codes
the refund of {cur}{amt_s} will reach your paypal in 3-5 days
for security, please don't post your phone number in this chat
es:
Hola, gracias por contactar soporte. Puedes enviar una foto del producto dañado?
Comparte tu numero de pedido. Nunca te pediremos contraseña ni codigos de tarjeta regalo
pt:
Olá, obrigado pelo contato. Pode mandar uma foto do produto danificado?
Informe o número do pedido. Nunca pedimos senha nem códigos de gift card
fr:
Bonjour, merci de contacter le support. Pouvez-vous envoyer une photo de l'article abîmé?
Indiquez votre numéro de commande. Nous ne demandons jamais de mot de passe ni de code de carte cadeau
de:
Hallo, danke für deine Nachricht. Kannst du ein Foto vom beschädigten Artikel schicken?
Bitte nenn uns die Bestellnummer. Wir fragen nie nach Passwort oder Gutscheincodes
nl:
Hoi, bedankt voor je bericht. Kun je een foto sturen van het beschadigde product?
Graag je bestelnummer. We vragen nooit om je wachtwoord of cadeaukaartcodes
""")

b("cs_b", """
en:
sure, sending now
order is 48213
ok thanks
es:
claro, la mando ahora
pt:
claro, mando agora
fr:
oui je l'envoie
de:
klar, schick ich gleich
nl:
oke, stuur ik nu
""")

# ---- marketplace
b("market", """
en:
is the bike still available?
yes! {cur}{amt_s}, can do cashapp or venmo
can u send more pics of the tires
can i pick it up at 6 tomorrow
meet at the police station parking lot? safer for both of us
es:
sigue disponible la bici?
si! {cur}{amt_s}, por {pay} o efectivo
mandas mas fotos de las ruedas?
puedo pasar a buscarla mañana a las 6?
pt:
a bike ainda tá disponível?
sim! {cur}{amt_s}, pix ou dinheiro
manda mais fotos dos pneus?
posso buscar amanhã às 6?
fr:
le vélo est toujours dispo?
oui! {cur}{amt_s}, paypal ou espèces
tu peux envoyer plus de photos des pneus?
je peux passer le prendre demain à 18h?
de:
ist das fahrrad noch da?
ja! {cur}{amt_s}, paypal oder bar
kannst du mehr fotos von den reifen schicken?
kann ich es morgen um 6 abholen?
nl:
is de fiets nog beschikbaar?
ja! {cur}{amt_s}, tikkie of contant
kun je meer fotos van de banden sturen?
kan ik hem morgen om 6 ophalen?
""")

# ---- family money / surprise secret
b("family", """
en:
dont tell mom about the surprise party 🤫
delete this before she sees it lol
u owe me {cur}{amt_s} for the pizza
i sent u {cur}{amt_s} on {pay}, pay me back whenever
grandpa is picking us up at the station at {time}
es:
no le digas a mama de la fiesta sorpresa 🤫
borra esto antes de que lo vea jaja
me debes {cur}{amt_s} de la pizza
pt:
não conta pra mãe da festa surpresa 🤫
apaga isso antes dela ver kkk
vc me deve {cur}{amt_s} da pizza
fr:
dis rien à maman pour la fête surprise 🤫
supprime ça avant qu'elle voie mdr
tu me dois {cur}{amt_s} pour la pizza
de:
sag mama nichts von der überraschungsparty 🤫
lösch das bevor sie es sieht haha
du schuldest mir {cur}{amt_s} für die pizza
nl:
zeg niks tegen mama over het verrassingsfeest 🤫
verwijder dit voor ze het ziet haha
je bent me {cur}{amt_s} schuldig voor de pizza
""")

b("family_b", """
en:
lol ok
my lips are sealed
ok sending now
es:
jaja vale
no digo nada
pt:
kkk ok
boca fechada
fr:
mdr ok
motus
de:
haha ok
ich schweige
nl:
haha oke
mondje dicht
""")

# ---- babysitter / nanny legit (looks like job + pickup)
b("sitter", """
en:
hi {n}, are you free to babysit {day} from {time}? {cur}18/hr like usual
can you pick the kids up from school at 3? the school has you on the list
I'll leave cash on the counter, or I can venmo
es:
hola {n}, puedes cuidar a los niños el {day} desde las {time}? lo de siempre por hora
puedes recoger a los niños del cole a las 3?
pt:
oi {n}, pode ficar com as crianças {day} a partir das {time}? mesmo valor de sempre
pode buscar as crianças na escola às 3?
fr:
salut {n}, tu peux garder les enfants {day} à partir de {time}? même tarif que d'habitude
tu peux récupérer les enfants à l'école à 15h?
de:
hi {n}, kannst du {day} ab {time} babysitten? wie immer pro stunde
kannst du die kinder um 3 von der schule abholen?
nl:
hoi {n}, kun je {day} vanaf {time} oppassen? zelfde tarief als altijd
kun je de kinderen om 3 uur van school halen?
""")

b("sitter_b", """
en:
yes works for me!
sure, see u then
es:
si, me viene bien!
pt:
sim, pode ser!
fr:
oui ça me va!
de:
ja passt!
nl:
ja prima!
""")

# ---- streamer / fan (benign; looks like gifts + compliments)
b("streamer", """
en:
thanks for the sub!! ur the best 💜
appreciate the donation, going to the charity stream total
mods: no personal info in chat pls, no ages, no socials
es:
gracias por la sub!! eres lo mas 💜
mods: nada de info personal en el chat
pt:
valeu pelo sub!! vc é demais 💜
mods: sem info pessoal no chat
fr:
merci pour le sub!! t'es le meilleur 💜
modos: pas d'infos perso dans le chat
de:
danke fürs abo!! du bist der beste 💜
mods: keine persönlichen infos im chat bitte
nl:
bedankt voor de sub!! je bent de beste 💜
mods: geen persoonlijke info in de chat
""")

# ---- home check (2026-12-05, evening): friends, relatives and neighbours asking whether
# the parents are home or the kid is home alone, for an ordinary reason. The question is a
# risk-assessment cue in grooming; here the reason is in the same message or the next.
b("home_check", """
en:
are your parents home? i left my charger at yours
is your mom home? we still have her big cooler from the picnic
r ur parents home? i need to return ur dads drill
is anyone home at yours? your package got delivered to our house by mistake
are u home alone? mom said to check on u since the power went out
are your parents home rn? can i come over to work on the project
is ur mom home? she said we could borrow the folding chairs
are your parents home tonight? my mom is asking if they want to come for dinner
is your dad home? he needs to sign the permission form before practice
r ur parents back yet? ill bring ur bike back when theyre home
is anyone at your house? im outside with your hoodie lol
are you home alone? grandma says come over for dinner then
es:
están tus papás en casa? me dejé el cargador en tu casa
está tu mamá? mi mamá le quiere devolver el táper
estás solo en casa? mi mamá me pidió que te llamara porque se fue la luz
están tus papás? vamos a hacer el trabajo del cole en tu casa
está tu papá? tiene que firmar la autorización de la excursión
pt:
teus pais tão em casa? esqueci meu carregador aí
tua mãe tá em casa? minha mãe quer devolver a forma do bolo
tá sozinho em casa? minha mãe pediu pra ver se tá tudo bem com a falta de luz
seus pais tão aí? vamos fazer o trabalho da escola na tua casa
teu pai tá em casa? ele precisa assinar a autorização do passeio
fr:
tes parents sont là? j'ai oublié mon chargeur chez toi
ta mère est là? ma mère veut lui rendre son plat
t'es seul chez toi? maman m'a demandé de vérifier que ça va avec la coupure de courant
tes parents sont là ce soir? ma mère demande s'ils viennent dîner
ton père est là? il doit signer l'autorisation pour la sortie
de:
sind deine eltern zuhause? ich hab mein ladekabel bei dir vergessen
ist deine mama da? meine mama will die auflaufform zurückbringen
bist du alleine zu hause? mama meinte ich soll fragen ob alles ok ist wegen dem stromausfall
sind deine eltern heute abend da? meine mama fragt ob sie zum essen kommen
ist dein papa da? er muss den zettel für den ausflug unterschreiben
nl:
zijn je ouders thuis? ik heb mijn oplader bij jou laten liggen
is je moeder thuis? mijn moeder wil de ovenschaal terugbrengen
ben je alleen thuis? mama vroeg of alles goed is met de stroomstoring
zijn je ouders er vanavond? mijn moeder vraagt of ze komen eten
is je vader thuis? hij moet het briefje voor het uitje tekenen
""")

b("home_check_b", """
en:
ya my moms here, come grab it
no theyre at work till 6, come after
yeah dads in the garage
nope just me, come by after 5
ok ill tell her
mom says thanks!
es:
sí mi mamá está, ven a buscarlo
no, están trabajando hasta las 6
sí, le digo
pt:
tá sim, pode vir buscar
não, tão no trabalho até as 6
tá, vou avisar ela
fr:
oui ma mère est là, passe le prendre
non ils bossent jusqu'à 18h
ok je lui dis
de:
ja mama ist da, komm vorbei
nee die arbeiten bis 6
ok ich sags ihr
nl:
ja mama is thuis, kom maar halen
nee ze werken tot 6 uur
oké ik zeg het
""")

# ---- adult flirt (2026-12-05, evening): two adults who state adult ages flirt and tease,
# non-explicitly, with the same mild sexual-talk cues a groomer uses ("what are you wearing",
# "in bed", "sexy"). Real chat logs hold far more adult flirting than grooming; without it the
# corpus taught that these cues only occur in grooming.
b("flirt_a", """
en:
you looked so sexy in that pic 😏
what are you wearing rn 😏
cant wait to see you friday, been thinking about kissing you all day
are you in bed already? wish i was there
you're trouble lol 😈
so are we hooking up after the wedding or what 😏
ok that dress was hot not gonna lie
im {age_a}, old enough to know what i want lol
miss waking up next to you
come over tonight? ill bring wine 🍷
es:
te veías muy sexy en esa foto 😏
qué llevas puesto 😏
ya estás en la cama? ojalá estuviera ahí
tengo {age_a}, ya sé lo que quiero jaja
vienes esta noche? llevo vino 🍷
pt:
vc tava muito sexy naquela foto 😏
o que vc ta vestindo agora 😏
já ta na cama? queria tá aí
tenho {age_a}, sei bem o que quero kkk
vem aqui hoje? levo vinho 🍷
fr:
t'étais trop sexy sur cette photo 😏
tu portes quoi là 😏
t'es déjà au lit? j'aimerais être là
j'ai {age_a} ans, je sais ce que je veux mdr
tu passes ce soir? j'apporte du vin 🍷
de:
du sahst so sexy aus auf dem foto 😏
was hast du grad an 😏
liegst du schon im bett? wär gern da
bin {age_a}, ich weiß was ich will haha
kommst du heute abend? ich bring wein mit 🍷
nl:
je zag er zo sexy uit op die foto 😏
wat heb je nu aan 😏
lig je al in bed? was ik maar daar
ik ben {age_a}, ik weet wat ik wil haha
kom je vanavond? ik neem wijn mee 🍷
""")

b("flirt_b", """
en:
haha maybe 😏
behave lol
you're terrible 😂
ok but only if you bring dessert
come find out 😈
same, work was so long today
es:
jaja puede ser 😏
pórtate bien jaja
eres terrible 😂
pt:
kkk talvez 😏
se comporta kkk
vc é terrível 😂
fr:
haha peut-être 😏
sois sage mdr
t'es terrible 😂
de:
haha vielleicht 😏
benimm dich haha
du bist schlimm 😂
nl:
haha misschien 😏
gedraag je haha
je bent erg 😂
""")

# ---- stranger chat (chat-room / random-chat style), added 2026-12-06 (second session).
# Strangers open with "asl" and trade age, sex and place before anything else; adults do it with
# adults, teens with teens. Real chat logs hold far more of this than grooming, so "asl" and a
# stated age are no evidence on their own. Used by the stranger_chat.jsonl families in generate.py
# (adults, teen peers, an adult who leaves on learning the other is a minor) and, as the opening,
# by that file's grooming positives.
b("sc_open", """
en:
asl
asl?
hey asl
a/s/l?
hi
m or f?
age?
hey whats up
sup
hi there, where u from?
hello stranger
es:
hola
edad?
hola de donde eres?
h o m?
que tal
pt:
oi
idade?
de onde vc é?
h ou m?
oii tudo bem?
fr:
asv?
salut
t'as quel âge?
cc ça va?
tu viens d'où?
de:
hi
asl?
wie alt bist du?
m oder w?
na wie gehts
nl:
hoi
asl?
hoe oud ben je?
m/v?
hey hoe gaat het
""")

b("sc_age_adult", """
en:
{age_a} f {city}
{age_a} m, u?
{age_a}/f/{city}
{age_a} m {city}
f {age_a}
im {age_a}, from {city}
{age_a} u?
es:
{age_a} y tu?
tengo {age_a}, de {city}
{age_a} m {city}
{age_a} h, tu?
pt:
{age_a} e vc?
tenho {age_a}, de {city}
{age_a} m {city}
fr:
{age_a} h {city}
{age_a} f {city}
j'ai {age_a} ans et toi
de:
{age_a} m {city}
{age_a} w {city}
bin {age_a}, aus {city}
nl:
{age_a} m {city}
{age_a} v {city}
ik ben {age_a}, uit {city}
""")

b("sc_age_adult2", """
en:
{age_a2} m
{age_a2} f, {city2}
im {age_a2}
{age_a2}/m/{city2}
m {age_a2} here
es:
{age_a2}, de {city2}
tengo {age_a2}
pt:
{age_a2}, de {city2}
tenho {age_a2}
fr:
{age_a2} f {city2}
j'ai {age_a2} ans
de:
{age_a2} w {city2}
ich bin {age_a2}
nl:
{age_a2} v {city2}
ik ben {age_a2}
""")

b("sc_age_minor", """
en:
{age_m} f
{age_m}/f/{city}
{age_m} m {city}
im {age_m}
{age_m} f {city} u?
es:
{age_m} y tu?
tengo {age_m}
{age_m} m
pt:
{age_m} e vc?
tenho {age_m}
fr:
{age_m} f
j'ai {age_m} ans
de:
{age_m} w
bin {age_m}
nl:
{age_m} v
ik ben {age_m}
""")

b("sc_age_peer", """
en:
{age_m2} m
{age_m2} f too
same lol {age_m2}
im {age_m2}, {city2}
es:
{age_m2} tambien
tengo {age_m2}
pt:
{age_m2} tb
tenho {age_m2}
fr:
{age_m2} aussi
j'ai {age_m2} ans
de:
{age_m2} auch
bin {age_m2}
nl:
ook {age_m2}
ik ben {age_m2}
""")

b("sc_talk", """
en:
what do u do
what brings u here
just bored lol
bored at work
college, u?
i work as a {job2}
what music u like
cool
nice
where is that
never been there
whats the weather like there
u watch anime?
what u up to tonight
nm just chilling
do u have pets
a cat, shes evil lol
what time is it there
late, cant sleep
es:
que haces
aburrido jaja
estudio en la uni
trabajo de {job2}
que musica te gusta
que hora es alla
pt:
faz oq
to entediada kkk
faço faculdade
trabalho de {job2}
que musica vc curte
que horas sao ai
fr:
tu fais quoi
je m'ennuie mdr
je suis à la fac
je bosse comme {job2}
tu écoutes quoi comme musique
il est quelle heure chez toi
de:
was machst du so
langweilig lol
studiere noch
arbeite als {job2}
was hörst du so
wie spät ist es bei dir
nl:
wat doe je
verveel me haha
ik studeer nog
ik werk als {job2}
wat voor muziek luister je
hoe laat is het daar
""")

b("sc_app", """
en:
u got snap?
add me on insta its {handle}
wanna move to whatsapp, this site lags
whats ur kik
im on discord as {handle}
u have telegram?
es:
tienes insta?
pasame tu snap
agregame en insta, {handle}
pt:
tem insta?
me add no insta, {handle}
bora pro zap
fr:
t'as snap?
ajoute moi sur insta, {handle}
de:
hast du insta?
adde mich auf snap, {handle}
nl:
heb je snap?
voeg me toe op insta, {handle}
""")

b("sc_app_reply", """
en:
sure
ok added
maybe later lol
i dont give my snap out sorry
k
es:
vale
luego te agrego
pt:
blz
depois te add
fr:
ok
peut-être plus tard
de:
klar
vielleicht später
nl:
prima
misschien later
""")

b("sc_bye", """
en:
gtg bye
nice talking to u
ok cya
bye
es:
me voy, chao
pt:
vou nessa, tchau
fr:
je dois y aller, bye
de:
muss los, tschüss
nl:
moet gaan, doei
""")

b("sc_too_young", """
en:
oh ur too young for me, take care
sorry im looking to talk to adults, stay safe
ur way too young to be on this site tbh, be careful
oh nvm, bye
you shouldnt be on here, its 18+
es:
eres muy joven, cuidate
perdona, busco hablar con adultos
pt:
vc é muito nova, se cuida
foi mal, só falo com adultos
fr:
t'es trop jeune, fais attention à toi
désolé je parle qu'avec des adultes
de:
du bist zu jung, pass auf dich auf
sorry, ich schreib nur mit erwachsenen
nl:
je bent te jong, pas goed op jezelf
sorry, ik praat alleen met volwassenen
""")

b("sc_too_young_b", """
en:
ok
whatever
bye lol
es:
ok
pt:
ok
fr:
ok
de:
ok
nl:
oké
""")

# ---- a parent and another adult about the parent's child (hard-negatives-v3, 2026-12-07): the
# parent states the CHILD's age ("my 14 yo", "mi hija tiene 13 años"), and both use the
# logistics words groomers also use (pick-up, hotel, photo, app, payment, "don't tell her").
b("pa_open", """
en:
hi {n}, this is {friend}'s mom. my {age_m} yo wants to try out for the team, is there still space?
hello! my son is {age_m} and looking for a maths tutor, do you have time on {day}s?
hi, {friend}'s dad here. my daughter just turned {age_m}, is she old enough for the junior lifeguard course?
hey {n}! our {age_m} year old keeps asking about a sleepover with your girls, would {day} work?
hi coach, my {age_m} yo son has a dentist appointment on {day}, he'll miss practice
good morning, i have a {age_m} year old who'd love piano lessons. are you taking new students?
hi {n}, got your number from the school group. my kid is {age_m} and in the same class as yours
hello, is the summer camp still open for a {age_m} yo? she's never been to camp before
es:
hola {n}, soy la mamá de {friend}. mi hija tiene {age_m} años y quiere entrar al equipo, ¿hay plazas?
buenas, mi hijo de {age_m} años necesita clases de mates, ¿tienes hueco los {day}?
hola, soy el padre de {friend}. mi hija acaba de cumplir {age_m}, ¿puede apuntarse al curso de socorrista?
hola {n}, tengo un hijo de {age_m} años que quiere clases de guitarra
pt:
oi {n}, sou a mãe do {friend}. meu filho tem {age_m} anos e quer entrar no time, ainda tem vaga?
olá, minha filha de {age_m} anos precisa de aula de matemática, você tem horário na {day}?
oi, aqui é o pai da {friend}. ela fez {age_m} anos, já pode fazer o curso de natação?
oi {n}, peguei seu número no grupo da escola. minha filha tem {age_m} anos e é da turma da sua
fr:
bonjour {n}, je suis la maman de {friend}. ma fille a {age_m} ans et voudrait rejoindre l'équipe, il reste de la place ?
bonjour, mon fils de {age_m} ans cherche un prof de maths, vous avez un créneau le {day} ?
salut {n}, c'est le papa de {friend}. elle vient d'avoir {age_m} ans, elle peut s'inscrire au stage ?
bonjour, j'ai une fille de {age_m} ans qui aimerait prendre des cours de piano
de:
hallo {n}, hier ist die mama von {friend}. meine tochter ist {age_m} jahre alt und möchte ins team, gibt es noch plätze?
guten tag, mein sohn ist {age_m} und sucht nachhilfe in mathe, hätten sie am {day} zeit?
hi {n}, papa von {friend} hier. sie ist gerade {age_m} geworden, darf sie beim schwimmkurs mitmachen?
hallo, ich habe einen {age_m} jährigen sohn, der gern gitarre lernen würde
nl:
hoi {n}, dit is de moeder van {friend}. mijn dochter is {age_m} jaar en wil graag bij het team, is er nog plek?
goedemiddag, mijn zoon van {age_m} zoekt bijles wiskunde, heeft u tijd op {day}?
hallo, de vader van {friend} hier. ze is net {age_m} geworden, mag ze meedoen met de zwemcursus?
hoi {n}, ik heb een zoon van {age_m} jaar die graag gitaarles wil
""")

b("pa_reply", """
en:
hi! yes we have space in the u{age_m} group, practice is tue and thu at {time}
of course, what grade is he in? i can do {day}s after school
sure! the course is for 12 to 15 so she's fine. bring a swimsuit and a towel
lol yes they talk about nothing else. {day} is great, i'll make pizza
no problem, thanks for letting me know. tell him to do the stretching at home
yes i have a slot on {day} at {time}. first lesson is free so you can see if she likes it
oh hi! yes {friend} talks about your son all the time 😊
yes there are a few spots left. all counsellors are background checked and there's a nurse on site
es:
hola! sí, hay plazas en el grupo de su edad, entrenamos martes y jueves a las {time}
claro, ¿en qué curso está? puedo los {day} después del cole
sí, el curso es de 12 a 15 así que perfecto. que traiga bañador y toalla
¡hola! sí, {friend} habla de tu hijo todo el rato 😊
pt:
oi! tem vaga sim, o treino é terça e quinta às {time}
claro, ele está em que série? posso na {day} depois da aula
sim, o curso é de 12 a 15 anos, pode trazer maiô e toalha
oi! sim, a {friend} fala da sua filha o tempo todo 😊
fr:
bonjour ! oui il reste de la place dans sa catégorie, entraînement mardi et jeudi à {time}
bien sûr, il est en quelle classe ? je peux le {day} après l'école
oui le stage est pour les 12-15 ans, c'est parfait. qu'elle apporte un maillot et une serviette
coucou ! oui {friend} parle tout le temps de votre fille 😊
de:
hallo! ja, in ihrer altersgruppe ist noch platz, training ist dienstag und donnerstag um {time}
gerne, in welcher klasse ist er? am {day} nach der schule ginge es
ja, der kurs ist für 12 bis 15, passt also. badesachen und handtuch mitbringen
hallo! ja, {friend} erzählt ständig von ihrem sohn 😊
nl:
hoi! ja er is nog plek in haar leeftijdsgroep, training is dinsdag en donderdag om {time}
zeker, in welke klas zit hij? {day} na school kan ik
ja de cursus is voor 12 tot 15, dus dat is prima. zwemkleding en handdoek meenemen
hoi! ja {friend} heeft het steeds over je zoon 😊
""")

b("pa_detail", """
en:
can you pick him up at {time}? i'm stuck at work, i'll tell him you're coming
i'll send the fee on {pay} tonight, is {cur}{amt_s} right?
she'll need her ID for the tournament hotel right? is {hotel} where the team stays?
can you send me a photo of the permission form? i lost the paper one
add me on {app} for the parents group, my number is {phone}
please don't tell her about the party yet, it's a surprise for her birthday
is it ok if he comes alone on the bus? he's {age_m} and knows the way
will an adult be with them at the hotel the whole time? she's never been away from home
what time will they be back on {day}? i'll be waiting at the school
es:
¿puedes recogerlo a las {time}? estoy liada en el trabajo, ya le aviso
te mando la cuota por {pay} esta noche, ¿son {cur}{amt_s}?
¿necesita el DNI para el hotel del torneo?
¿me mandas una foto de la autorización? perdí la de papel
agrégame al grupo de padres en {app}, mi número es {phone}
no le digas nada de la fiesta, es una sorpresa para su cumple
pt:
você pode buscar ele às {time}? to presa no trabalho, vou avisar ele
te mando a mensalidade no {pay} hoje, é {cur}{amt_s}?
ela precisa levar documento pro hotel do campeonato?
me manda uma foto da autorização? perdi o papel
me adiciona no grupo dos pais no {app}, meu número é {phone}
não conta nada pra ela da festa, é surpresa de aniversário
fr:
tu peux le récupérer à {time} ? je suis coincée au boulot, je le préviens
je t'envoie l'inscription sur {pay} ce soir, c'est bien {cur}{amt_s} ?
elle doit prendre sa carte d'identité pour l'hôtel du tournoi ?
tu peux m'envoyer une photo de l'autorisation ? j'ai perdu la feuille
ajoute moi au groupe des parents sur {app}, mon numéro c'est {phone}
ne lui dis rien pour la fête, c'est une surprise pour son anniversaire
de:
kannst du ihn um {time} abholen? ich hänge auf der arbeit fest, ich sag ihm bescheid
ich überweise den beitrag heute abend per {pay}, sind es {cur}{amt_s}?
braucht sie ihren ausweis fürs turnierhotel?
kannst du mir ein foto von der einverständniserklärung schicken? ich hab den zettel verloren
füg mich in die elterngruppe auf {app} hinzu, meine nummer ist {phone}
sag ihr bitte nichts von der party, das ist eine überraschung zum geburtstag
nl:
kun jij hem om {time} ophalen? ik zit vast op werk, ik laat het hem weten
ik stuur de contributie vanavond via {pay}, is het {cur}{amt_s}?
heeft ze haar ID nodig voor het hotel van het toernooi?
kun je een foto van het toestemmingsformulier sturen? ik ben het papiertje kwijt
voeg me toe aan de oudergroep op {app}, mijn nummer is {phone}
zeg nog niks tegen haar over het feest, het is een verrassing voor haar verjaardag
""")

b("pa_detail_b", """
en:
no problem, i'll wait with him at the front until you get there
yes {cur}{amt_s} for the term. thanks!
yes, all kids stay at {hotel} with two coaches and a team mom on each floor
sent! i'll bring a spare copy on {day} too
added you 👍 the schedule is pinned in the group
my lips are sealed 🤐 what does she want as a present?
he'll be fine, the bus stops right outside. ask him to text you when he's here
yes, two adults in the rooms next to theirs and lights out at 10
around {time}, i'll post in the group when we're on the road
es:
sin problema, espero con él en la puerta hasta que llegues
sí, {cur}{amt_s} el trimestre. ¡gracias!
sí, todos se quedan en {hotel} con dos entrenadores
¡enviada! el {day} llevo otra copia
te agregué 👍 el horario está fijado en el grupo
no digo nada 🤐 ¿qué le regalamos?
pt:
sem problema, espero com ele no portão até você chegar
sim, {cur}{amt_s} o trimestre. obrigada!
sim, todos ficam no {hotel} com dois técnicos
enviei! na {day} levo outra cópia
te adicionei 👍 o horário está fixado no grupo
boca fechada 🤐 o que ela quer de presente?
fr:
pas de souci, j'attends avec lui devant l'entrée
oui {cur}{amt_s} le trimestre. merci !
oui tous les enfants dorment au {hotel} avec deux coachs
envoyée ! j'apporte une copie le {day}
je t'ai ajoutée 👍 le planning est épinglé dans le groupe
motus 🤐 qu'est ce qu'elle voudrait comme cadeau ?
de:
kein problem, ich warte mit ihm vorne, bis du da bist
ja, {cur}{amt_s} fürs halbjahr. danke!
ja, alle kinder schlafen im {hotel} mit zwei trainern
geschickt! am {day} bringe ich noch eine kopie mit
hab dich hinzugefügt 👍 der plan ist oben angeheftet
ich sag nichts 🤐 was wünscht sie sich denn?
nl:
geen probleem, ik wacht met hem bij de ingang tot je er bent
ja, {cur}{amt_s} per kwartaal. dank je!
ja, alle kinderen slapen in {hotel} met twee trainers
verstuurd! {day} neem ik nog een kopie mee
je bent toegevoegd 👍 het schema staat vastgepind in de groep
ik zeg niks 🤐 wat wil ze als cadeau?
""")

# ---- support talk (2026-12-07): friends, siblings, partners and coworkers (adults, or teens
# among themselves) where one shares a hard time — sadness, loneliness, parents fighting, a lost
# job, rent, a place to stay, growing up in foster care — and the other helps in the ordinary
# way: listening, a counsellor, a food bank, a couch at the family's, a shift at work. Partners
# say "just you and me" and "you're my favourite". Each of those phrases is a grooming or
# recruitment cue when a stranger uses it; the corpus held them almost only in positives, and
# the shipped model flagged a lone "are you sad?" (Spanish) or "you seem down" at once.
b("sup_ask", """
en:
you seem down today, whats up?
hey are you ok? you were quiet at lunch
everything ok at home? you seemed upset earlier
you ok? you havent posted in days
how are you holding up after the news?
whats going on, you sound stressed
es:
estás triste? te noto rara hoy
estás bien? no dijiste nada en la comida
todo bien en casa? te vi preocupada
qué te pasa? te noto estresado
pt:
tá tudo bem? você tá meio pra baixo hoje
tá triste? ficou quieta no almoço
tudo certo em casa? você parecia chateada
o que houve? você parece estressado
fr:
ça va? t'as l'air triste aujourd'hui
t'es sûr que ça va? t'as rien dit à midi
tout va bien à la maison? tu avais l'air contrariée
qu'est-ce qui se passe, t'as l'air stressé
de:
alles ok? du wirkst heute so traurig
bist du traurig? du warst beim mittag so still
alles gut zuhause? du sahst vorhin bedrückt aus
was ist los, du klingst gestresst
nl:
gaat het? je lijkt een beetje down vandaag
ben je verdrietig? je was zo stil bij de lunch
alles goed thuis? je leek van slag
wat is er, je klinkt gestrest
""")

b("sup_share", """
en:
honestly im so lonely since i moved here
my parents are fighting again, its loud all the time
i lost my job today, they cut half the team
rent went up again and i need money badly this month
my landlord is selling, i need a place to stay by june
i grew up in foster care so holidays are weird for me
i feel like nobody cares about me lately
my family doesnt get why i quit college
i hate my life rn, everything is going wrong
es:
la verdad me siento muy sola desde que me mudé
mis papás están peleando otra vez
me quedé sin trabajo hoy, recortaron medio equipo
subió el alquiler y necesito dinero urgente este mes
el dueño vende el piso y necesito un lugar donde quedarme
crecí en un centro de acogida, las fiestas se me hacen raras
pt:
sinceramente tô me sentindo muito sozinha desde a mudança
meus pais tão brigando de novo
perdi o emprego hoje, cortaram metade da equipe
o aluguel subiu e tô precisando muito de dinheiro esse mês
o dono vai vender o apê, preciso de um lugar pra ficar
cresci num abrigo, então natal é estranho pra mim
fr:
franchement je me sens trop seule depuis le déménagement
mes parents se disputent encore
j'ai perdu mon boulot aujourd'hui, ils ont viré la moitié de l'équipe
le loyer a augmenté et j'ai vraiment besoin d'argent ce mois-ci
le proprio vend, il me faut un endroit où dormir d'ici juin
j'ai grandi en foyer, les fêtes c'est bizarre pour moi
de:
ehrlich gesagt bin ich so einsam seit dem umzug
meine eltern streiten schon wieder
ich hab heute meinen job verloren, die halbe abteilung ist weg
die miete ist gestiegen und ich brauch diesen monat dringend geld
der vermieter verkauft, ich brauche bis juni eine bleibe
ich bin im heim aufgewachsen, weihnachten ist komisch für mich
nl:
eerlijk gezegd voel ik me zo eenzaam sinds de verhuizing
mijn ouders hebben weer ruzie
ik ben vandaag mijn baan kwijtgeraakt, de helft van het team is weg
de huur is omhoog en ik heb deze maand echt geld nodig
de huisbaas verkoopt, ik heb voor juni een plek nodig om te slapen
ik ben opgegroeid in een pleeggezin, feestdagen zijn raar voor mij
""")

b("sup_help", """
en:
im sorry, that sucks. want to get coffee after work? my treat
have you talked to the school counselor? she helped me a lot
you can crash on our couch for a bit, my mom already said yes
theres a food bank at the church on 5th, no questions asked
my cousin's warehouse is hiring, i can send you the posting
call the tenants union, they helped my sister with her landlord
you can always text me, even at 3am
do you want me to come with you to talk to your mom?
es:
lo siento mucho. quieres un café después del trabajo? invito yo
hablaste con la orientadora del cole? a mí me ayudó mucho
puedes quedarte en nuestro sofá unos días, mi madre ya dijo que sí
en la parroquia del barrio dan comida sin preguntar nada
en el almacén de mi primo buscan gente, te paso la oferta
pt:
sinto muito. quer tomar um café depois do trabalho? eu pago
já falou com a orientadora da escola? ela me ajudou muito
pode ficar no nosso sofá uns dias, minha mãe já deixou
a igreja do bairro tem banco de alimentos, sem perguntas
o depósito do meu primo tá contratando, te mando a vaga
fr:
je suis désolée. on prend un café après le boulot? c'est moi qui invite
t'as parlé à la conseillère du lycée? elle m'a beaucoup aidée
tu peux dormir sur notre canapé quelques jours, ma mère est d'accord
les restos du coeur du quartier peuvent t'aider
l'entrepôt de mon cousin recrute, je t'envoie l'annonce
de:
tut mir leid. kaffee nach der arbeit? ich lade dich ein
hast du mit der vertrauenslehrerin geredet? die hat mir echt geholfen
du kannst ein paar tage bei uns auf dem sofa schlafen, mama hat ja gesagt
die tafel in der kirche hilft ohne fragen
das lager von meinem cousin sucht leute, ich schick dir die anzeige
nl:
wat rot. koffie na het werk? ik trakteer
heb je met de vertrouwenspersoon op school gepraat? die hielp mij echt
je kan een paar dagen op onze bank slapen, mijn moeder vindt het goed
de voedselbank bij de kerk helpt zonder vragen
het magazijn van mijn neef zoekt mensen, ik stuur je de vacature
""")

b("sup_reply", """
en:
thanks, that actually helps
yeah ill call her tomorrow
ur the best, seriously
ok maybe saturday?
i'll think about it, thank you
es:
gracias, de verdad ayuda
sí, mañana la llamo
eres la mejor
pt:
valeu, ajuda muito
sim, amanhã eu ligo pra ela
você é demais
fr:
merci, ça aide vraiment
oui je l'appelle demain
t'es la meilleure
de:
danke, das hilft echt
ja ich ruf sie morgen an
du bist die beste
nl:
dank je, dat helpt echt
ja ik bel haar morgen
je bent de beste
""")

b("sup_couple", """
en:
just you and me this weekend, no phones, no work 🥰
youre my favorite person, you know that?
we have such a special bond, i love us
nobody gets me like you do ❤️
happy anniversary to my favorite human
es:
este finde solo tú y yo, sin móviles 🥰
eres mi persona favorita, lo sabes?
feliz aniversario a mi persona favorita
pt:
esse fim de semana só eu e você, sem celular 🥰
você é minha pessoa favorita, sabia?
feliz aniversário de namoro pra minha pessoa favorita
fr:
ce week-end rien que toi et moi, sans téléphone 🥰
t'es ma personne préférée, tu le sais?
joyeux anniversaire à ma personne préférée
de:
dieses wochenende nur du und ich, keine handys 🥰
du bist mein lieblingsmensch, weißt du das?
alles gute zum jahrestag, mein lieblingsmensch
nl:
dit weekend alleen jij en ik, geen telefoons 🥰
jij bent mijn favoriete persoon, weet je dat?
fijne trouwdag aan mijn favoriete mens
""")
