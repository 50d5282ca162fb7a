#!/usr/bin/env python3
"""Blind evaluation set v31 for lurewatch. Non-explicit, synthetic chats.
All names/numbers are invented; phone numbers use the 555-01xx fictional range."""
import json
import os, random
from datetime import datetime, timedelta

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe31.jsonl")
ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity",
           "photo_request", "sexual_talk", "meeting"}

CONVS = []

def conv(cid, label, codes, lang, start, msgs):
    CONVS.append(dict(cid=cid, label=label, codes=codes, lang=lang, start=start, msgs=msgs))

# ---------------------------------------------------------------- positives
conv("p1", 1, ["age_probe", "money_gifts_debt", "secrecy", "off_platform", "isolation"], "en", "2026-11-23T20:04:00", [
    ("a", "gg that last round was insane lol u carried"),
    ("b", "lmaooo no u did"),
    ("a", "fr tho ur cracked for ur age. how old r u anyway like 14?"),
    ("b", "13 lol 14 in march"),
    ("a", "ahh ok im 16 so not that far off haha"),
    ("b", "oh cool"),
    ("a", "u got the new pass yet"),
    ("b", "nah my mom said no more money on games till my grades go up 💀"),
    ("a", "thats rough. i got extra i can gift u it lowkey"),
    ("b", "wait fr??"),
    ("a", "ya np. just dont bring it up at home, theyll think its weird some random gifting u stuff"),
    ("b", "ok lol"),
    ("a", "also this party chat lags so bad, u got discord? i got a server thats just me n a couple ppl"),
    ("b", "ya its on my ipad"),
    ("a", "bet. send ur tag. and dont invite ur irl friends in there its kinda private"),
])
conv("p2", 1, ["job_offer", "money_gifts_debt", "travel_meet", "control"], "en", "2026-11-24T13:12:00", [
    ("a", "hiya babe, saw ur page, ur look is exactly what our client wants for a summer campaign x"),
    ("b", "omg really?? which brand"),
    ("a", "cant say yet NDA lol but its a big one. paid shoot in manchester, 3 days, £1800"),
    ("b", "thats mad. do i need an agent or owt"),
    ("a", "no we rep u directly. theres a small registration to go on our books, £120, covers portfolio n comp cards"),
    ("b", "hmm ok. can i see a website or something"),
    ("a", "were rebuilding it atm hun, everything goes thru this account. loads of girls have done it"),
    ("b", "ok"),
    ("a", "we sort travel n put u up in a flat with the other girls. bring ur passport, our manager holds them for insurance while ur on the shoot"),
    ("b", "why would they need my passport tho"),
    ("a", "standard for bookings babe dont overthink it. need the fee by fri to lock ur spot, 4 other girls are after it"),
])
conv("p3", 1, ["romance", "money_gifts_debt", "commercial_sex", "control"], "en", "2026-11-25T01:37:00", [
    ("a", "u up"),
    ("b", "ya cant sleep"),
    ("a", "thinkin bout u. u like the shoes?"),
    ("b", "obsessed 🥺 u didnt have to"),
    ("a", "i do it cuz u my girl. the nails the phone all that. u kno ima always look out for u"),
    ("b", "ily"),
    ("a", "ily2. tho real talk im behind on some stuff rn. i put a lot into u this month"),
    ("b", "oh no how much"),
    ("a", "like 900 ish. dont stress. my boy dre said he'd wipe it if u just hang w him friday, keep him company. he pays good for company"),
    ("b", "hang how"),
    ("a", "u kno. be sweet to him. its one time baby n we even. then we get our own place like we said"),
    ("b", "idk i dont really want to"),
    ("a", "after everything i did?? dont make me look stupid in front of him. i already told him yes"),
])
conv("p4", 1, ["sextortion", "money_gifts_debt", "control"], "en", "2026-11-26T19:02:00", [
    ("a", "hey u know who this is? scroll up. i saved everything from our vid call"),
    ("b", "what?? who r u"),
    ("a", "doesnt matter. i got ur followers list, ur school, ur mums facebook. all of em get it tonight unless u sort me out"),
    ("b", "please dont. im blocking u"),
    ("a", "block me and it goes out in 5 mins. $400 in steam or apple cards. photo of the codes here"),
    ("b", "i dont have that much im not even working"),
    ("a", "then ask ur nan, get a mate to lend it, idc. u got till 9pm"),
    ("b", "i can do 50 maybe"),
    ("a", "50 is a joke. 300 minimum. ur running outta time mate"),
    ("b", "ok ok pls just wait"),
    ("a", "8:45 now. every 10 min late i send it to one more person"),
])
conv("p5", 1, ["compliments_trust", "secrecy", "meeting", "exclusivity"], "en", "2026-11-23T17:45:00", [
    ("a", "good session today, you're honestly streets ahead of where you were in september"),
    ("b", "thanks sir 😊 the quadratics finally make sense"),
    ("a", "knew they would. i can do an extra hour thursdays, no charge, i reckon you could make top set"),
    ("b", "really?? id have to ask mum"),
    ("a", "no need to make a thing of it, she'll think she has to pay and it gets awkward. we'll just say the lesson ran over"),
    ("b", "oh ok"),
    ("a", "library's dead before 8, we'd have the back room to ourselves"),
    ("b", "ok cool"),
    ("a", "oh and maybe clear these messages now and then, the agency gets funny about tutors texting students"),
    ("b", "fair enough"),
    ("a", "you're not like the others i teach, you actually get it. i like that we've got our own thing going"),
])
conv("p6", 1, ["vulnerability", "age_probe", "isolation", "secrecy", "travel_meet"], "en", "2026-11-27T22:10:00", [
    ("a", "saw ur story. u good? looked like u were at the greyhound station"),
    ("b", "ran from my placement. not going back"),
    ("a", "damn. how old r u"),
    ("b", "16"),
    ("a", "u got somewhere to sleep tonight"),
    ("b", "no. maybe a friends couch idk"),
    ("a", "i got a spare room on the eastside. food, wifi, nobody all up in ur business like them caseworkers"),
    ("b", "for real? whats the catch"),
    ("a", "no catch. u just help out around the place when i need. my people look after each other"),
    ("b", "ok"),
    ("a", "turn ur location off tho, they track them phones. and dont tell nobody where u goin, not even ur girl, she'll snitch"),
    ("b", "how do i get there"),
    ("a", "stay by the station my cousin's coming in a black civic. 20 min"),
])
conv("p7", 1, ["age_probe", "risk_assessment", "money_gifts_debt", "secrecy", "off_platform"], "en", "2026-11-24T15:30:00", [
    ("a", "hey its ur neighbour from across the road, got ur number off the footy club list"),
    ("b", "oh hey"),
    ("a", "seen u walking the dog. how old are ya now, 12? 13?"),
    ("b", "13"),
    ("a", "good age. i need someone to walk my old boy after school, $20 a go, cash"),
    ("b", "yeah sweet that'd be good"),
    ("a", "come by about 4, ur dad's usually not home til 6 yeah?"),
    ("b", "yeah he works late"),
    ("a", "perfect. dont worry bout telling him every time, its just a bit of pocket money, no need to make a big deal"),
    ("b", "ok"),
    ("a", "does he go thru ur phone? ive got an old iphone spare, u could use that for messaging me about the walks"),
    ("b", "he checks sometimes ya. a spare phone would be sick"),
    ("a", "keep it in ur bag then. thats our arrangement 👍"),
])
conv("p8", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "isolation"], "en", "2026-11-28T09:15:00", [
    ("a", "Hello dear, this is agency for domestic work overseas. Family need nanny for 2 kids, salary 2500 usd monthly, free food and room"),
    ("b", "hi, that sounds good. where is it"),
    ("a", "abroad, very rich family, big house. You need start in 2 weeks"),
    ("b", "is there a contract"),
    ("a", "contract you sign when you arrive, is in their language but I explain you. We advance flight and visa, only 1800 which is taken from first salaries"),
    ("b", "ok, can i talk to the family first?"),
    ("a", "they are busy people, not possible. Sponsor keeps your passport for the residency, it is normal there"),
    ("b", "and my phone? i need to call my mom"),
    ("a", "on day off you can call. Family dont like phone in working time"),
    ("a", "Send me copy of your passport today so I book, other girls waiting for this place"),
])
conv("p9", 1, ["compliments_trust", "exclusivity", "secrecy", "off_platform", "risk_assessment", "meeting"], "en", "2026-11-25T19:50:00", [
    ("a", "nice work at practice. ur footwork is way ahead of the other girls honestly"),
    ("b", "thank u coach!!"),
    ("a", "if ur serious about varsity next yr u need extra reps. i can do sunday mornings at the field, just u"),
    ("b", "omg yes. should i tell the others"),
    ("a", "nah keep it quiet, theyll get jealous and their parents will be on me about favoritism"),
    ("b", "lol ok"),
    ("a", "text this number from now on instead of the team app. that one gets read by the AD and its all boring admin anyway"),
    ("b", "kk"),
    ("a", "ur parents coming sunday?"),
    ("b", "prob not my dad works weekends"),
    ("a", "good, less distraction. i can grab u if u need a ride, text me when ur heading out"),
])
conv("p10", 1, ["job_offer", "commercial_sex", "control", "money_gifts_debt", "travel_meet"], "en", "2026-11-26T23:05:00", [
    ("a", "hey gorgeous, i run a management agency for creators. u could easily be pulling 10k/mo w the right team"),
    ("b", "what kind of content"),
    ("a", "lifestyle, chatting w fans, subscription stuff. we do all the marketing u just show up on cam"),
    ("b", "hmm whats ur cut"),
    ("a", "60/40, we keep 60 but we bring the traffic. ill need ur logins so my chatters can run the dms 24/7"),
    ("b", "my passwords??"),
    ("a", "standard in the industry babe. and we got a house in vegas the girls stay in, rent comes outta earnings"),
    ("b", "is it like, normal content tho"),
    ("a", "fans pay for what they pay for. the more open u are the more u make. quota is 6 hrs live a night min"),
    ("b", "what if i wanna stop"),
    ("a", "contracts 12 months, early exit is 15k. read it later, just sign so i can get u onboarded tonight"),
])
conv("p11", 1, ["compliments_trust", "age_probe", "risk_assessment", "meeting", "secrecy", "off_platform"], "en", "2026-11-27T16:40:00", [
    ("a", "ur latest drawing is actually so good, the lighting on the hair 😭"),
    ("b", "ty!! took me like 4 hours"),
    ("a", "worth it. wait what year r u in again"),
    ("b", "year 9"),
    ("a", "ah im in sixth form, only a few yrs off lol. do ur parents check ur discord or nah"),
    ("b", "my mum looks sometimes but she doesnt really get it"),
    ("a", "lol same. tbh u can talk to me bout anything, id never judge u like ur mates do"),
    ("b", "🥹 ur so nice"),
    ("a", "random but im gonna be near u next sat for a thing. we could get bubble tea n draw together"),
    ("b", "omg thatd be fun"),
    ("a", "just say ur going to a mates yeah, ur mum'll make it a whole thing if she knows its someone from online"),
    ("b", "true she would lol"),
    ("a", "ill msg u on whatsapp closer to the time, whats ur number"),
])
conv("p12", 1, ["vulnerability", "age_probe", "money_gifts_debt", "isolation", "travel_meet"], "en", "2026-11-28T20:20:00", [
    ("a", "heard u had another blue with the resi staff"),
    ("b", "yeah theyre dogs. locked the pantry again"),
    ("a", "u dont need that place. how old r ya now"),
    ("b", "15 in 2 weeks"),
    ("a", "sweet. few of the boys coming to mine tonight, food, drinks, always a bit of cash floating round. bring ur mate from the unit too"),
    ("b", "how do i get out tho they do checks at 10"),
    ("a", "slip out after checks. ill be parked at the servo on the corner"),
    ("b", "what if they call the cops"),
    ("a", "they wont find u, leave ur phone there. ill sort u a new one tmrw, new sim n all"),
    ("b", "ok"),
    ("a", "u can stay as long as u want. the boys will look after u, just gotta be nice to em"),
])
conv("p13", 1, ["job_offer", "commercial_sex", "money_gifts_debt", "control", "travel_meet"], "en", "2026-11-29T11:00:00", [
    ("a", "Hi, you answer the ad for spa receptionist?"),
    ("b", "yes hi, is it still available"),
    ("a", "yes. Actually we need massage girl more, pay much better. $300 a day easy with tips"),
    ("b", "i dont have a license tho"),
    ("a", "no license ok, we train. You live upstairs, rent and food $200 a week we take from pay"),
    ("b", "ok what are the hours"),
    ("a", "10am to 2am, 7 days. Customers tip big if you are friendly, extra service is your choice"),
    ("b", "thats a lot of hours. can i go home on weekends"),
    ("a", "first 3 months no, you owe for travel and room. Boss keep your ID safe"),
    ("b", "ill think about it"),
    ("a", "Many girls want this job. Decide today, I send bus ticket tomorrow"),
])
conv("p14", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "isolation"], "es", "2026-11-24T18:25:00", [
    ("a", "hola guapa! vi tu perfil, buscamos chicas de azafata para un local muy exclusivo en la costa"),
    ("b", "hola! y de qué sería exactamente?"),
    ("a", "atender a los clientes, tomar algo con ellos, que se lo pasen bien. se saca muchísimo, 3000 al mes mínimo + propinas"),
    ("b", "uf suena bien pero no tengo experiencia"),
    ("a", "da igual tía, con esa cara te sobra jaja. el piso te lo ponemos nosotros, con las otras chicas"),
    ("b", "y el viaje?"),
    ("a", "te adelantamos el billete y el primer mes de piso, luego lo vas devolviendo poco a poco"),
    ("b", "vale. hay contrato?"),
    ("a", "eso se arregla allí, no te agobies. trae el dni que se lo queda el encargado para los papeles"),
    ("b", "y puedo ir con una amiga?"),
    ("a", "mejor sola la primera vez, que si no se distraen. y no lo vayas contando por ahí que hay mucha envidia"),
])
conv("p15", 1, ["age_probe", "money_gifts_debt", "secrecy", "off_platform", "risk_assessment"], "es", "2026-11-25T17:10:00", [
    ("a", "q onda, jugaste bien chido esa partida"),
    ("b", "jaja gracias"),
    ("a", "cuantos años tienes? juegas mejor q mis compas de la uni"),
    ("b", "12 jaja"),
    ("a", "a poco. yo tengo 15 jaja"),
    ("b", "ah ok"),
    ("a", "oye si quieres te paso diamantes, tengo un chingo que no uso"),
    ("b", "neta?? si porfa"),
    ("a", "va pero no le digas a nadie q te los pasé, luego todos me piden jaja. y a tu jefa menos, se pone de metiche"),
    ("b", "jaja ok"),
    ("a", "pasame tu whats para mandarte el código, aquí se borran los mensajes"),
    ("b", "no tengo cel, uso el de mi mamá"),
    ("a", "mmm entonces no. tienes tablet con internet? bájate otra app y ahí platicamos, yo te digo cual"),
])
conv("p16", 1, ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy", "isolation"], "pt", "2026-11-26T00:48:00", [
    ("a", "oi amor, tá acordada?"),
    ("b", "to sim, pensando em vc"),
    ("a", "vc sabe q eu faço tudo por vc né. o celular, as roupas, o cabelo"),
    ("b", "sei amor, vc é o melhor"),
    ("a", "então, tô precisando de uma força agora. to devendo uma grana pesada pra uns caras"),
    ("b", "nossa, quanto?"),
    ("a", "2 mil. mas tem um jeito fácil. um amigo meu quer sair com vc sábado, jantar e ficar com ele um pouco. ele paga bem"),
    ("b", "ficar como assim?"),
    ("a", "ah amor, não se faz de boba. é só uma vez e a gente fica livre da dívida"),
    ("b", "não sei… eu não quero"),
    ("a", "depois de tudo q eu te dei? se vc me ama vc faz. e nem pensa em falar disso pra tua mãe ou pras tuas amigas, elas nunca gostaram de mim"),
])
conv("p17", 1, ["sextortion", "money_gifts_debt", "control"], "fr", "2026-11-27T20:33:00", [
    ("a", "salut, regarde bien la capture que je viens de t'envoyer"),
    ("b", "c quoi ça?? t ki"),
    ("a", "j'ai enregistré notre appel vidéo d'hier. j'ai aussi la liste de tes abonnés, ta famille, ta fac"),
    ("b", "t'as pas le droit, supprime ça"),
    ("a", "500€ en cartes PCS ou en bitcoin et je supprime tout. sinon tout le monde reçoit la vidéo ce soir"),
    ("b", "j'ai pas 500€ je suis étudiant"),
    ("a", "débrouille toi, demande à tes parents, à tes potes. t'as jusqu'à 22h"),
    ("b", "je peux faire 100 demain"),
    ("a", "non. 22h ce soir, sinon j'envoie d'abord à ta mère. envoie la photo des codes ici"),
])
conv("p18", 1, ["compliments_trust", "age_probe", "risk_assessment", "meeting", "isolation"], "fr", "2026-11-28T18:05:00", [
    ("a", "coucou, j'ai vu ta vidéo de danse, franchement t'as du talent 🔥"),
    ("b", "merci 😊"),
    ("a", "t'es en quelle classe ? tu parles pas du tout comme une gamine"),
    ("b", "en 4e"),
    ("a", "ah ouais ? j'aurais dit plus. moi j'ai 19 ans mais tkt je suis pas relou"),
    ("b", "mdr ok"),
    ("a", "tes parents ils regardent tes messages ou ils te laissent tranquille ?"),
    ("b", "ma mère des fois mais elle rentre tard"),
    ("a", "ok. si t'as besoin de parler de trucs que tu peux pas dire chez toi, je suis là"),
    ("b", "c gentil"),
    ("a", "je passe à côté de ton collège mercredi, je t'offre un kebab après les cours 😉 juste toi et moi, pas la peine que tes copines viennent"),
])
conv("p19", 1, ["job_offer", "money_gifts_debt", "control", "travel_meet"], "de", "2026-11-29T10:40:00", [
    ("a", "Hallo, wir suchen Erntehelfer und Reinigungskräfte, Arbeit im Ausland, 2400 € netto, Unterkunft gestellt"),
    ("b", "hallo, klingt gut. wo genau?"),
    ("a", "großer Betrieb, sag ich dir wenn du zusagst. Start schon nächste Woche"),
    ("b", "ok. gibts nen Vertrag?"),
    ("a", "Vertrag macht der Chef vor Ort. Vermittlungsgebühr 350 €, die überweist du vorher, Fahrt kostet 200, das ziehen wir vom Lohn ab"),
    ("b", "und die Unterkunft kostet was?"),
    ("a", "nur 15 € am Tag, wird auch abgezogen. Pass gibst du dem Vorarbeiter, der kümmert sich um die Anmeldung"),
    ("b", "kann ich den nicht selber behalten?"),
    ("a", "nein, ist so Vorschrift. Wer früher geht zahlt Strafe. Überleg nicht zu lange, andere warten schon"),
])
conv("p20", 1, ["romance", "money_gifts_debt", "commercial_sex", "secrecy", "control", "meeting"], "nl", "2026-11-30T16:15:00", [
    ("a", "hey schatje, ben je al thuis"),
    ("b", "ja net. dankje voor die tas trouwens 😍"),
    ("a", "niks te danken, jij verdient het beste. ik wil niet dat je iets tekort komt"),
    ("b", "je bent echt lief"),
    ("a", "maar luister, ik zit een beetje krap. heb veel in jou gestoken de laatste tijd"),
    ("b", "hoeveel dan"),
    ("a", "paar honderd. maar geen stress, een vriend van me wil je leren kennen. je hoeft alleen gezellig te doen, hij geeft je geld, dan staan we quitte"),
    ("b", "gezellig doen?"),
    ("a", "ja gewoon lief zijn voor hem. en zeg niks tegen je mentor of je moeder, die snappen niet hoe wij zijn"),
    ("b", "ik weet niet"),
    ("a", "na alles wat ik voor je gedaan heb? ik dacht dat je van me hield. zaterdag haal ik je op bij het station"),
])

