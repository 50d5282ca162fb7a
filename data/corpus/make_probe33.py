#!/usr/bin/env python3
"""Blind probe set v33 for lurewatch. Non-explicit, fictional conversations."""
import json, os, random
from datetime import datetime, timedelta

ALLOWED = {"job_offer","romance","vulnerability","isolation","secrecy","off_platform",
           "travel_meet","money_gifts_debt","control","commercial_sex","sextortion",
           "age_probe","compliments_trust","risk_assessment","exclusivity",
           "photo_request","sexual_talk","meeting"}

C = []
def conv(cid, label, codes, lang, start, body):
    C.append(dict(id=cid, label=label, codes=codes, lang=lang, start=start, body=body))

# ---------------- POSITIVES ----------------
conv("p33-p1", 1, ["age_probe","compliments_trust","money_gifts_debt","secrecy","off_platform","risk_assessment"], "en", "2026-12-01T20:00:00Z", """
a: gg that last round was insane
b: lol ty u carried tho
a: nah u were clutch. how old r u anyway u play like a pro
b: 12 lol
a: fr?? ur more mature than ppl my age honestly
b: how old r u
a: old enough lol. 17
a: i got extra vbucks, want the new skin?
b: wait fr
a: ya but dont tell ur parents they'll think its weird. adults dont get gamer friends
b: ok
a: add me on snap its easier to talk there. the chat here gets monitored
b: my mom checks my snap sometimes
a: make a second one, i'll show u how. our thing ok?
b: ok i guess
""")

conv("p33-p2", 1, ["job_offer","money_gifts_debt","travel_meet","control","isolation","secrecy"], "en", "2026-11-03T15:12:00Z", """
a: Hi! I came across your photos and you have a really striking look. We're casting new faces for a fashion week campaign in Atlanta.
b: omg really? i've never modeled before
a: That's exactly what the client wants, fresh faces. Pay is $2,500 a week plus accommodation.
b: thats crazy. is there a catch lol
a: No catch. You'd just cover the portfolio shoot upfront, $350, and we deduct travel from your first check.
b: i dont really have 350 rn
a: No worries, we can front it and you pay back from earnings. Most girls clear it the first week.
b: ok. can my sister come with me
a: Better not, the apartment is just for talent. You'll have roommates, all models.
a: Bring your passport. Our manager holds onto documents for the booking contracts, it's standard for insurance.
b: ok when would i leave
a: Thursday. Ticket is one way for now, the return gets booked once the campaign wraps. Don't post about it yet, clients are strict about confidentiality.
""")

conv("p33-p3", 1, ["romance","money_gifts_debt","commercial_sex","control","secrecy","isolation"], "en", "2026-10-18T23:41:00Z", """
a: babe u up
b: ya cant sleep
a: me neither. stressed. i owe some people proper money n they aint playing
b: how much
a: too much. 2 grand. they said theyll come round mine
b: omg. i can ask my nan for some
a: no dont bring family into it. u love me yeah?
b: obviously
a: my mate said if u just keep his cousin company one night the debts sorted. nothing mad, just be nice to him
b: what do u mean be nice
a: u know what i mean. its one time. after that its just me n u, i promise. i got u that bag didnt i
b: i dont know about this
a: so u dont care if they hurt me? thought u was different
b: i do care
a: then do this for us. dont tell ur mates they wont understand what we got
""")

conv("p33-p4", 1, ["vulnerability","age_probe","isolation","secrecy","meeting","compliments_trust"], "en", "2026-09-22T02:05:00Z", """
b: idk i cant go back there. my stepdad is insane
a: how old r u hun
b: 15
a: ur safe talking to me. where are u now
b: bus station downtown
a: ok listen u can crash at my place, i got food n wifi n nobody will bother u
b: for real? i dont even know u
a: i been where u r. nobody helped me. i got u
a: just dont tell anyone where ur going, cops will just send u back to him
b: my phone is at 4%
a: turn off location and meet me by the side entrance, black car. i'll bring u something to eat
""")

conv("p33-p5", 1, ["sextortion","money_gifts_debt","secrecy","control"], "en", "2026-08-14T21:30:00Z", """
a: check your dms
b: wtf is this
a: i have the recording. every second of it
a: i also have your followers list. your mom, your school, your team
b: please dont
a: $500 and it gets deleted. you have 2 hours
b: i dont have that i'm 16
a: gift cards work. go to the store. send the codes
b: please i'll do anything just delete it
a: clock is ticking. if you block me it goes out to everyone
b: i can get 100
a: 300 minimum. and dont tell anyone or i post immediately
""")

