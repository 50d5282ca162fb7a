#!/usr/bin/env python3
"""Blind probe set v32 for lurewatch. Written without reference to the detector.
All content is fictional and non-explicit. Phone numbers are 555-01xx style fakes."""
import json
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe32.jsonl")
ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity",
           "photo_request", "sexual_talk", "meeting"}

CONVS = []


def conv(cid, label, codes, lang, start, msgs):
    CONVS.append(dict(cid=cid, label=label, codes=codes, lang=lang, start=start, msgs=msgs))


A, B = "a", "b"

# ---------------------------------------------------------------- POSITIVES
# p1 en-US gaming, long, concerning part late
conv("p32-p1", 1, ["age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform",
                   "compliments_trust", "exclusivity"], "en", "2026-03-07T19:12:00", [
    (A, "gg that last circle was insane"),
    (B, "lmaooo i was so scared when the storm closed in"),
    (A, "ur building is actually cracked for real. how long u been playing"),
    (B, "like since 4th grade"),
    (A, "oh word so what does that make u now, 7th? 8th?"),
    (B, "7th lol why"),
    (A, "nah just bc u play better than ppl twice ur age fr"),
    (B, "thx 😭 my brother says im trash"),
    (A, "ur brother is wrong and also prob jealous. u want the new season pass? i got extra vbucks just sittin there"),
    (B, "wait fr?? thats like 10 dollars"),
    (A, "its nothing to me. just dont bring it up w ur mom, parents get weird abt ppl gifting stuff online and then boom no more xbox"),
    (B, "ya she def would lol"),
    (A, "she go thru ur messages n stuff or nah"),
    (B, "sometimes on weekends"),
    (A, "k then this chat prob isnt the move. theres another app where we can voice while we play and it doesnt keep anything, ill drop u the name"),
    (B, "ok"),
    (A, "and the skin is urs, call it a thank u for being my duo. ngl ur kinda the only one i actually like playing with"),
    (B, "lol ok 🙂"),
])

# p2 en-UK sextortion, short
conv("p32-p2", 1, ["sextortion", "money_gifts_debt", "control"], "en", "2026-01-18T22:41:00", [
    (A, "right so you've got til 9 tomorrow night. £150 in amazon vouchers, codes in here"),
    (B, "please i'm literally 16 i don't have that kind of money"),
    (A, "not my problem mate. got your whole follower list screenshotted, your mum, the lot from your college"),
    (B, "i can do 40 now i swear just delete it"),
    (A, "40 buys you til friday. miss it and the vid goes out to every name on that list. clocks ticking"),
])

# p3 en-NG fake hotel job abroad, juju oath
conv("p32-p3", 1, ["job_offer", "money_gifts_debt", "travel_meet", "control", "secrecy", "isolation"], "en",
     "2026-05-02T18:05:00", [
    (A, "Good evening my dear. Your cousin talk say you don finish WAEC and you dey find work"),
    (B, "Yes ma. Good evening ma"),
    (A, "Ok. I get hotel work for Dubai, housekeeping. Them dey pay $1,200 monthly, feeding and hostel free"),
    (B, "Ehn?? That one na plenty money o"),
    (A, "Na so. Only thing be say processing na 450k, visa and ticket. If you no get am complete, oga fit borrow you, you go pay from salary small small"),
    (B, "Ma I fit get 200k from my uncle. Abeg where I go sign contract?"),
    (A, "Contract na for there when you land, dem go explain everything. Bring your international passport come give me this week, agent go keep am make e no lost"),
    (B, "Ok ma. Make I tell my mummy first"),
    (A, "Abeg hold am for now. People for compound get bad mouth, dem go spoil am for you. When you don land and start to send money home everybody go happy"),
    (B, "Ok ma I hear"),
    (A, "Good girl. Before you travel we go do small thing for the shrine, na for protection, so you no go break your promise to oga"),
])

# p4 en-US volleyball coach, long
conv("p32-p4", 1, ["compliments_trust", "exclusivity", "isolation", "secrecy", "meeting"], "en",
     "2026-09-15T20:30:00", [
    (A, "hey great serves tonight, that float is really coming along"),
    (B, "thank you!! my arm is dead lol"),
    (A, "ice it. u gonna be ok for the saturday tourney? its an early bus"),
    (B, "yeah my dad's driving me to the gym at 6"),
    (A, "nice. hows school, freshman year treating u ok?"),
    (B, "its ok. bio is sooo hard"),
    (A, "ha i was the same. honestly u pick stuff up faster than most of the girls on varsity, ur wasted on JV"),
    (B, "omg really??"),
    (A, "i mean it. i could work w you one on one if u want, get u ready for tryouts next yr"),
    (B, "that would be amazing"),
    (A, "open gym isnt great, too many ppl. i could grab u after school thurs and we'd use the court at my apartment complex"),
    (B, "oh ok i'd have to ask my dad"),
    (A, "maybe just say its extra practice w the team, he doesnt need the whole rundown. the club director is weird about private sessions and i dont want the other girls thinking ur getting special treatment"),
    (B, "ok makes sense"),
    (A, "and u can prob clear these texts after, my phone syncs to the club account lol"),
    (B, "ok lol"),
    (A, "ur gonna be so good. see u thurs, ill be out front in the black jeep"),
])

# p5 en-AU loverboy debt
conv("p32-p5", 1, ["romance", "money_gifts_debt", "commercial_sex", "control", "secrecy", "isolation"], "en",
     "2026-07-21T23:02:00", [
    (A, "babe u home yet"),
    (B, "yeh just got in, heaps tired"),
    (A, "how much was left on ur phone plan that i paid off"),
    (B, "idk like 80 why"),
    (A, "nah just adding it all up. rent, ur phone, the shoes, the bond on the flat. its sittin round 2 grand all up"),
    (B, "i thought u did that cos we're together??"),
    (A, "course i did, love ya. but im in the poo with some blokes and they want it back by end of the month"),
    (B, "what do u want me to do tho i get like 300 a week at the servo"),
    (A, "my mate reckons he knows a couple fellas who'd pay proper money for a night out with a girl like u. dinner, bit of company, whatever. 3 or 4 of them and we're square"),
    (B, "that sounds sus"),
    (A, "its not sus its helpin me out. dont go telling ur sister either she already hates me. and keep ur location on, i like knowin ur safe"),
    (B, "ok"),
])