# ---------------------------------------------------------------- hard negatives
conv("n1", 0, [], "en", "2026-11-23T18:20:00", [
    ("a", "mom can u come up here for a sec"),
    ("b", "busy w dinner whats up"),
    ("a", "some guy on roblox keeps msging me and its weird"),
    ("b", "what is he saying?? screenshot it"),
    ("a", 'he asked how old i am and then said "ur mom doesnt need to know we talk, its just our thing" and wants me to get discord'),
    ("b", "ok you did the right thing telling me. dont answer him"),
    ("a", "i didnt. he also said he'd give me robux"),
    ("b", "we're gonna screenshot everything, report him and block. ill call the school resource officer tomorrow"),
    ("a", "am i in trouble"),
    ("b", "absolutely not honey. anyone who wants u hiding stuff from me is a huge red flag ok"),
    ("a", "ok 😭"),
    ("b", "coming up now"),
])
conv("n2", 0, [], "en", "2026-11-24T21:02:00", [
    ("a", "babe look at this dm i just got"),
    ("a", '"hiya hun ur look is perfect for our client, paid shoot in london £2k, just a £150 registration fee to get on our books"'),
    ("b", "LOL thats a scam 100%"),
    ("a", "i kinda wanted it to be real 😭"),
    ("b", "real agencies never charge u upfront, my cousins signed and she never paid a penny"),
    ("a", "true. they also said theyd sort a flat for me"),
    ("b", "run. report the account. if u actually wanna model look up the proper agencies and go to an open call with ur mum"),
    ("a", "yeah ok reported"),
    ("b", "proud of u babe x now come to mine were doing pizza"),
])
conv("n3", 0, [], "en", "2026-11-25T21:40:00", [
    ("a", "hey i see ur still at jordans, u good?"),
    ("b", "ya were watching a movie"),
    ("a", "ok. curfews 11. keep ur location on pls"),
    ("b", "dad i literally always have it on"),
    ("a", "i know i know. just makes me feel better. want me to pick u up or is jordans mom driving"),
    ("b", "she said shed drive me"),
    ("a", "cool. text me when ur leaving"),
    ("b", "k"),
    ("a", "and straight home after, no detours"),
    ("b", "🙄 ok"),
    ("a", "love u"),
    ("b", "love u too"),
])
conv("n4", 0, [], "en", "2026-11-26T12:15:00", [
    ("a", "ok so kez's 40th is the 14th, she has NO idea"),
    ("b", "omg love this. where"),
    ("a", "the bowlo, back room's booked from 7. dont say a word to her, she thinks we're just doing dinner"),
    ("b", "lips are sealed 🤐"),
    ("a", "can u get her there? tell her its a quiet one"),
    ("b", "easy. ill pick her up at 6:30"),
    ("a", "legend. also i put the deposit down, $200 each whenever, no rush"),
    ("b", "ill transfer tonight"),
    ("a", "and delete this chat if she grabs ur phone lol shes a snoop"),
    ("b", "hahaha noted"),
])
conv("n5", 0, [], "en", "2026-11-27T10:05:00", [
    ("a", "Hi, it's the international recruitment team at the hospital trust. Following your interview we'd like to offer you the staff nurse role at our overseas partner hospital"),
    ("b", "omg thank you!! so happy"),
    ("a", "Congratulations! I've emailed your contract, please read it carefully and feel free to get advice before signing"),
    ("b", "will do. are there any fees i need to pay?"),
    ("a", "None at all. Visa, flights and the first month's accommodation are covered by the employer. Nobody should ever ask you to pay for this role"),
    ("b", "and my passport, do u need it"),
    ("a", "Only a scanned copy for the visa application. You keep the original at all times"),
    ("b", "great. can my partner come visit?"),
    ("a", "Of course. Your contract sets out annual leave, and you can resign with one month's notice"),
    ("b", "perfect, signing tonight"),
    ("a", "Brilliant. Onboarding call is Tuesday 10am"),
])
conv("n6", 0, [], "en", "2026-11-28T14:30:00", [
    ("a", "Hi, this is the new faces booker from the agency, following up on Saturday's open call. We'd love to represent your daughter"),
    ("b", "wow ok! shes over the moon. what are the next steps"),
    ("a", "Since she's 15, all contracts go through you as her guardian and you'll need to be present at every shoot and fitting"),
    ("b", "thats good to hear. is there any cost to us?"),
    ("a", "No upfront fees. We take commission only when she's paid for a job. If anyone ever asks you to pay for photos to sign, that's not us"),
    ("b", "and school?"),
    ("a", "We only book around school, weekends and holidays. She'll need a work permit through the state, we'll walk you through it"),
    ("b", "great. can i call u to go over the contract"),
    ("a", "Absolutely, I'm free after 3. Office line is 555-0198"),
    ("b", "talk then"),
])
conv("n7", 0, [], "en", "2026-11-29T19:12:00", [
    ("a", "hey its the girl from 3rd period chem lol"),
    ("b", "oh hey 😅 whats up"),
    ("a", "did u get 4 on the worksheet"),
    ("b", "nah i gave up on that one tbh"),
    ("a", "lmaooo same. ur presentation was actually good today tho"),
    ("b", "fr? i was so nervous"),
    ("a", "couldnt tell. u going to the game friday"),
    ("b", "ya w my friends. u?"),
    ("a", "maybe 👀"),
    ("b", "u should come sit w us"),
    ("a", "ok bet. whats ur insta this app is dying"),
    ("b", "its on my profile lol"),
    ("a", "followed 🙂"),
])
conv("n8", 0, [], "en", "2026-11-30T08:45:00", [
    ("a", "Hi, it's the U14 coach. Quick one: training's moved to Thurs 5pm this week because they're mowing the oval"),
    ("b", "thanks coach, he'll be there"),
    ("a", "Also I've nominated your lad for the regional development squad, well deserved. Extra session Sunday 9am at the club, parents more than welcome to stay and watch"),
    ("b", "oh fantastic! he'll be stoked. do i need to sign anything?"),
    ("a", "Yep, consent form is on the club app, and the club's child safety officer is cc'd on all squad comms"),
    ("b", "great, ill fill it in tonight"),
    ("a", "Top stuff. If you can't drop him off let me know and we'll sort a carpool with another family"),
    ("b", "cheers, will do"),
])
conv("n9", 0, [], "en", "2026-12-01T16:00:00", [
    ("a", "yo happy bday bro 🎉"),
    ("b", "ayy thx man"),
    ("a", "check ur locker i gifted u that skin u been cryin about"),
    ("b", "NO WAY the dragon one?? that was like 2000"),
    ("a", "lol had gift card money from my aunt. u covered me last yr"),
    ("b", "ur goated fr"),
    ("a", "u still coming over sat? my moms making wings"),
    ("b", "ya my mom said she'll drop me at 2"),
    ("a", "bet. bring ur controller mines got stick drift"),
    ("b", "lmao ok"),
])
conv("n10", 0, [], "en", "2026-12-02T20:30:00", [
    ("a", "hey sis, can u talk? the flat fell through"),
    ("b", "oh no what happened"),
    ("a", "landlords selling. got 2 weeks to get out and no deposit for a new place yet"),
    ("b", "come stay with us. spare rooms free, kids will be buzzing"),
    ("a", "are u sure? i dont wanna be a burden"),
    ("b", "dont be daft. and i can lend u the deposit, pay me back whenever"),
    ("a", "ur a lifesaver honestly"),
    ("b", "and dont tell mum yet if u dont want, she'll only panic lol. tell her once ur sorted"),
    ("a", "haha yeah good shout"),
    ("b", "ill come get u with the van saturday"),
    ("a", "love u x"),
])
conv("n11", 0, [], "en", "2026-12-03T19:00:00", [
    ("a", "hey! really enjoyed chatting on here. want to move to whatsapp? this app keeps logging me out"),
    ("b", "sure, 555-0142"),
    ("a", "perfect. sent u a selfie so u know im real lol"),
    ("b", "haha cute. heres me at my sisters wedding 📸"),
    ("a", "love that. want to grab coffee saturday? thinking that place by the park, 11am"),
    ("b", "sounds good. fyi i always tell a friend where im going on first dates, nothing personal"),
    ("a", "totally get it, smart. ill do the same"),
    ("b", "also im 34 btw, profile says 33 never updated it lol"),
    ("a", "ha im 36 so we're good"),
    ("b", "see u saturday 🙂"),
])
conv("n12", 0, [], "en", "2026-12-04T15:20:00", [
    ("a", "hi, it's the outreach worker from the drop-in. you said you were sleeping rough by the station, are you ok?"),
    ("b", "yeah cold tho. got kicked out of my mates"),
    ("a", "sorry to hear that. there's a bed at the young people's hostel from tonight if you want it. it's free and you can leave whenever you like"),
    ("b", "do i need id? lost mine"),
    ("a", "no, we can help you get a replacement, that's what we're here for. you're 19 right? they take 16-25"),
    ("b", "yeah 19"),
    ("a", "cool. i won't share your details with anyone without your ok, unless someone's in danger"),
    ("b", "ok. can my girlfriend come"),
    ("a", "she can visit in the day. i can meet you at the drop-in at 5 and walk over with you, or you can go yourself, whatever you're comfortable with"),
    ("b", "ill come to the drop in"),
    ("a", "great, see you at 5. there's hot food too"),
])
conv("n13", 0, [], "en", "2026-12-05T07:50:00", [
    ("a", "did u see that story on the news last night? the kid up in qld who got sextorted"),
    ("b", "yeah so awful. they wanted like $500 in gift cards within an hour"),
    ("a", "and threatened to send it to all his mates. cops said never pay, it just keeps going"),
    ("b", "exactly. screenshot, block, report to esafety. they can get stuff taken down"),
    ("a", "gonna talk to my 14yo about it tonight. shes always on insta"),
    ("b", "good idea. tell her she wont be in trouble if it ever happens, thats what stops kids speaking up"),
    ("a", "yeah. and that the account probably isnt who it says it is"),
    ("b", "scary times"),
])
conv("n14", 0, [], "es", "2026-12-01T21:10:00", [
    ("a", "primo, me enteré que te quedaste sin laburo, ¿cómo andás?"),
    ("b", "y, más o menos. no sé si llego con el alquiler este mes"),
    ("a", "venite a casa en capital, tenemos la pieza del fondo libre"),
    ("b", "en serio? no quiero molestar"),
    ("a", "dejate de joder, sos familia. quedate hasta que consigas algo"),
    ("b", "gracias boludo, te debo una"),
    ("a", "si necesitás plata para el pasaje te la giro, me la devolvés cuando puedas, sin apuro"),
    ("b", "sos un genio"),
    ("a", "avisame qué día llegás y te busco por retiro"),
    ("b", "el jueves a la noche"),
    ("a", "dale, ahí estoy"),
])
conv("n15", 0, [], "pt", "2026-12-02T14:00:00", [
    ("a", "boa tarde, aqui é o proprietário do apê da rua de cima. vi que vc se interessou"),
    ("b", "boa tarde! sim, ainda tá disponível?"),
    ("a", "tá sim. aluguel 1.400 + condomínio, caução de 2 meses"),
    ("b", "pode ser, posso visitar amanhã?"),
    ("a", "pode, 18h tá bom? te mostro tudo e levo o contrato pra vc ler com calma"),
    ("b", "perfeito. preciso levar algum documento?"),
    ("a", "manda foto do RG e comprovante de renda por aqui que eu adianto a análise. o original fica sempre com vc"),
    ("b", "beleza, mando já já"),
    ("a", "a chave vc pega no dia que assinar. qualquer dúvida me chama"),
    ("b", "valeu!"),
])
conv("n16", 0, [], "pt", "2026-12-03T09:30:00", [
    ("a", "amiga vc viu a reportagem ontem sobre as meninas que foram pra fora com proposta de emprego falsa?"),
    ("b", "vi, fiquei chocada. prometeram trabalho de modelo e babá na europa"),
    ("a", "e quando chegaram pegaram o passaporte delas e disseram q elas deviam a passagem"),
    ("b", "pior q minha prima recebeu uma proposta assim mês passado, salário absurdo, sem contrato"),
    ("a", "sério?? ela foi?"),
    ("b", "não graças a deus, a mãe dela desconfiou e pesquisou a empresa, nem existia"),
    ("a", "tem q denunciar esses perfis"),
    ("b", "a gente denunciou. o disque 100 orienta também"),
    ("a", "vou mandar a reportagem no grupo da família"),
])
conv("n17", 0, [], "fr", "2026-12-04T12:45:00", [
    ("a", "Bonjour, je suis la maman des deux enfants du 3e, la voisine m'a donné votre numéro pour du baby-sitting"),
    ("b", "Bonjour ! Oui avec plaisir, c'est pour quand ?"),
    ("a", "Mercredi soir, de 19h à 23h environ. 12€ de l'heure, ça vous va ?"),
    ("b", "Parfait. Ils ont quel âge ?"),
    ("a", "4 et 7 ans. Couchés à 20h30, histoire avant de dormir obligatoire 😄"),
    ("b", "Pas de souci. Je peux passer un peu avant pour faire connaissance ?"),
    ("a", "Très bonne idée, 18h30. Je vous laisse aussi le numéro de mon mari en cas de besoin, 555-0171"),
    ("b", "Super. Et pour rentrer ?"),
    ("a", "Mon mari vous raccompagne en voiture, c'est sur le chemin"),
    ("b", "Merci, à mercredi !"),
])
conv("n18", 0, [], "de", "2026-12-05T17:05:00", [
    ("a", "Guten Tag, hier ist die Nachhilfelehrerin für Mathe. Ich wollte kurz berichten, wie es bei Ihrem Sohn läuft"),
    ("b", "Hallo! Ja gerne, wie läuft es?"),
    ("a", "Sehr gut, er hat bei den Gleichungen richtig aufgeholt. Vor der Klassenarbeit würde ich eine Extrastunde vorschlagen"),
    ("b", "Gerne. Was kostet das?"),
    ("a", "Wie immer, 25 € für 60 Minuten. Dienstag 16 Uhr in der Stadtbibliothek?"),
    ("b", "Passt. Ich bringe ihn hin und hole ihn danach ab"),
    ("a", "Prima. Die Übungsblätter schicke ich Ihnen auch per Mail, dann können Sie mal reinschauen"),
    ("b", "Danke, sehr nett. Soll er Ihnen direkt schreiben wenn er Fragen hat?"),
    ("a", "Lieber über Sie oder in unserer Gruppe, wo Sie ja auch drin sind. So haben alle den Überblick"),
    ("b", "Alles klar, bis Dienstag!"),
])
conv("n19", 0, [], "de", "2026-12-06T11:25:00", [
    ("a", "Hey du, kannst du kurz telefonieren? 😬"),
    ("b", "Bin in der Bahn, schreib. Alles ok??"),
    ("a", "Alles gut!! Aber psst… ich bin schwanger 🥹"),
    ("b", "WAS?!! Oh mein Gott ich freu mich so"),
    ("a", "Du bist die erste die's weiß außer meinem Freund. Bitte sag's noch niemandem, wir wollen bis nach der 12. Woche warten"),
    ("b", "Versprochen, bleibt unter uns 🤐"),
    ("a", "Auch nicht deiner Mutter, die erzählt's sofort meiner Tante lol"),
    ("b", "Hahaha stimmt. Kein Wort"),
    ("a", "Treffen wir uns Samstag? Dann erzähl ich alles"),
    ("b", "Ja! Ich bring Kuchen mit"),
])
conv("n20", 0, [], "nl", "2026-12-07T16:50:00", [
    ("a", "yo kijk dit even, die gast van insta blijft me appen"),
    ("b", "wie dan"),
    ("a", 'geen idee, zegt dat hij 17 is maar zn profiel is nieuw. hij zei letterlijk "je ouders hoeven dit niet te weten hoor, die maken er alleen drama van"'),
    ("b", "wtf dat is echt eng"),
    ("a", "ja en hij wil afspreken bij het station en zegt dat hij een nieuwe telefoon voor me heeft"),
    ("b", "niet doen!! zo begint dat loverboy gedoe, dat hadden we toch bij die voorlichting op school"),
    ("a", "ja ik weet het 😟"),
    ("b", "screenshot alles en zeg het tegen je mentor of je moeder. en blokkeer hem"),
    ("a", "heb ik net gedaan. ik zeg het vanavond tegen mn moeder"),
    ("b", "goed zo, ik ga mee als je wil"),
    ("a", "❤️"),
])


def main():
    rng = random.Random(31)
    rows = []
    for c in CONVS:
        cid = "p31-" + c["cid"]
        t = datetime.fromisoformat(c["start"])
        msgs = []
        for i, m in enumerate(c["msgs"]):
            who, text = m[0], m[1]
            if i:
                t += timedelta(minutes=(m[2] if len(m) > 2 else rng.randint(1, 7)), seconds=rng.randint(0, 59))
            other = "b" if who == "a" else "a"
            msgs.append({"sender": f"{cid}-{who}", "recipient": f"{cid}-{other}",
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        assert set(c["codes"]) <= ALLOWED, (cid, c["codes"])
        assert 5 <= len(msgs) <= 16, (cid, len(msgs))
        rows.append({"id": cid, "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                     "source": "probe-v31", "messages": msgs})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} conversations to {OUT}")


if __name__ == "__main__":
    main()