conv("p33-p6", 1, ["compliments_trust","secrecy","meeting","risk_assessment","exclusivity"], "en", "2026-07-06T18:20:00Z", """
a: Great effort today mate, best you've played all season
b: thanks coach!!
a: You've got real potential. Not many kids your age have that focus
a: I could do some one on one sessions with you, Sundays down at the oval. No charge
b: sick, I'll ask mum
a: Maybe don't mention it to the other boys, they'll get jealous you're getting extra
a: And it's easier if I just pick you up, saves your mum the drive. She works Sundays doesn't she?
b: yeah she does
a: Perfect. Just between us for now. Delete these msgs after yeah, my phone's linked to the club account and they get funny about it
b: ok coach
""")

conv("p33-p7", 1, ["age_probe","compliments_trust","photo_request","secrecy","romance"], "en", "2026-06-11T19:47:00Z", """
a: heya saw ur post about the concert, i was there too!!
b: no way what section
a: floor near the front. ur gorgeous btw not being weird
b: haha thanks
a: what year r u in
b: second year
a: ah so ur like 14? im 16 nearly 17
b: yeah 14
a: ur very mature for 14 tbh. i actually have a confession... im a bit older than 16. does it matter? age is just a number when u click with someone
b: how old
a: 23. but i feel like im ur age. u wont tell anyone sure u wont
b: i dunno thats kinda old
a: ill prove im sound. send me a pic, something just for me, not one u'd post. then we're even
""")

conv("p33-p8", 1, ["job_offer","money_gifts_debt","travel_meet","control","isolation","commercial_sex"], "en", "2026-05-02T17:00:00Z", """
a: Good evening my sister. I have a very nice opportunity for you abroad. Hostess work in a top lounge, good salary, 1500 euro monthly
b: Good evening. Thank you. What is the work exactly?
a: Just welcoming guests, keeping them company, making them happy. You are beautiful so it will be easy
b: I don't have money for visa and flight
a: Madam will sponsor everything. You will pay back small small from your salary. 45,000 euro total
b: 45000 is too much
a: Don't worry, you will finish it in one year, the customers give big tips
a: Before you travel we will do oath so you will not betray the agreement
b: My mother wants to meet you first
a: No need to involve family, they will spoil it with jealousy. Just bring your passport on Saturday, I will keep it for the processing
""")

conv("p33-p9", 1, ["age_probe","money_gifts_debt","risk_assessment","secrecy","meeting"], "en", "2026-04-15T16:02:00Z", """
a: alright its the guy from number 40. u dropped ur bus pass earlier
b: oh thanks
a: left it on my wall. u at the secondary up the road? what year
b: year 9
a: nice. u ever want to earn a bit of cash come round, i need help with the garden n stuff. £40 an hour
b: thats a lot lol
a: i like the company tbh, gets lonely. ur parents check ur phone?
b: not really
a: good. no need to mention it, theyll only want a cut haha. come after school when ur mums at work
""")

conv("p33-p10", 1, ["job_offer","money_gifts_debt","control","travel_meet","isolation"], "en", "2026-03-09T10:30:00Z", """
a: Brother, farm job confirmed. Fruit picking, 6 months, very good money. Visa and flight arranged by our company
b: Thank you bhai. What is the cost?
a: Processing fee 3 lakh. You can pay 1 lakh now, rest will be cut from salary
b: My family will take loan for this
a: It is worth it, you will send home double. Accommodation provided, only 150 per week deducted
b: Will I get contract?
a: Contract will be given there. Passports the supervisor keeps for safety, many workers lose them
b: Can I change employer if there is problem?
a: No no, visa is tied to us. Anyway nobody has problem. Just work hard and don't talk to unions or other agencies, they make trouble
""")

conv("p33-p11", 1, ["age_probe","compliments_trust","meeting","isolation","secrecy","sexual_talk"], "en", "2026-02-20T21:14:00Z", """
a: Hey! Loved your cover, your voice has something special. I produce for a few artists you'd definitely know
b: omg thank you!! that means so much
a: How old are you if you don't mind me asking? Labels care about that stuff
b: 15 but I'll be 16 in march
a: Perfect age to get developed. You need a real studio though, not your bedroom
b: i wish lol
a: I have one. Come Saturday, I'll record you for free. Just you though, parents make artists nervous, trust me
b: my mom would want to come
a: She can drop you off. Real artists have to be comfortable with more grown up stuff, the industry isn't for babies. I can teach you
b: what kind of stuff
a: I'll explain in person. Keep it off your socials till the track drops, ok? Our secret project
""")