# p6 en-IN fake modelling casting
conv("p32-p6", 1, ["job_offer", "age_probe", "money_gifts_debt", "isolation", "travel_meet", "photo_request",
                   "secrecy"], "en", "2026-02-11T16:20:00", [
    (A, "Hi dear, I am casting coordinator for a leading fashion label, saw your reels, you have very fresh face"),
    (B, "omg thank you! which label?"),
    (A, "Cannot disclose before signing, it is confidential. You are in which std? College?"),
    (B, "11th std, commerce"),
    (A, "Perfect, client wants new faces 16-19 only. Shoot is in Mumbai next week, 3 days, payment 45k"),
    (B, "wow! my mummy will have to come na"),
    (A, "Better not. Client is very strict, no family on set, it disturbs the girls. We will arrange hostel and pickup from station"),
    (B, "oh ok"),
    (A, "Portfolio is needed first. Our photographer charges 8,500 only, pay on GPay today to block ur slot. Also share 4-5 full length photos in fitted clothes for client approval. Only to this number pls"),
    (B, "i only have like 3000 saved"),
    (A, "Ok send that much now, balance we will cut from ur payment. And don't post about it anywhere, competitors copy our concepts"),
    (B, "ok sir"),
])

# p7 en-US runaway, short
conv("p32-p7", 1, ["vulnerability", "travel_meet", "meeting", "secrecy", "isolation"], "en",
     "2026-11-02T01:14:00", [
    (A, "saw ur story bout ur foster mom kicking u out again. u good?"),
    (B, "not rly. prob sleeping at the bus station tn"),
    (A, "nah not happening. i got a place off 9th, food, wifi, a bed, no rules, u dont owe me nothin. just dont loop ur caseworker in, theyll drag u right back"),
    (B, "ok... can u come get me"),
])

# p8 en-UK "15 yr old" on music app, long
conv("p32-p8", 1, ["age_probe", "photo_request", "compliments_trust", "secrecy", "exclusivity", "meeting",
                   "risk_assessment", "isolation"], "en", "2026-04-09T17:45:00", [
    (A, "ur playlist is actually unreal, who even listens to that band anymore"),
    (B, "literally no one in my year 😭"),
    (A, "same in mine. im 15 btw, year 11, u?"),
    (B, "year 9, 14"),
    (A, "oh nice. my school is dead boring, whats urs like"),
    (B, "its alright, im doing music gcse next year"),
    (A, "u play anything?"),
    (B, "bass lol badly"),
    (A, "no way thats sick. wish i had mates like u round here"),
    (B, "aw"),
    (A, "not being funny but ur pic on here is well nice. u got any that arent on ur profile? like ones just for me not the whole world"),
    (B, "hmm like what"),
    (A, "dunno whatever ud feel comfy with. something a bit more grown up than a school photo haha. nobody else would see"),
    (B, "idk"),
    (A, "ok no pressure. what about meeting up at the shopping centre sat? im getting the train in anyway"),
    (B, "ye maybe, my mate could come"),
    (A, "would rather its just us tbh, first time meeting ppl it gets awkward with an audience"),
    (A, "does ur mum keep tabs on where u go on saturdays"),
    (B, "nah she works"),
])

# p9 en-NG church choir
conv("p32-p9", 1, ["age_probe", "compliments_trust", "exclusivity", "secrecy", "meeting", "money_gifts_debt",
                   "isolation"], "en", "2026-03-29T14:10:00", [
    (A, "Well done today o, that your solo for second service touched everybody"),
    (B, "Thank you sir 🙏"),
    (A, "How old are you now sef? Your voice don mature well well"),
    (B, "13 sir, I go be 14 by March"),
    (A, "Ehen. God give you special gift. I wan prepare you for lead part for Easter cantata"),
    (B, "Wow thank you sir!!"),
    (A, "The other choir girls no ready like you. We go rehearse for my house Saturday afternoon, quiet place, no distraction"),
    (B, "Ok sir. I go tell my mummy"),
    (A, "No need to disturb mama, just tell am say na choir practice. You know how church people dey talk, dem go say I dey favour you"),
    (B, "Ok sir"),
    (A, "Clear this chat after. Na our own arrangement. I go give you transport money plus something small for yourself"),
])

# p10 en-US "creator management" webcam recruitment
conv("p32-p10", 1, ["job_offer", "commercial_sex", "money_gifts_debt", "control", "travel_meet", "isolation",
                    "secrecy"], "en", "2026-06-14T21:33:00", [
    (A, "hey girl 💕 i run a creator management agency, we take new girls from zero to 10k a month"),
    (B, "lol for real? what would i have to do"),
    (A, "we handle literally everything. marketing, chatting w fans, pricing. u just create"),
    (B, "create what tho"),
    (A, "lifestyle stuff to start, then we build up to whatever the premium subs are paying for. u set ur limits (mostly lol)"),
    (B, "idk my bf would prob get mad"),
    (A, "most of our girls move into the creator house, its in vegas, rent and flights are covered up front and we just take it back out of earnings"),
    (B, "how much do yall keep"),
    (A, "70/30 our way at first, drops once the house and flights are paid off. also need ur account logins and a pic of ur ID so we can verify and run the page for u"),
    (B, "so u would have my password?"),
    (A, "standard in the industry babe. and dont loop in the bf or family til ur making bank, ppl get jealous and try to sabotage"),
])

# p11 en-AU fast food shift supervisor, subtle
conv("p32-p11", 1, ["age_probe", "compliments_trust", "exclusivity", "isolation", "meeting", "secrecy",
                    "off_platform"], "en", "2026-08-22T22:15:00", [
    (A, "oi good shift tonight, u smashed the drive thru rush"),
    (B, "haha thanks my feet are cooked"),
    (A, "need a lift home? saw ur mum isnt coming til 11"),
    (B, "nah all good she said shed be here"),
    (A, "no worries. how old r u again, 15? u come across way older than the other juniors honestly"),
    (B, "yeah 15, 16 in july"),
    (A, "ha thought so. theyre all so immature, ur different"),
    (B, "lol idk"),
    (A, "reckon ud be sick at the back of house stuff, i could train u up on close sunday after everyone clears out"),
    (B, "ok sounds good"),
    (A, "stay back a bit after, ill grab us pizza and drive u home. keep it quiet tho the other juniors will whinge i never do it for them"),
    (B, "ok haha"),
    (A, "and msg me on my personal not this group one, the area manager reads everything on here"),
])