conv("p33-p12", 1, ["vulnerability","isolation","money_gifts_debt","secrecy","exclusivity","meeting","compliments_trust"], "en", "2026-01-28T22:10:00Z", """
a: u ok? saw ur story, sounded like a rough night
b: staff took my phone again. this is my mates
a: thats out of order. they treat u like a prisoner
a: i'll get u ur own phone, nobody needs to know about it. keep it in ur bag
b: serious?
a: ye. u deserve someone looking out for u. ur key worker doesnt care, she gets paid to be there. i actually care
b: ur the only one who gets it
a: i know. dont go telling the other girls about me yeah, they'll grass. meet me by the chippy friday, i'll bring it
b: i'm not allowed out after 7
a: just tell them ur going to ur mates. ur 14 not 4
""")

conv("p33-p13", 1, ["job_offer","control","commercial_sex","photo_request","travel_meet","money_gifts_debt"], "en", "2026-12-05T13:25:00Z", """
a: Hi, we're hiring chat managers for a fast growing creator agency. Remote or on-site. Up to $8k/month
b: what does a chat manager do
a: You run accounts, talk to fans, upload content. On-site girls earn the most, we have a furnished apartment in Vegas, rent free
b: free rent? wheres the catch
a: No catch. We handle everything: your logins, your payouts, your schedule. You just show up camera ready
b: wait my logins? like you'd have my passwords
a: Standard. It protects you from scammers. Payouts are 30% to you after expenses
b: 30 is low
a: Plus tips. And girls get a bonus for private sessions with top spenders. Send me a few pics of yourself so I can set up your profile today
""")

conv("p33-p14", 1, ["job_offer","commercial_sex","money_gifts_debt","travel_meet","control","secrecy"], "en", "2026-11-19T08:40:00Z", """
a: hello dear, job in spa overseas, massage therapist, no experience need, we train
b: hello. how much salary
a: 4000 dollar per month easy. customer give extra if you do extra service, up to you
b: what extra service
a: relax service, customer happy you happy. you understand
b: i only do massage
a: ok ok, at first only massage. visa we arrange student visa, you pay back 30000 after
b: where i stay
a: stay upstairs at shop, no need go outside, boss provide food. dont tell your family about extra ok they old fashion
""")

conv("p33-p15", 1, ["compliments_trust","money_gifts_debt","secrecy","exclusivity","risk_assessment","meeting"], "en", "2026-10-04T19:05:00Z", """
a: Hey buddy! Great job helping with the food drive today
b: thanks mr d
a: You're honestly the most grown up kid in youth group. The others are so immature
b: lol yeah they are
a: I got you something. That controller you were talking about. Don't tell the other kids, I can't get one for everybody
b: WHAT no way thank you!!!!
a: It's our thing. You're my special buddy. Maybe don't mention it to pastor either, he's strict about gifts
b: ok
a: I can drop it by. When are your folks at work? Don't want to bother them
b: tuesdays till like 6
""")

conv("p33-p16", 1, ["age_probe","compliments_trust","romance","secrecy","exclusivity","meeting"], "en", "2026-09-12T22:48:00Z", """
a: hey, you did great closing tonight eh
b: thanks! the fryer almost killed me lol
a: haha. you're 15 right? you seem older
b: ya just turned
a: I can give you a lift home after shifts. Your parents don't need to do the drive
b: oh thats nice
a: do you have a bf? just curious
b: no lol
a: good, boys your age are idiots. you deserve someone who actually treats you right
a: don't mention the rides to the others, they'll say I play favourites. I'll put you on more shifts with me
b: ok thanks
""")

conv("p33-p17", 1, ["job_offer","travel_meet","money_gifts_debt","control","secrecy","isolation"], "es", "2026-08-01T14:00:00Z", """
a: Hola mi reina, te cuento que hay trabajo de niñera en España con una familia muy buena, pagan 1.800 euros
b: Hola! en serio? yo no tengo papeles para España
a: Tranquila, nosotros te gestionamos todo. Entras como turista y allá se arregla
b: y el pasaje?
a: Lo pone la agencia, tú lo devuelves de tu sueldo, son 4.000 euros con alojamiento y gestiones
b: uy es mucho
a: En tres meses lo pagas, la señora es muy generosa. Al llegar le entregas el pasaporte a ella para el contrato
b: mi mamá dice que le dé el número de la familia
a: No hace falta, la familia es muy reservada. Mejor no le digas nada a nadie hasta que estés allá, la gente es envidiosa
""")

conv("p33-p18", 1, ["age_probe","compliments_trust","money_gifts_debt","secrecy","off_platform","risk_assessment"], "es", "2026-07-19T17:33:00Z", """
a: q onda bro jugamos otra
b: va
a: juegas bien chido, cuantos años tienes
b: 11
a: neta? pareces mas grande. yo tengo 15
a: te regalo diamantes si quieres, tengo un chingo
b: sii porfa
a: pero no le digas a tus papas eh, luego piensan mal
a: pasame tu whats para hablar mejor, aqui revisan el chat
b: no tengo whats, uso el cel de mi mama
a: ah ok, entonces borra todo despues de hablar. es nuestro secreto
""")

conv("p33-p19", 1, ["romance","money_gifts_debt","commercial_sex","control","secrecy","isolation"], "pt", "2026-06-27T23:15:00Z", """
a: amor, tô muito enrolado, o aluguel venceu e o cara vai me botar pra fora
b: nossa amor, quanto é?
a: 1200. se eu não pagar até sexta já era
b: eu não tenho isso
a: tem um jeito. um amigo meu paga bem pra sair com uma menina bonita, só uma noite. vc faz isso por nós?
b: sair como assim
a: vc sabe. é só uma vez, depois a gente tá livre. eu te amo, vc sabe disso
b: não sei se consigo
a: depois de tudo que eu fiz por vc? o celular, as roupas? pensei q vc fosse minha mulher
a: e não conta pra tua irmã, ela não gosta de mim mesmo
""")

conv("p33-p20", 1, ["job_offer","age_probe","travel_meet","secrecy","photo_request","commercial_sex","money_gifts_debt"], "pt", "2026-05-23T20:40:00Z", """
a: oi linda, sou produtor de eventos em SP. vc tem perfil pra promoter e modelo, já pensou nisso?
b: oi! sério? sou do interior, nunca fiz nada assim
a: melhor ainda. quantos anos vc tem?
b: 16
a: tranquilo, dá pra dar um jeito. a gente paga a passagem e vc fica num apê com outras meninas
b: minha mãe nunca ia deixar
a: não precisa contar agora. quando vc estiver ganhando 5 mil por mês ela vai agradecer
b: 5 mil??
a: fácil. só tem que ser simpática com os clientes VIP depois dos eventos. manda umas fotos de corpo inteiro pra eu mostrar pro chefe
b: posso mandar amanhã
a: pode ser hoje. e apaga essa conversa tá
""")

conv("p33-p21", 1, ["sextortion","money_gifts_debt","secrecy","control"], "fr", "2026-04-30T21:55:00Z", """
a: j'ai tout enregistré. regarde ce que j'ai
b: c'est quoi ce délire
a: si tu payes pas 300€ j'envoie à tous tes contacts, ton lycée, ta famille
b: je t'en supplie supprime
a: cartes cadeaux. tu vas au tabac tu m'envoies les codes
b: j'ai que 50 euros
a: débrouille toi. tu as jusqu'à 22h. et si tu parles à quelqu'un j'envoie direct
b: ok ok attends
""")

conv("p33-p22", 1, ["age_probe","compliments_trust","risk_assessment","off_platform","photo_request","meeting","secrecy"], "fr", "2026-03-18T18:12:00Z", """
a: coucou toi, t'es trop jolie sur ta photo de profil
b: merci mdr
a: t'as quel âge?
b: 14 et toi
a: 24 mais franchement t'es plus mature que les filles de mon âge
b: ah bon
a: tes parents regardent ton tel?
b: ma mère des fois
a: alors on va parler sur une autre appli, je t'explique. et tu m'envoies une photo rien que pour moi, pas comme celles de ton insta
b: genre quoi
a: je t'expliquerai. on pourrait se voir mercredi après les cours, je t'attends près du parc. c'est notre secret ok
""")

conv("p33-p23", 1, ["job_offer","money_gifts_debt","control","travel_meet"], "de", "2026-02-08T11:00:00Z", """
a: Hallo, wir suchen Reinigungskräfte für Hotels in Deutschland, 2.200 netto, Unterkunft gestellt
b: Guten Tag, ich spreche nur wenig Deutsch. Ist das ein Problem?
a: Kein Problem, Deutsch braucht man nicht. Vermittlungsgebühr 900 Euro, kann auch vom Lohn abgezogen werden
b: Gibt es einen Vertrag?
a: Den Vertrag bekommst du vor Ort. Den Pass gibst du dem Vorarbeiter, wegen Anmeldung
b: Wie viel kostet die Unterkunft?
a: 450 im Monat, Bus aus Rumänien 200, alles wird abgezogen. Am Anfang bekommst du Taschengeld
b: Und wenn ich kündigen will?
a: Erst wenn die Schulden bezahlt sind. Aber alle sind zufrieden, keine Sorge
""")