# p12 en-IN sextortion of a boy
conv("p32-p12", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"], "en", "2026-10-05T07:48:00", [
    (A, "hello. check this recording from our video call last night. u look very clear 😊"),
    (B, "who is this?? u said u were a girl from delhi"),
    (A, "i am whoever i want. now listen carefully. 25,000 on this UPI by 6pm"),
    (B, "bro i am in 12th i dont have 25k"),
    (A, "then ur whole college group and ur papa's facebook friends will get it. i already have the list. tick tock"),
    (B, "please i can give 2000 today"),
    (A, "2000 now, rest by tomorrow 6pm. if u block me it goes out in 2 min. dont even think of police, i have people there"),
    (B, "ok ok sending"),
])

# p13 en-UK girl in care home, older man, gifts
conv("p32-p13", 1, ["vulnerability", "money_gifts_debt", "secrecy", "meeting", "isolation", "control"], "en",
     "2026-12-04T19:25:00", [
    (A, "you get the trainers alright?"),
    (B, "yeah theyre sick thank u!! everyone at the unit was asking"),
    (A, "told you id sort you. what did staff say"),
    (B, "asked where i got them, said my cousin"),
    (A, "good girl thats the way to play it. theyd only make a drama and move you again"),
    (B, "ye theyre always moving me"),
    (A, "not while im around. little get together at my mates flat fri, good music, all sorted, ill have someone pick you up at the end of the road at 10"),
    (B, "im meant to be back by 9"),
    (A, "so go out the back after checks they never look twice honestly its easy and bring ur friend from the unit too if shes up for it my mates are sound"),
    (B, "ok"),
    (A, "ill top your phone up tonight so we can talk. keep your location off yeah"),
])

# p14 en-US art discord, commission, photos
conv("p32-p14", 1, ["age_probe", "money_gifts_debt", "photo_request", "off_platform", "secrecy",
                    "compliments_trust"], "en", "2026-01-30T18:02:00", [
    (A, "yo ur linework has gotten so clean, that last piece in showcase was 🔥"),
    (B, "tysm!! ive been practicing hands a lot"),
    (A, "it shows. u still in middle school? u draw better than my college roomate lmao"),
    (B, "8th grade lol"),
    (A, "crazy. hey i wanna commission u, like $40 for a full body of my OC"),
    (B, "omg yes!! i dont have paypal tho"),
    (A, "i can send a gift card, whatever u want. actually could u also send a couple mirror pics of ur outfits? for pose reference, my OC is basically ur build"),
    (B, "oh um sure i guess"),
    (A, "dont drop them in the server tho, mods get weird lol. hit me on my alt on the disappearing msgs app, ill send the handle"),
    (B, "ok"),
    (A, "and maybe hold off on mentioning it to ur parents, theyll think commissions r a scam and make u quit drawing"),
    (B, "true they would lol"),
    (A, "ur honestly so talented. ill pay extra if u do a few w ur hair down, makes the reference better"),
    (B, "ok!"),
])

# p15 en-IN factory job Malaysia, debt bondage
conv("p32-p15", 1, ["job_offer", "money_gifts_debt", "control", "travel_meet", "isolation"], "en",
     "2026-04-17T11:40:00", [
    (A, "Namaste bhai, I am agent for electronics factory in Malaysia, 9 hrs duty, 55,000 rupees monthly plus OT"),
    (B, "Namaste. Sounds good. What documents needed?"),
    (A, "Only passport and 1.8 lakh agent fees, visa ticket everything included"),
    (B, "1.8 lakh is too much bhai, i am daily wage worker, from where i will get"),
    (A, "Company will give loan, 12 months salary cutting, no tension. Many boys from ur district already went"),
    (B, "Contract is there? Can I read first?"),
    (A, "Contract is in Malay language only, company will explain on arrival. Passport they keep in office for safety, all boys same system"),
    (B, "Ok. I can call my brother anytime from there?"),
    (A, "Mobile not allowed in hostel first few months, company rule. Sunday u can call from office phone"),
    (B, "Ok I will think"),
    (A, "Think fast, only 3 seats left, flight on 15th"),
])

# p16 en-AU backpacker farm work
conv("p32-p16", 1, ["job_offer", "money_gifts_debt", "control", "travel_meet"], "en", "2026-02-24T09:15:00", [
    (A, "hey mate saw ur post in the backpacker group, weve got picking work on a farm out west, counts for ur 88 days"),
    (B, "sweet whats the pay like"),
    (A, "$35 an hour cash, 60 hr weeks, accom on site"),
    (B, "thats unreal. is there a contract?"),
    (A, "nah we keep it casual, saves on tax for everyone. accom is $280 a week plus transport, comes straight outta ur pay"),
    (B, "ok and how do i get out there"),
    (A, "ill grab u from the station. bring ur passport, boss keeps all the passports in the office so nothin gets nicked"),
    (B, "hmm id rather hang onto mine"),
    (A, "all good but cant sign off ur days without it. and if u leave before the 88 u owe us for the van and first 2 weeks accom"),
    (B, "ok ill come thursday"),
])

# p17 es hostess job Madrid (Latin American)
conv("p32-p17", 1, ["job_offer", "travel_meet", "money_gifts_debt", "control", "secrecy", "photo_request"],
     "es", "2026-06-03T15:50:00", [
    (A, "hola linda, te escribo de la agencia. vi tu perfil, buscamos chicas para atender en un bar de copas en madrid"),
    (B, "hola! q tipo de trabajo seria? yo estudie hoteleria"),
    (A, "atender a los clientes, platicar, que se sientan a gusto. ganas 3000 euros al mes minimo + propinas"),
    (B, "en serio?? y los papeles?"),
    (A, "nosotros compramos el pasaje y el alojamiento, despues lo vas pagando con tu sueldo. entras como turista y ya alla se arregla lo del contrato"),
    (B, "y si no me gusta?"),
    (A, "pues devuelves lo del pasaje y listo, son como 4500 euros. pero a todas les encanta, hay chavas q mandan a su casa el doble"),
    (B, "ok. le cuento a mi mama?"),
    (A, "mejor cuando ya estes alla y le mandes la primera lana, asi no se preocupa"),
    (A, "y pasame un par de fotos de cuerpo entero pa enseñarselas al dueño del local"),
])