conv("p33-p24", 1, ["vulnerability","age_probe","isolation","secrecy","meeting","compliments_trust"], "de", "2026-01-11T01:20:00Z", """
b: bin wieder aus der wg abgehauen, hab kein bock mehr
a: oh nein, wie alt bist du nochmal?
b: 15
a: du kannst bei mir pennen, hab platz. essen auch
b: echt? kennst mich doch gar nicht
a: ich hab dich lieb gewonnen durch unsere chats. die betreuer verstehen dich eh nicht
a: sag aber keinem wo du bist, sonst holen die dich zurück
b: mein akku ist fast leer
a: standort aus, ich hol dich am bahnhof hinterm kiosk ab. 20 uhr
""")

conv("p33-p25", 1, ["romance","money_gifts_debt","commercial_sex","isolation","secrecy","control"], "nl", "2026-12-14T20:30:00Z", """
a: schatje ik heb je vandaag echt gemist
b: ik jou ook ❤️
a: vind je die nieuwe sneakers mooi? echt speciaal voor jou gekocht
b: ja heel mooi dankje
a: je weet dat ik alles voor je doe. die meiden uit je klas zijn gewoon jaloers, je moet niet meer met ze omgaan
b: ok
a: luister ik zit in de problemen, ik moet 3000 betalen aan iemand
b: ik heb dat niet
a: je kunt me helpen. een vriend van me betaalt goed als je één avondje gezellig met hem bent. je hoeft alleen lief te zijn
b: wat bedoel je
a: je weet wel. als je echt van me houdt doe je het. vertel het niet aan je moeder
""")

# ---------------- NEGATIVES ----------------
conv("p33-n1", 0, [], "en", "2026-11-08T19:10:00Z", """
a: mum can i show u something weird
b: Of course love, what's up?
a: some guy on my game keeps messaging me. he said "dont tell ur parents, send me a pic just for me, our secret"
b: Thank you for telling me. You did exactly the right thing. Don't reply to him ok?
a: i didnt. he also asked how old i am and if u check my phone
b: That's a big red flag. Can you screenshot it all before you block him?
a: ya done
b: Great. We'll report him in the game and I'll file a report with the online tip line tonight. You're not in any trouble
a: ok. i was scared youd take my xbox
b: Never for telling me. Come down, I'll make hot chocolate and we'll do it together
""")

conv("p33-n2", 0, [], "en", "2026-10-10T21:02:00Z", """
a: Hey, your location's been off since 4. Everything ok?
b: omg my phone died, im at Maya's
a: Ok. Can you turn sharing back on when it charges? Not trying to spy, your mom just worries when you're driving
b: fine but can u not call me in front of everyone lol
a: Deal. Just text when you leave. Home by 11
b: 11:30?
a: 11:15 and you text when you leave. Final offer
b: deal 🙄
a: Love you. Drive safe
""")

conv("p33-n3", 0, [], "en", "2026-09-03T12:15:00Z", """
a: ok so the surprise is ON for saturday. don't breathe a word to Dan
b: my lips are sealed 🤐 what do you need me to bring
a: can you get him out of the house from 2 to 5? take him to the hardware store or something
b: easy, he's been wanting to look at drills for weeks lol
a: perfect. everyone's arriving at 3:30, parking round the corner so he doesn't see the cars
b: shall I text you when we're heading back?
a: yes! send "got the milk" as the code lol
b: hahaha secret agent stuff. he's going to cry
a: he better. 40 only happens once
""")

conv("p33-n4", 0, [], "en", "2026-08-20T09:30:00Z", """
a: Hi Grace, following up on your interview with the hospital trust. They'd like to offer you the staff nurse role.
b: That's wonderful news! Could you remind me about costs?
a: There are no fees to you at any stage. The employer covers the visa, the nursing council registration, flights and the first month of accommodation.
b: And if I want to leave before the contract ends?
a: There's no repayment clause for leaving. You'd just give the standard notice in your contract. I'll send the full contract for you to review with anyone you like before signing.
b: Do I need to hand over my passport?
a: No, your passport stays with you. We only need a scanned copy for the visa application.
b: Great, I'll share it with my union rep this week.
a: Perfect. Take your time, there's no deadline pressure.
""")