# p18 es-ES shooter game, diamonds, meeting
conv("p32-p18", 1, ["age_probe", "money_gifts_debt", "secrecy", "risk_assessment", "off_platform", "meeting",
                    "exclusivity", "compliments_trust"], "es", "2026-10-24T18:35:00", [
    (A, "buenaaa q partida tio, eres un crack con la escopeta"),
    (B, "jajaja graciass"),
    (A, "cuantos años tienes? hablas como los de mi clase"),
    (B, "12, en octubre 13"),
    (A, "anda, pareces mayor. oye te paso 500 diamantes si quieres, a mi me sobran"),
    (B, "en serio??? mola"),
    (A, "si, pero no lo comentes en casa q los padres se rayan con estas cosas y te quitan la consola"),
    (B, "vale jaja"),
    (A, "el movil te lo miran tus padres?"),
    (B, "a veces mi madre"),
    (A, "vale pues mejor hablamos por otra app q te digo, q aqui se guarda todo. y un dia quedamos en el centro comercial y te invito a algo, pero tu y yo eh, sin tus colegas"),
    (B, "vale"),
    (A, "eres mi compi favorito de verdad"),
])

# p19 pt-BR loverboy
conv("p32-p19", 1, ["romance", "control", "isolation", "money_gifts_debt", "commercial_sex", "secrecy"], "pt",
     "2026-05-19T12:20:00", [
    (A, "amor ja saiu da escola?"),
    (B, "to saindo agora"),
    (A, "blz. to te vendo no mapa, vai direto pra casa viu, nada de ficar de rolê com aquelas suas amigas"),
    (B, "ta bom 🙄"),
    (A, "olha, lembra do celular e do tênis que te dei? to apertado, devo uma grana pro pessoal aí"),
    (B, "quanto?"),
    (A, "uns 3 mil. mas tem um jeito fácil. um parceiro meu conhece uns caras que pagam bem pra sair com uma mina bonita que nem vc, só jantar e companhia"),
    (B, "como assim sair?"),
    (A, "relaxa, eu vou estar por perto. é só uma noite, duas no maximo. vc me ama ou nao?"),
    (B, "amo né"),
    (A, "entao. e nem comenta com a sua mãe, ela nunca foi com a minha cara mesmo"),
])

# p20 pt-BR fake football scout
conv("p32-p20", 1, ["age_probe", "compliments_trust", "photo_request", "secrecy", "travel_meet", "meeting",
                    "money_gifts_debt"], "pt", "2026-08-08T20:05:00", [
    (A, "fala, garoto! vi teus videos no insta, tua canhota é diferenciada"),
    (B, "valeu!! 🙏⚽"),
    (A, "sou olheiro, trabalho com clube de série A. tu tem quantos anos?"),
    (B, "13, faço 14 em maio"),
    (A, "idade perfeita pra base. consigo uma avaliação pra ti em SP, passagem por minha conta"),
    (B, "sério??? vou falar com meu pai"),
    (A, "calma, deixa eu ver primeiro se rola, não cria expectativa no teu pai. me manda umas fotos de corpo inteiro, só de bermuda, pra eu mostrar o físico pro preparador"),
    (B, "tipo agora?"),
    (A, "pode ser. manda aqui no privado mesmo e apaga depois. quando for pra SP tu fica lá em casa, é mais tranquilo que alojamento"),
    (B, "beleza"),
    (A, "tu vai longe, moleque. mas por enquanto ninguém precisa saber, nem os moleques do time, senão todo mundo quer a vaga"),
])

# p21 fr sextortion
conv("p32-p21", 1, ["sextortion", "money_gifts_debt", "control", "secrecy"], "fr", "2026-03-14T23:30:00", [
    (A, "t'as vu la vidéo que je t'ai envoyée ? tu te reconnais bien je crois"),
    (B, "c'est qui ?? pk t'as enregistré ça"),
    (A, "écoute bien. 300€ en bitcoin avant demain midi, sinon ta famille et tout ton lycée la reçoivent. j'ai déjà ta liste d'abonnés"),
    (B, "j'ai pas cet argent je suis en seconde"),
    (A, "débrouille toi. tu peux acheter des recharges au tabac. 150 ce soir et on en reparle"),
    (B, "si je paye tu supprimes ?"),
    (A, "tu paies, tu me bloques pas, t'en parles à personne. sinon à 12h00 ça part"),
])

# p22 fr girl in foyer, short
conv("p32-p22", 1, ["vulnerability", "isolation", "money_gifts_debt", "secrecy", "control", "travel_meet"], "fr",
     "2026-11-21T21:48:00", [
    (A, "alors ça se passe comment au foyer ? t'as l'air à bout sur ta story"),
    (B, "grave. les éducs me saoulent, je veux plus y retourner"),
    (A, "t'es pas obligée. j'ai un studio vide à côté de la gare, je te file les clés, tu payes rien au début"),
    (B, "sérieux ? et après ?"),
    (A, "après tu me rendras des services de temps en temps, rien de ouf. coupe juste ta localisation et dis rien à ton éduc, sinon ils déclarent une fugue direct"),
    (B, "ok je viens ce soir"),
])

# p23 de loverboy
conv("p32-p23", 1, ["romance", "money_gifts_debt", "commercial_sex", "control", "isolation", "secrecy"], "de",
     "2026-09-03T16:40:00", [
    (A, "hey süße, wie war berufsschule"),
    (B, "langweilig wie immer 😴"),
    (A, "ich hab dir was besorgt, liegt im auto. die tasche die du unbedingt wolltest"),
    (B, "neinnn echt?? danke schatz ❤️"),
    (A, "für dich immer. hör mal, ich hab grad stress mit paar jungs, ich schulde denen 4000"),
    (B, "oh nein, was machst du jetzt"),
    (A, "du könntest mir helfen. ein kumpel kennt männer, die zahlen 200 nur damit man mit denen was trinken geht und nett ist. paar abende und ich bin raus"),
    (B, "ich weiß nicht, das klingt komisch"),
    (A, "nach allem was ich für dich gemacht hab? ich dachte wir sind ein team"),
    (B, "ja sind wir ja"),
    (A, "dann red nicht mit deiner freundin drüber, die checkt das eh nicht. und gib mir nachher kurz dein handy, ich will paar nummern da raushaben"),
])

# p24 de "15 yr old" minecraft, meeting
conv("p32-p24", 1, ["age_probe", "risk_assessment", "secrecy", "meeting", "money_gifts_debt",
                    "compliments_trust", "exclusivity"], "de", "2026-02-07T15:05:00", [
    (A, "bist du der vom server mit der riesigen burg? krass gebaut"),
    (B, "jaa hab 3 wochen gebraucht"),
    (A, "respekt. bin übrigens 15, und du?"),
    (B, "12"),
    (A, "ah ok. egal, mit dir bauen macht eh mehr bock als mit den anderen"),
    (B, "haha ja die nerven"),
    (A, "hast du eigentlich n eigenes handy oder ist das von deinen eltern?"),
    (B, "eigenes, aber meine mutter hat so ne app drauf"),
    (A, "hm ok. dann lösch den chat hier am besten ab und zu, die verstehen das sonst falsch. ich wohn übrigens gar nicht weit weg, wir könnten uns mal am skatepark treffen"),
    (B, "echt? wann"),
    (A, "samstag nachmittag? komm allein, meine kumpels sind dann eh nicht da und ich bin bisschen schüchtern haha"),
    (A, "ich bring dir ne gamingmaus mit 🎁"),
])

# p25 nl loverboy, long, concerning part late
conv("p32-p25", 1, ["romance", "money_gifts_debt", "isolation", "exclusivity", "commercial_sex", "control",
                    "secrecy", "meeting"], "nl", "2026-10-12T07:35:00", [
    (A, "hee schoonheid, lekker geslapen?"),
    (B, "jaa haha beetje, moest vroeg op voor school"),
    (A, "hoe laat ben je uit vandaag"),
    (B, "half 3"),
    (A, "ik sta om kwart voor 3 bij de bushalte, ff rondje rijden"),
    (B, "okee leuk!!"),
    (A, "heb je die oorbellen nog in"),
    (B, "altijd 😍"),
    (A, "mooi zo. je vriendinnen doen trouwens raar tegen me, ik zou niet te veel met ze optrekken"),
    (B, "ja die snappen jou niet"),
    (A, "precies. jij en ik, meer hebben we niet nodig"),
    (B, "❤️"),
    (A, "schat ik moet je iets vertellen. ik zit echt in de shit, die gasten willen hun geld terug, 5000"),
    (B, "wat?? wat kan ik doen"),
    (A, "een vriend van mij kent mannen die goed betalen voor een avondje met een leuk meisje. je hoeft alleen te doen wat ik zeg, ik regel de rest"),
    (B, "ik weet niet..."),
    (A, "als je echt om me geeft help je me. en niks tegen je moeder, ik wil niet dat ze ons uit elkaar haalt"),
])

# ---------------------------------------------------------------- NEGATIVES
# n1 en-US teen tells mom about creepy gamer, long
conv("p32-n1", 0, [], "en", "2026-06-27T15:10:00", [
    (A, "mom r u still at target"),
    (B, "Yes why, need something?"),
    (A, "can u get the strawberry granola bars"),
    (B, "Ok. Anything else"),
    (A, "and maybe hair ties the black ones"),
    (B, "Got it 👍"),
    (A, "also kinda weird thing happened on roblox"),
    (B, "What happened? U ok?"),
    (A, "ya im fine just some guy kept messaging me. he said he was 14 but his voice on vc was def a grown man"),
    (B, "Ok. What did he say exactly"),
    (A, 'he was like "ill hook u up w robux if u come talk on a different app, ur mom doesnt need to be in the loop"'),
    (B, "Im really glad you told me. You did exactly the right thing ok I'm in the checkout line now period did you send him anything or go to the other app question mark"),
    (A, "lol ur voice to text. no i got weirded out and left the server"),
    (B, "Good. Dont delete anything yet, screenshot his profile and the messages"),
    (A, "ok done. am i in trouble"),
    (B, "Not even a little bit sweetie. When I get home we'll report him together and block him and I'll go through the parental settings with you"),
    (A, "ok ty mom ❤️"),
    (B, "Love you. Granola bars acquired 😂"),
])

# n2 en-UK dad, location sharing for concert
conv("p32-n2", 0, [], "en", "2026-07-11T17:30:00", [
    (A, "right, what time does it finish tonight"),
    (B, "about half 10 i think"),
    (A, "ok. mum and I want you to keep find my on while you're there, just for tonight, it's a massive crowd"),
    (B, "fine but dont be tracking me every 5 mins 🙄"),
    (A, "promise I'll only look if you're not at the meeting point by 11"),
    (B, "deal"),
    (A, "is your mate's mum still picking you both up?"),
    (B, "ye she said by the side entrance"),
    (A, "brilliant. have fun, and if anything feels off ring me and I'll come get you, no questions asked"),
    (B, "ok love u"),
])

# n3 en-AU surprise party
conv("p32-n3", 0, [], "en", "2026-03-02T12:45:00", [
    (A, "ok so jess's 30th. we're doing the surprise at the bowlo on the 14th"),
    (B, "omg yes. does she suspect anything"),
    (A, "not a clue, she reckons we're just doing dinner with her mum"),
    (B, "haha perfect. ill keep my trap shut, u know im hopeless at this tho"),
    (A, "im serious dont let it slip, she reads everyones faces lol"),
    (B, "ill just avoid her til then 😂 what do u need me to bring"),
    (A, "can u sort the cake? chocolate, she hates fruit cake"),
    (B, "easy. how many ppl"),
    (A, "bout 40. and dont put it in the group chat, her sister's in there and she blabs"),
    (B, "righto, ill DM everyone separately"),
    (A, "legend 🙌"),
])

# n4 en-IN genuine nurse recruitment UK
conv("p32-n4", 0, [], "en", "2026-01-13T10:05:00", [
    (A, "Good afternoon, this is from the international nurse recruitment team. Your interview last Tuesday went very well, congratulations"),
    (B, "Thank you so much ma'am! Very happy to hear"),
    (A, "Conditional offer letter and contract are attached. Band 5, salary as per the national pay scale, 37.5 hrs a week"),
    (B, "Received. Are there any fees I need to pay for processing?"),
    (A, "No, none at all. We cover visa fee, health surcharge, flight and first month accommodation. Any agent asking you for money in our name is a fraud, please report them"),
    (B, "Thank you for clarifying. One agent in Kochi was asking 3 lakhs that's why I asked"),
    (A, "Please don't pay anyone. Read the contract fully, share it with your family, and ask us anything. You keep your own passport at all times"),
    (B, "Sure ma'am. When is the OSCE exam?"),
    (A, "Within 3 months of arrival, we provide paid training for it. Your HR contact will email you by Friday"),
    (B, "Thank you 🙏"),
])