conv("p33-n5", 0, [], "en", "2026-07-14T11:45:00Z", """
a: Hello, this is Lena from the agency. We met your daughter at the open casting on Saturday.
b: Hi, yes she's been talking about it nonstop!
a: We'd love to represent her. Since she's 16, a parent or guardian has to sign and attend every shoot.
b: Are there any upfront costs? I've read horror stories
a: None. We never charge for portfolios or registration. We earn a commission only when she's paid for work.
b: That's reassuring. Can we have a lawyer look at the contract?
a: Absolutely, we encourage it. I'll email it to you, not to her. Her school schedule comes first, we only book weekends and holidays.
b: Thank you. We'll read it together and get back to you next week.
""")

conv("p33-n6", 0, [], "en", "2026-06-02T20:20:00Z", """
a: ur the one who sat next to me in chem right
b: lol yes the one who set the paper on fire
a: iconic honestly
b: shut up 😭
a: u going to jake's thing friday
b: maybe if my mom lets me. ur going?
a: ya w the whole team. this app is so laggy can we move to insta
b: ya add me, same name as here
a: bet. also ur kinda funny ngl
b: kinda??
a: ok very funny. see u in chem
""")

conv("p33-n7", 0, [], "en", "2026-05-12T16:00:00Z", """
a: Hi Mrs. Okafor, just confirming Leo's lesson moves to Thursday 4:30 this week.
b: Thanks! That works. Should I stay for the lesson?
a: You're always welcome to sit in. I'd actually love it if you could hear the new piece, he's made huge progress.
b: He's been practising every night, driving us a bit mad lol
a: That's what we like to hear! I'll send the practice sheet to your email as usual.
b: Perfect. Also his birthday is next week, he'd love a new songbook if you have suggestions
a: I'll add a couple of recommendations to the sheet. See you Thursday!
""")

conv("p33-n8", 0, [], "en", "2026-04-04T17:50:00Z", """
a: yo i got u the dragon skin for ur bday
b: NO WAY bro thats like 2000 coins
a: lol i had extra from my allowance
b: ur actually the goat
a: dont tell my little bro tho, i told him i was broke 💀
b: hahaha secret is safe
a: hop on later? squad w marcus
b: after dinner, my mom's making me do dishes first
a: lmao ok
""")

conv("p33-n9", 0, [], "en", "2026-03-01T19:00:00Z", """
a: hey how's the job hunt going
b: rough. rent's due and i'm short like 400
a: I can send it. pay me back whenever, no stress
b: you sure? i feel bad
a: dude you covered me all through college. also if the lease thing falls apart the spare room is yours. the kids would love having their uncle around
b: that might actually save me. let me see what the landlord says
a: sending the 400 now. mom doesn't need to know if you don't want her fussing
b: lol thank you. seriously
a: love you. go smash that interview
""")

conv("p33-n10", 0, [], "en", "2026-02-15T10:05:00Z", """
a: So I had a really nice time last night
b: Me too! Sorry I talked your ear off about my dog
a: Are you kidding, Biscuit is the highlight. I need a picture
b: Here he is in his little raincoat
a: Stop, that's adorable. Are you free Saturday? There's a food market by the river
b: Yes! Meet you there at noon?
a: Noon is perfect. I'll be the one by the dumpling stall
b: See you then 😊
""")

conv("p33-n11", 0, [], "en", "2026-01-20T15:30:00Z", """
a: Hey Tyler, it's Sam from the drop-in centre. I managed to hold a bed for you at the night shelter tonight.
b: thanks. is it the one with the curfew
a: Yes, check in by 9. It's free, and you can leave anytime you want.
b: ok. i still dont have my id since my bag got nicked
a: We can sort that. Come in tomorrow at 10 and we'll do the replacement form together. We cover the fee
b: do i have to pay u back
a: No, never. That's what the funding's for. Your stuff stays yours.
b: alright. cheers
a: Also the housing officer's in on Thursday if you want me to book you in. Totally your call
b: ya book me in
""")

conv("p33-n12", 0, [], "en", "2026-12-09T18:40:00Z", """
a: did u see that thing on the news about the fake modelling agency
b: yes!! they were flying girls out promising jobs and then taking their passports
a: and charging them "fees" so they were in debt the whole time. so grim
b: my cousin got a DM like that last year, 5k a week for "hostess" work
a: omg did she reply
b: no her mum made her report it. the article said the big red flags are upfront fees and someone holding your documents
a: good to know. sharing it in the group chat
b: yes do. people think it only happens in films
""")