# n5 en-US legit model agency with parent
conv("p32-n5", 0, [], "en", "2026-04-21T13:15:00", [
    (A, "Hi Mrs. L, this is Dana from the agency's kids & teen division. Thanks for bringing your daughter to the open call on Saturday"),
    (B, "Hi Dana! She had a blast, hasn't stopped talking about it lol"),
    (A, "We'd love to sign her. I've emailed our standard agreement for you to review. There's no sign-up fee and we never charge for photos"),
    (B, "Oh good, I read online about scam agencies charging for portfolios"),
    (A, "Exactly, a legit agency only earns commission on bookings. Since she's 14 a parent or guardian has to be on set for every job, that's state law too"),
    (B, "Great. Can my husband look over the contract before we sign?"),
    (A, "Of course, take all the time you need, have a lawyer look at it if you like. Her work permit application is in the email too"),
    (B, "Thank you! We'll get back to you next week"),
    (A, "Sounds good. Any questions call the office line, 555-0142"),
])

# n6 en-UK same-age teens flirting, switch apps
conv("p32-n6", 0, [], "en", "2026-05-13T20:20:00", [
    (A, "oi u were well funny in chem today"),
    (B, "lmao mr h was not impressed"),
    (A, "he never is. ur doing the year 10 trip to the coast right"),
    (B, "ye my mum signed the form yesterday"),
    (A, "sick. sit next to me on the coach?"),
    (B, "maybe 😏"),
    (A, "ill take maybe. this app keeps crashing, u on the other one? my username's the same"),
    (B, "ye ill find u"),
    (A, "sorted. also ur hair today 👌"),
    (B, "stoppp 🙈"),
    (A, "lol see u tmrw, dont be late for reg"),
    (B, "u dont be late 😂"),
])

# n7 en-US coach with parents, short
conv("p32-n7", 0, [], "en", "2026-09-24T19:00:00", [
    (A, "Hi families! Reminder Saturday's tournament is at the rec center, players check in at 7:30. Parents are cc'd on this thread as always"),
    (B, "Thanks Coach. My husband and I can drive 3 girls if anyone needs a ride"),
    (A, "Perfect, thank you! I'll add you to the carpool sheet. Reminder no player rides alone with staff, per club policy"),
    (B, "Of course. Do they need to bring lunch?"),
    (A, "Yes pls pack lunch and snacks, it runs till about 2. Go Hawks! 🏐"),
])

# n8 en-NG classmates gifting game skin
conv("p32-n8", 0, [], "en", "2026-02-19T21:10:00", [
    (A, "guy you don reach house?"),
    (B, "i just enter now, NEPA don take light again 😤"),
    (A, "lol sorry. i wan dash you that skin for COD, the one you dey hype since"),
    (B, "ehn?? abeg no dey whine me"),
    (A, "serious. i get double from the promo, e no dey do me anything"),
    (B, "my guy!! i go settle you for your birthday then"),
    (A, "no wahala. tomorrow after class we go run squad, you, me and the twins"),
    (B, "sharp. make your data no finish again like last time 😂"),
    (A, "abeg leave me 😂 sending now"),
    (B, "i don see am. thank you bro 🙌"),
])

# n9 en-AU sister lends money, spare room
conv("p32-n9", 0, [], "en", "2026-08-03T18:50:00", [
    (A, "hey sis hows the job hunt going"),
    (B, "ugh 3 interviews nothing yet. rent's due friday and im short like 400"),
    (A, "ill transfer u 500 tonight, pay me back whenever, no stress"),
    (B, "ur a legend. ill pay u back when i get paid promise"),
    (A, "seriously whenever. and if the lease falls over the spare rooms urs, the kids would love having aunty round"),
    (B, "haha theyd have me doing bedtime every night"),
    (A, "prob 😂 mum says give her a ring btw, shes worried"),
    (B, "yeah ill call her tmrw"),
    (A, "love ya. chin up, somethingll come through"),
    (B, "thanks, love u"),
])

# n10 en-US adults dating, photos, meeting, whatsapp
conv("p32-n10", 0, [], "en", "2026-11-08T19:40:00", [
    (A, "ok i have to know, is that your dog in pic 3"),
    (B, "haha yes thats Biscuit, hes 9 and very dramatic"),
    (A, "i would die for biscuit already"),
    (B, "lol hes available for pets. what do you do when youre not on here"),
    (A, "physical therapist, mostly knee rehab. youre the teacher right?"),
    (B, "3rd grade yes. 24 tiny humans"),
    (A, "respect. want to grab coffee saturday? theres that place by the park with the good muffins"),
    (B, "id like that. 11ish?"),
    (A, "perfect. wanna move to whatsapp? i barely open this app"),
    (B, "sure, 555-0187"),
    (A, "texting you now. heres me after the half marathon so you know im not catfishing lol 📸"),
    (B, "haha very sweaty, very real. see you saturday!"),
])

# n11 en-UK outreach worker with homeless 19yo
conv("p32-n11", 0, [], "en", "2026-12-15T09:20:00", [
    (A, "Hi, it's Lou from the outreach team, we spoke by the station last night. Checking you got somewhere dry?"),
    (B, "ye got in the night shelter, only for 3 nights tho"),
    (A, "That's a start. I've put in a referral for the young persons hostel, they've got rooms for 18-25s. Can you come to the drop-in tomorrow at 10 so we do the form together?"),
    (B, "do i need id? lost my wallet"),
    (A, "No worries, we can help you apply for a replacement, bring whatever you've got. There's breakfast at the drop-in too"),
    (B, "ok. will it cost me"),
    (A, "Nothing from us. Housing benefit covers the hostel and I'll help you apply. If anyone on the street offers you a room in return for favours, please tell me"),
    (B, "ye theres a guy who keeps offering"),
    (A, "Thanks for telling me. Please don't go with him. We'll talk tomorrow in the office, our safeguarding lead can help"),
    (B, "ok see u at 10"),
    (A, "See you then. The helpline number is on the card I gave you if you need anything tonight"),
])

# n12 en-IN friends discussing trafficking news
conv("p32-n12", 0, [], "en", "2026-05-26T21:00:00", [
    (A, "did u see the news about that fake job racket"),
    (B, "which one? the south east asia one?"),
    (A, "haan. they promised data entry jobs abroad, 80k per month, then took passports and forced them to do online scams"),
    (B, "omg. my neighbour's son got a similar offer on telegram last month"),
    (A, "did he go??"),
    (B, "no thank god, his dad called the embassy helpline and they said no such company exists"),
    (A, "scary yaar. the red flag is always fees plus no proper contract"),
    (B, "true. sending this article to the family group, my cousins are all job hunting"),
    (A, "good idea. the govt has a list of registered recruiting agents also, add that link"),
    (B, "will do 👍"),
])

# n13 en-NG landlord and adult tenant
conv("p32-n13", 0, [], "en", "2026-01-06T08:30:00", [
    (A, "Good morning, na your landlord for the flat wey you inspect on Saturday"),
    (B, "Good morning sir. Yes I'm still interested"),
    (A, "Ok. Rent na 1.2m per annum, plus caution fee 200k refundable and agreement fee. Receipt go dey for everything"),
    (B, "Alright sir. What documents you need?"),
    (A, "Photocopy of your ID and your work letter. I no go collect original, just copy for the tenancy file"),
    (B, "No problem. I fit pay through transfer?"),
    (A, "Yes, to the account wey dey the agreement. Make sure you read the agreement before you sign, you fit bring your lawyer"),
    (B, "Thank you sir. When I fit collect key?"),
    (A, "Once payment confirm, Friday. Welcome in advance"),
    (B, "Thank you sir 🙏"),
])

# n14 en-US babysitting with parent, short
conv("p32-n14", 0, [], "en", "2026-10-14T16:25:00", [
    (A, "Hi Hannah, it's Mrs. P from church. Would you be able to babysit the kids Friday 6-10?"),
    (B, "Hi! Yes I'm free. Same rate as last time ok?"),
    (A, "Perfect, $18/hr. Pizza money will be on the counter, bedtime is 8:30. My cell is on the fridge, 555-0163"),
    (B, "Sounds great, see you Friday! My mom will drop me off and pick me up"),
])

# n15 en-AU couple sharing location
conv("p32-n15", 0, [], "en", "2026-06-08T10:55:00", [
    (A, "babe did u turn ur location back on? just checkin u got to melbs ok"),
    (B, "oh yeah forgot lol. landed, waiting for bags"),
    (A, "all good. u know u can switch it off whenever, i just like seeing the lil plane icon haha"),
    (B, "same, i check urs when ur driving back from the farm late"),
    (A, "fair. hows ur battery"),
    (B, "12% 😬"),
    (A, "charge it at the hotel, text me when ur there"),
    (B, "will do. miss u already"),
    (A, "miss u too. have a good conference"),
])

# n16 en-UK manager scheduling shifts, long
conv("p32-n16", 0, [], "en", "2026-11-16T08:10:00", [
    (A, "Morning, hope the weekend went ok"),
    (B, "morning! yeah was good, went to my cousins wedding so im dead 😂"),
    (A, "haha sounds like a good one. Quick one, rota for next week is nearly done"),
    (B, "ok cool"),
    (A, "Can you do Tues 2-10 and Thurs 7-3? Sat is still open"),
    (B, "tues is fine, thurs i have a lecture til 11 tho"),
    (A, "No worries, I'll swap you with Dan, so Thurs 12-8?"),
    (B, "perfect ta"),
    (A, "Also you're over your contracted hours this week so Sat is at overtime rate, it'll show on your payslip"),
    (B, "oh nice didnt realise"),
    (A, "Yep. And reminder the annual leave form for Christmas needs to be in by the 1st"),
    (B, "will do it tonight. can i book 24th-27th?"),
    (A, "Should be fine, you're first to ask 😄"),
    (B, "haha early bird. is the new starter training still on wed?"),
    (A, "Yes 9am, if you can shadow her for the first hour that'd be great, paid obviously"),
    (B, "ya no problem"),
    (A, "Cheers, appreciate you. Rota will be up in the staff app tonight"),
    (B, "👍"),
])

# n17 es-MX friends discussing sextortion of cousin
conv("p32-n17", 0, [], "es", "2026-04-04T19:30:00", [
    (A, "oye supiste lo de mi primo?? lo estaban extorsionando por insta"),
    (B, "nooo q paso"),
    (A, "una cuenta falsa se hizo pasar por chava, platicaron y luego le pidio 5 mil pesos o publicaba unas capturas"),
    (B, "q horror. y pago?"),
    (A, "no, mi tia le dijo q no pagara nada, guardaron todo y lo denunciaron con la policia cibernetica"),
    (B, "bien hecho. lei q si pagas te siguen pidiendo mas"),
    (A, "exacto. y reportaron la cuenta y ya la tumbaron"),
    (B, "pobre, ha de estar bien apenado"),
    (A, "si pero ya esta mas tranqui, la psicologa de la escuela lo esta ayudando"),
    (B, "q bueno. le voy a pasar esto a mi hermanito, se la vive en el celular"),
])

# n18 es-ES aunt offers room to nephew
conv("p32-n18", 0, [], "es", "2026-07-02T13:00:00", [
    (A, "hola sobri! tu madre me ha dicho que te han cogido en la uni de madrid 🎉"),
    (B, "siii tía!! empiezo en septiembre"),
    (A, "enhorabuena!! oye, en casa tenemos libre la habitación de tu prima, que ya está en valencia. es tuya si la quieres"),
    (B, "de verdad? no quiero molestar"),
    (A, "qué vas a molestar, hombre. no te cobramos nada, solo que friegues de vez en cuando jaja"),
    (B, "jajaja trato hecho. lo hablo con mis padres esta noche"),
    (A, "claro, que me llame tu madre y lo organizamos. y si te hace falta algo para el abono de transporte me dices, sin problema"),
    (B, "gracias tía, eres la mejor ❤️"),
    (A, "un beso grande. y ni mu a la abuela todavía, que queremos darle la sorpresa en su cumple"),
])

# n19 pt-BR genuine hotel job in Portugal
conv("p32-n19", 0, [], "pt", "2026-03-18T10:30:00", [
    (A, "Bom dia, Juliana. Aqui é do RH do hotel em Lisboa. Tudo bem?"),
    (B, "bom dia! tudo sim, e vc?"),
    (A, "Tudo ótimo. Você foi aprovada para recepcionista. Mandei o contrato por email, salário de 1.100 euros, 40h semanais"),
    (B, "que maravilha!!! tem alguma taxa que eu preciso pagar?"),
    (A, "Nenhuma. O hotel paga o visto de trabalho e a passagem. O contrato já está assinado por nós, leia com calma com sua família antes de assinar"),
    (B, "e o passaporte, preciso entregar pra alguém?"),
    (A, "Não, o passaporte fica sempre com você. Só precisamos de uma cópia digital pro processo do visto"),
    (B, "perfeito. e moradia?"),
    (A, "Temos uma lista de quartos para alugar perto do hotel, você escolhe e paga direto ao proprietário. Qualquer dúvida, o telefone do RH está no email"),
    (B, "obrigada demais!!"),
])