conv("p33-n13", 0, [], "en", "2026-11-27T21:00:00Z", """
a: Did you read the article about the sextortion scams targeting teenage boys?
b: Yes, it terrified me. They pretend to be a girl, then threaten to send stuff to the kid's followers unless they pay
a: The police said the most important thing is kids knowing they won't be in trouble if they tell a parent
b: I talked to Sam about it at dinner. Told him if anyone ever threatens him, don't pay, stop replying, screenshot and come to me
a: Good call. Apparently there's a service that helps get images taken down too
b: I'll look it up. Going to send the article to the school parents group
a: Good idea. Better awkward than sorry
""")

conv("p33-n14", 0, [], "en", "2026-10-22T13:10:00Z", """
a: Hi Chloe! Are you free to babysit Friday 6-10?
b: Hi! Yes I can do that
a: Brilliant. Usual rate, and I'll drop you home after. The kids are in bed by 8
b: Sounds good. Any allergies I should know about? I forgot if Ava's was peanuts
a: Yes peanuts, EpiPen's in the kitchen drawer. I'll leave our numbers on the fridge
b: Perfect. Can my mum pick me up instead? She's out near you anyway
a: Of course, whatever's easier for you both. See you at 6!
""")

conv("p33-n15", 0, [], "en", "2026-09-16T17:25:00Z", """
a: turned on location sharing so you can see when I'm close, the motorway is a mess
b: aw thanks, I can see you're stuck near the junction lol
a: yep. eta like 40 mins
b: no rush. I'll start dinner when you're 10 away
a: you're the best. want me to keep sharing on? makes the late shifts less stressful for you
b: yes please, and I'll share mine back. only if you're cool with it
a: totally. either of us can turn it off whenever
""")

conv("p33-n16", 0, [], "en", "2026-08-28T07:15:00Z", """
a: Hi Priya, any chance you could cover the Saturday morning shift? Marco is off sick
b: Hey, I can do 8-2 but not later, I have a family thing
a: 8-2 is perfect, thank you. It'll be time and a half since it's your day off
b: Great. Do I need to open?
a: Keys are with security, alarm code is on the staff board. I'll put it in the rota now so payroll picks it up
b: Sounds good
a: Thanks a lot, really appreciated. Text me if anything comes up
""")

conv("p33-n17", 0, [], "es", "2026-07-30T19:45:00Z", """
a: oye un tipo del juego me escribió bien raro
b: q te dijo
a: "no le digas a tus papás, mándame una foto solo para mí y te regalo diamantes"
b: nooo eso está bien turbio. bloquéalo
a: ya lo bloqueé pero me da pena decirle a mi mamá
b: dile!! no vas a estar en problemas. a mi prima le pasó y su mamá lo reportó a la policía cibernética
a: ok hoy le digo cuando llegue
b: yo te acompaño si quieres. toma captura de todo antes
a: ya las tengo. gracias amiga
""")

conv("p33-n18", 0, [], "es", "2026-06-18T12:00:00Z", """
a: Primo! Ya me llegó el contrato de la empresa de Madrid, indefinido y todo
b: Enhorabuena!! Te dije que lo ibas a conseguir
a: Lo revisó el abogado del sindicato, todo en regla. El traslado lo pagan ellos
b: Pues mientras buscas piso te quedas en mi casa, la habitación del fondo está libre
a: ¿Seguro? Te pago algo
b: Nada, tú compras la comida de vez en cuando y listo. Mi madre se va a poner feliz de tenerte cerca
a: Eres un crack. Llego el 3 en el tren de las 10
b: Te recojo en la estación
""")

conv("p33-n19", 0, [], "pt", "2026-05-08T18:30:00Z", """
a: filha, vi no app que vc tá na casa da Bia, tá tudo bem?
b: tô sim mãe, a gente tá fazendo o trabalho de geografia
a: ok. deixa a localização ligada até chegar em casa, tá? seu pai fica mais tranquilo
b: mãe eu tenho 15 anos, não preciso ser rastreada o tempo todo 😩
a: eu sei meu amor. não é desconfiança, é por causa da volta de ônibus à noite. a gente conversa sobre isso no fim de semana
b: tá bom. a mãe da Bia vai me levar
a: ótimo, agradece ela por mim. beijo
""")

conv("p33-n20", 0, [], "pt", "2026-04-21T09:00:00Z", """
a: Bom dia, Rafael! A empresa de Lisboa aprovou sua contratação como desenvolvedor
b: Que notícia boa! Tem algum custo pra mim no processo?
a: Nenhum. O visto, a passagem e o primeiro mês de hospedagem são pagos pela empresa, tudo previsto no contrato
b: E o passaporte, preciso entregar pra alguém?
a: Não, fica com você. Só precisamos de uma cópia digitalizada pro pedido de visto
b: Perfeito. Posso mostrar o contrato pra um advogado antes de assinar?
a: Claro, fique à vontade. Pode levar o tempo que precisar
b: Obrigado! Te retorno até sexta
""")

conv("p33-n21", 0, [], "fr", "2026-03-25T08:20:00Z", """
a: Bonjour Mme Girard, c'est Karim, l'entraîneur des U13. Le tournoi de Lyon est confirmé pour le 14
b: Bonjour! Super, Noah est tout excité
a: On part en car avec deux parents accompagnateurs. L'autorisation de sortie est à signer avant mercredi
b: D'accord. Les enfants dorment où?
a: Au centre sportif, chambres de 4 enfants, encadrants dans le couloir. Le programme détaillé est dans le mail envoyé à tous les parents
b: Parfait. Je peux être accompagnatrice si vous en manquez
a: Avec plaisir, je vous mets sur la liste. Merci!
""")

conv("p33-n22", 0, [], "fr", "2026-02-27T10:40:00Z", """
a: Merci pour hier soir, j'ai passé un super moment
b: Moi aussi 😊 Même si j'ai perdu au bowling lamentablement
a: Tu as été très digne dans la défaite haha
b: Revanche samedi? Il y a un petit resto italien près de la gare
a: Avec plaisir. 20h?
b: Parfait, je réserve. Je t'envoie l'adresse
a: Top. Bonne journée!
""")

conv("p33-n23", 0, [], "de", "2026-01-05T18:00:00Z", """
a: Psst, Samstag ist die Überraschungsparty für Oma. Kein Wort zu ihr!
b: Ehrenwort 🤐 Was soll ich mitbringen?
a: Kannst du sie von 14 bis 16 Uhr ins Café locken? Dann können wir dekorieren
b: Klar, ich sag einfach, ich lade sie auf Kuchen ein
a: Perfekt. Ich schreib dir "Paket ist angekommen", wenn alles fertig ist
b: Haha wie im Agentenfilm. Sie wird sich so freuen
a: 80 wird man nur einmal!
""")

conv("p33-n24", 0, [], "nl", "2026-12-18T16:15:00Z", """
a: Hoi Dani, met Femke van het jongerenloket. Er is vanavond een plek vrij in de nachtopvang
b: oke thx. moet ik iets betalen
a: Nee, het is gratis. Je kunt komen en gaan wanneer je wilt, wel voor 22 uur binnen
b: ik heb geen id meer
a: Dat regelen we samen. Morgen om 11 uur bij mij, dan vragen we een nieuwe aan. De kosten vergoeden wij
b: en dan moet ik jullie terugbetalen?
a: Nee hoor, nooit. Alles wat je krijgt is van jou
b: oke ik kom morgen
""")

conv("p33-n25", 0, [], "nl", "2026-11-13T20:50:00Z", """
a: heb jij die docu over loverboys gezien gisteren?
b: ja echt heftig. hoe ze eerst cadeautjes geven en dan ineens zeggen dat je ze iets schuldig bent
a: en dat ze meiden van hun vriendinnen isoleren. mijn nichtje is 14, ik ga het met haar bespreken
b: goed idee. er was ook een lijn waar je anoniem kan bellen toch?
a: ja, ik zoek het nummer op en stuur het in de familie-app
b: top. hoe eerder ze het herkennen hoe beter
""")

def build():
    rng = random.Random(33)
    out = []
    for c in C:
        assert set(c["codes"]) <= ALLOWED, c["id"]
        ts = datetime.strptime(c["start"], "%Y-%m-%dT%H:%M:%SZ")
        msgs = []
        for line in c["body"].strip().splitlines():
            who, text = line.split(":", 1)
            who = who.strip()
            assert who in ("a", "b")
            other = "b" if who == "a" else "a"
            msgs.append({"sender": f"{c['id']}-{who}", "recipient": f"{c['id']}-{other}",
                         "ts": ts.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text.strip()})
            ts += timedelta(seconds=rng.randint(20, 600))
        assert 4 <= len(msgs) <= 20, c["id"]
        out.append({"id": c["id"], "label": c["label"], "codes": c["codes"], "lang": c["lang"],
                    "source": "probe-v33", "messages": msgs})
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "probe33.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    build()