# n20 pt-BR teen tells friend about creepy "producer"
conv("p32-n20", 0, [], "pt", "2026-09-09T22:10:00", [
    (A, "miga, um cara esquisito me mandou msg no tiktok"),
    (B, "oxi, q ele falou?"),
    (A, 'disse q é "produtor", q eu tenho futuro e q me pagava 200 reais se eu mandasse umas fotos só pra ele e não contasse pra ninguém'),
    (B, "credo, que nojo. vc respondeu?"),
    (A, "nao, fiquei com medo"),
    (B, "bloqueia e denuncia agora. tira print antes"),
    (A, "ja tirei. mostro pra minha mãe?"),
    (B, "mostra sim, ela vai saber o que fazer. minha mãe denunciou um perfil assim ano passado e derrubaram"),
    (A, "ok vou falar com ela hj quando ela chegar"),
    (B, "isso! se quiser eu vou aí contigo"),
])

# n21 fr tutor communicating via mother
conv("p32-n21", 0, [], "fr", "2026-02-03T18:15:00", [
    (A, "Bonjour Madame, c'est Julien, le prof de maths de Léa. Je vous propose de décaler le cours de jeudi à samedi 10h, chez vous comme d'habitude ?"),
    (B, "Bonjour Julien, samedi 10h c'est parfait, je serai à la maison"),
    (A, "Super. Léa a bien progressé sur les fonctions, je lui ai laissé des exercices, je vous envoie le PDF ici aussi pour que vous puissiez suivre"),
    (B, "Merci beaucoup ! Elle stresse pour le contrôle de mardi"),
    (A, "C'est normal, mais elle est prête. Je préfère que tout passe par vous pour les horaires, c'est plus simple"),
    (B, "Très bien. Je vous paie en CESU comme d'habitude ?"),
    (A, "Oui parfait. Bon week-end !"),
    (B, "Bonne soirée Julien"),
])

# n22 fr friends discussing a TV report on sextortion
conv("p32-n22", 0, [], "fr", "2026-10-29T20:45:00", [
    (A, "t'as vu le reportage hier à la télé sur la sextorsion des ados ?"),
    (B, "ouais c'était glaçant. le gars se faisait passer pour une fille de 16 ans"),
    (A, "et il réclamait des cartes cadeaux avec un compte à rebours, genre t'as 24h"),
    (B, "le pire c'est que les victimes osent pas en parler"),
    (A, "ma soeur bosse au collège, elle dit qu'ils vont faire une intervention avec le numéro d'aide"),
    (B, "trop bien. faut que les gamins sachent qu'ils doivent pas payer et qu'ils peuvent signaler"),
    (A, "et que c'est pas leur faute surtout"),
    (B, "carrément. j'envoie le lien du replay à ma cousine pour son fils"),
    (A, "bonne idée"),
])

# n23 de couple keeping pregnancy secret
conv("p32-n23", 0, [], "de", "2026-05-07T11:20:00", [
    (A, "schatz, termin beim frauenarzt war gut, alles zeitgerecht 🥹"),
    (B, "oh wie schön!!! ich konnte mich den ganzen vormittag nicht konzentrieren"),
    (A, "wir sagens aber noch niemandem, ok? erst nach der 12. woche"),
    (B, "klar. auch nicht meiner mutter, obwohl das hart wird haha"),
    (A, "die merkt eh was wenn ich sonntag keinen wein trink 😂"),
    (B, "dann sagen wir du fährst"),
    (A, "gute idee. kannst du auf dem heimweg brot holen?"),
    (B, "mach ich. soll ich dir was schönes mitbringen?"),
    (A, "eis. viel eis"),
    (B, "wird erledigt ❤️"),
])

# n24 nl au pair agency with mother
conv("p32-n24", 0, [], "nl", "2026-08-26T14:00:00", [
    (A, "Goedemiddag mevrouw, u spreekt met Sanne van het au pair bureau. Fijn dat u vragen had over het programma van uw dochter"),
    (B, "Ja, dank u. Ik vind het toch spannend, zo ver weg"),
    (A, "Heel begrijpelijk. Het gastgezin is gescreend, er is een getekend contract met werktijden (max 30 uur) en zakgeld volgens de regels"),
    (B, "En moet ze vooraf ergens voor betalen?"),
    (A, "Nee, de bemiddeling wordt door het gastgezin betaald. Ze houdt zelf haar paspoort en telefoon en heeft een contactpersoon ter plaatse"),
    (B, "Fijn. Kunnen wij het gastgezin eerst zelf spreken?"),
    (A, "Zeker, we plannen graag een videogesprek met u, uw dochter en het gezin. En ze kan altijd ons 24/7 nummer bellen"),
    (B, "Dat stelt me gerust. Stuurt u het contract naar ons allebei?"),
    (A, "Doe ik vandaag nog. Tot snel!"),
])

# n25 nl daughter tells mother about DM, short
conv("p32-n25", 0, [], "nl", "2026-12-01T19:35:00", [
    (A, "mam er stuurde net een of andere vent me een dm, zei dat ie 17 was en vroeg of ik ergens anders verder wilde kletsen 'waar je ouders niet meekijken'"),
    (B, "Goed dat je het zegt lieverd. Niet op reageren. Maak even een screenshot en blokkeer hem"),
    (A, "gedaan. moet ik het melden?"),
    (B, "Ja, we doen het vanavond samen bij het platform en ik zoek even uit bij welk meldpunt het nog meer kan"),
    (A, "oké dankjewel mam 💛"),
])


def build():
    lines = []
    for c in CONVS:
        cid = c["cid"]
        rng = random.Random(cid)
        t = datetime.fromisoformat(c["start"]).replace(tzinfo=timezone.utc)
        msgs = []
        for i, (who, text) in enumerate(c["msgs"]):
            if i:
                r = rng.random()
                if r < 0.08:
                    gap = rng.randint(3600, 5 * 3600)
                elif r < 0.3:
                    gap = rng.randint(300, 1800)
                else:
                    gap = rng.randint(15, 240)
                t = t + timedelta(seconds=gap)
            other = B if who == A else A
            msgs.append({"sender": f"{cid}-{who}", "recipient": f"{cid}-{other}",
                         "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text})
        lines.append({"id": cid, "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                      "source": "probe-v32", "messages": msgs})
    return lines


def main():
    rows = build()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
