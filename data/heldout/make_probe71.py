#!/usr/bin/env python3
"""Builds probe71.jsonl: synthetic grooming / recruitment / sextortion chats
and hard negatives. Deterministic, standard library only."""
import json
import os
import re
from datetime import datetime, timedelta

NN = 71
CONVS = []
GAPS = [23, 41, 67, 12, 88, 35, 150, 19, 54, 240, 31, 76, 9, 122, 47, 63, 18, 305]


def C(cid, label, codes, lang, who, start, lines, group=None):
    CONVS.append(dict(id="p%d-%s" % (NN, cid), label=label, codes=codes,
                      lang=lang, who=who, start=start, lines=lines, group=group))


def parse_jump(spec):
    m = re.fullmatch(r"(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?", spec.strip())
    d, h, mi = (int(x) if x else 0 for x in m.groups())
    return timedelta(days=d, hours=h, minutes=mi)


def build(conv):
    t = datetime.strptime(conv["start"], "%Y-%m-%dT%H:%M:%SZ")
    off = sum(ord(c) for c in conv["id"]) % len(GAPS)
    msgs = []
    i = 0
    for raw in conv["lines"].strip("\n").split("\n"):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("~"):
            t += parse_jump(line[1:])
            continue
        spk, text = line.split(":", 1)
        spk = spk.strip()
        sender = conv["who"][spk]
        if conv["group"]:
            recipient = conv["group"]
        else:
            others = [v for k, v in conv["who"].items() if k != spk]
            recipient = others[0]
        if msgs:
            t += timedelta(seconds=GAPS[(i + off) % len(GAPS)])
        i += 1
        msgs.append({"sender": sender, "recipient": recipient,
                     "ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "text": text.strip()})
    return {"id": conv["id"], "label": conv["label"], "codes": conv["codes"],
            "lang": conv["lang"], "messages": msgs}


# ---------------------------------------------------------------- positives, long, English

# US, gaming, boy 12
C("en1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "off_platform", "risk_assessment",
             "secrecy", "exclusivity", "meeting", "travel_meet"], "en",
  {"A": "rydr_kai", "B": "milo.bz"}, "2026-01-09T22:14:05Z", """
A: gg that obby was brutal lol
B: ya i died like 40 times on the lava part
A: same lol u got further than me tho
B: thx
A: u play a lot?
B: kinda. after school mostly
A: nice. wanna run the tower one tmrw
B: sure
~1d
A: yo u on
B: ya just got home
A: how was school
B: boring. we had a sub in science and she made us watch a video about rocks
A: lmaooo rocks
B: like 50 min of rocks
A: worst. what grade r u in again
B: 7th
A: oh ok cool. im a junior lol so im old
B: thats not old
A: haha thx. u have pets?
B: a dog named pickles
A: pickles is an elite name
B: my sister named him
~2d
A: bro i got like 800 robux for my bday, u want some for that jetpack u wanted
B: fr??
A: ya its nothing
B: thank u sm
A: np ur like my best duo honestly
B: lol ok
A: ur honestly way more chill than ppl my age. mature for 12
B: im 13 in april
A: see lol mature
~3d
A: do u have discord? chat here lags so bad
B: my mom said i cant have it
A: its just for games. u dont gotta tell her, its not a big deal
B: idk
A: or just text me? is this ur own phone or shared
B: its mine but my mom checks it sometimes
A: ah ok. when does she usually check
B: like at night sometimes
A: k so maybe just clear our chats before bed. not cuz anything bad, parents just get weird abt online friends
B: ok
~1d
B: pickles ate my homework lol not even joking
A: LMAOOO no way
B: it was a worksheet he chewed it
A: legend dog
A: btw i kinda lied lol im 19 not a junior. didnt want u to think im weird
B: oh
A: is that ok? age doesnt matter w friends right
B: i guess
A: ur cool either way. dont tell ur mom tho she would freak for no reason
~2d
A: whats ur fav snack
B: hot cheetos
A: if i got u a box would u want it lol
B: haha maybe
A: what part of town r u in, i might be close
B: near the big target
A: same lol. we could meet there saturday and i give u a robux card irl
B: i have to ask
A: nah dont ask just say ur w a friend. its our thing ok
""")

# UK, girl 14, netball club
C("en2", 1, ["compliments_trust", "vulnerability", "age_probe", "risk_assessment", "photo_request",
             "secrecy", "isolation", "meeting", "travel_meet"], "en",
  {"A": "danny_g97", "B": "ellie.xo"}, "2026-02-06T17:32:40Z", """
B: who's this
A: hiya, saw you on the netball pic on the club page, I'm mates with one of the coaches brothers haha
B: oh ok
A: you lot smashed it against Ashfield
B: we lost the semi tho
A: still. how's school going
B: rubbish we've got mocks
A: mocks in year 9?? harsh
B: ikr. maths is killing me
A: I was proper bad at maths tbh. what you having for tea
B: chippy its friday
A: best day. chips and curry sauce?
B: obviously
~1d
A: morning
B: hiya
A: how'd you sleep
B: fine. mum woke me up at like 7
A: brutal. you get the bus?
B: yeah the 41
A: haha I used to get that one
~2d
B: my mum's being so annoying she took my phone for 2 days
A: omg for what
B: cos i talked back
A: that's harsh. you don't deserve that. you're not a little kid
B: yeah thats what I said
A: honestly you're so much more grown up than my sister's mates
B: how old is she
A: 16. how old are you, 15?
B: 14
A: mad, you seem older. I'm 19 so not much of a gap really
B: oh ok
A: we can be mates yeah?
B: yeah
~1d
A: what you watching
B: love island reruns
A: haha who's your fave
B: i dont even know anymore
A: lol
A: is your mum about tonight?
B: she's at work till 10
A: so you've got the house to yourself
B: my brother's here
A: how old's he
B: 9
A: ah cute
A: send us a selfie, wanna see what you look like today, just for me x
B: lol why
A: cos I like seeing you. no one else needs to see it
B: maybe later
~1d
A: you know you can tell me anything yeah. I get you more than your mum does
B: yeah
A: keep this between us tho. people wouldn't understand us being mates
B: ok
A: delete the chat after if you want, it's easier
~2d
A: fancy a maccies saturday? I can get you from the retail park
B: idk my mum'll ask where I'm going
A: just say you're at Jess's. our secret x
""")

# Irish, girl 13, camogie
C("en3", 1, ["age_probe", "compliments_trust", "secrecy", "risk_assessment", "money_gifts_debt",
             "photo_request", "exclusivity", "meeting", "travel_meet"], "en",
  {"A": "ciaran_k04", "B": "aoife.mc"}, "2026-01-16T20:05:11Z", """
B: hey whos this
A: hey sorry, ciaran, seen u on orlaith's story from the disco
B: oh ya lol that was last friday
A: looked like some craic
B: it was grand. the dj was woeful tho
A: haha. ye from the same school?
B: st brigids, first year
A: ah class. im in transition year in the boys school
B: oh cool
~1d
A: hows the weather over there, lashing here
B: lashing here too. mam wont drive me to training
A: what training
B: camogie
A: ah deadly, u any good
B: im ok. im corner back
~1d
A: wat u doin
B: homework. irish essay
A: ugh irish. ta me tuirseach lol
B: lol
A: what age are u anyway
B: 13
A: ur very mature for 13 no joke
B: thanks
A: most first years are so childish
~2d
A: can i tell u something and u wont be weird
B: ya
A: im not actually 16 im 22. i just said 16 cos people judge
B: oh
A: but we get on so well and thats what matters isnt it
B: i suppose
A: dont say it to orlaith or anyone, theyd make it a big thing
B: ok
~1d
B: mam is giving out to me for being on my phone
A: is it ur own phone or does she check it
B: mine but she takes it at 10
A: ah. maybe clear our chat before 10 so she doesnt see. she wouldnt get it
B: ya
A: its just our thing
~2d
A: what would u want for ur birthday
B: airpods lol
A: when is it
B: in may
A: ill sort u out. dont tell anyone where they came from tho
B: omg really
A: ya course. ur worth it
~1d
A: send us a pic of u before the match tomorrow, just for me like
B: in my gear lol
A: ya whatever. u always look lovely
~1d
A: where do u get collected after school
B: mam gets me at half 3 unless shes working
A: what about thursdays
B: i walk to the library
A: i could collect u there thursday and we go for a spin, get chips
B: i dunno
A: ah go on. back before ur mam is home, no one will know
""")

# Scottish, boy 14, goalkeeping
C("en4", 1, ["compliments_trust", "money_gifts_debt", "age_probe", "risk_assessment", "secrecy",
             "photo_request", "isolation", "meeting", "travel_meet"], "en",
  {"A": "gk_rab_coaching", "B": "lewis_m09"}, "2026-02-11T19:40:02Z", """
B: awright, saw yer keeper drills vid, pure mint
A: cheers wee man, you a keeper?
B: aye for my under 15s
A: class. whit team
B: just a boys club in Kirkcaldy
A: good set up that. hows the season gaun
B: shocking. we got pumped 6-1 on saturday
A: ach it happens. keepers get the blame for everything
B: tell me aboot it
~1d
A: send us a clip of yer diving if ye want and ill gie ye tips
B: aye ma da filmed one
B: [video]
A: oh aye nice. yer handling's decent
B: cheers
A: footwork's a bit slow, gotta work on that
B: aye coach says that
~2d
A: whit boots ye wearing
B: auld predators, too wee for me now
A: whit size
B: 8
A: ive got a brand new pair of 8s never worn, sponsor sent two. ye can have them
B: seriously??
A: aye nae bother. just dinnae go tellin everyone, I cannae gie boots tae every boy that messages me haha
B: haha fair
~1d
A: how auld are ye again
B: 14
A: ye talk like someone aulder. mature for yer age
B: ha ma maw says the opposite
A: maws eh. does she check yer phone
B: no really
A: good. keep this chat tae yersel. other keepers would get jealous im helpin ye
B: aye
~1d
B: got a wee knock in training, finger's swollen
A: ice it. send a pic ill tell ye if its bad
B: [photo]
A: thats jammed no broke. tape it
A: ye've got a good look aboot ye, scouts like that. send a couple mair, just normal ones, for my file
B: whit file
A: just for me son, so I can show folk when I put ye forward
~2d
A: want tae come tae a private session? im near Dunfermline
B: how much
A: free for you. ill pick ye up fae the station saturday. dinnae bring yer da, its one on one
B: he usually comes tae everythin
A: aye but this is different. tell him yer at a mates. ill have the boots for ye then
B: ok maybe
A: and delete this chat eh, ye know how folk are
""")

# Canadian, girl 12, hockey
C("en5", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "risk_assessment", "secrecy",
             "photo_request", "exclusivity", "off_platform"], "en",
  {"A": "tyler.ondeck", "B": "brooke_bzzz"}, "2026-01-20T23:02:33Z", """
A: ur the one who did the hockey hair edit right?? thats so good
B: omg thank u
A: what app do u use
B: capcut
A: nice. u play or just watch
B: i play ringette and watch hockey
A: ringette is so underrated
B: THANK YOU nobody knows what it is
~1d
B: SNOW DAY
A: lucky!!! we still have school here
B: where r u
A: near london ont. u?
B: outside barrie
A: not that far lol
B: lol
A: what r u doing w ur snow day
B: timmies and netflix
A: iced capp?
B: hot chocolate its -25
A: fair lol
~1d
A: how old r u btw u seem older
B: 12
A: wow ok ur literally so mature tho. like u get jokes most ppl dont
B: haha thx how old r u
A: 15
B: cool
~2d
B: i hate my brother
A: lol what did he do
B: he told my mom i was on my phone at 1am
A: snitch lol. does ur mom go thru ur phone
B: sometimes she looks at my messages
A: oof. maybe dont save our chats then, she might get the wrong idea
B: why would she
A: bc parents think every online friend is bad lol. u know im not
B: ya
~2d
A: ok dont be mad but im actually 20. i just wanted u to give me a chance as a friend
B: oh
B: thats kinda old
A: its really not, u said urself we vibe
B: i guess
A: u can talk to me abt anything. way easier than ur mom right
B: ya lol
~1d
A: i got u something
B: ???
A: a $50 app store card. for ur edits and stuff. check ur dms
B: WHAT thank u so much
A: ur welcome. just dont tell anyone i sent it, ppl get jealous
B: ok i wont
~1d
A: can u send me a pic of u today? just for me. i never get to see u
B: like a selfie?
A: ya. no one else will see it promise
B: i look so bad rn lol
A: u never look bad
~1d
A: lets talk on the other app, its more private
B: which one
A: ill send u the name. delete this convo after ok
B: ok
""")

# Australian, boy 13, footy and a game
C("en6", 1, ["compliments_trust", "money_gifts_debt", "age_probe", "risk_assessment", "secrecy",
             "off_platform", "isolation", "meeting"], "en",
  {"A": "bazza_fps", "B": "jaxon.w"}, "2026-02-14T07:55:19Z", """
B: bro how did u hit that shot
A: years of pain mate haha
B: ur cracked
A: cheers. u wanna squad up arvo
B: yeah after footy
A: what position u play
B: half forward
A: sick. who u go for
B: pies
A: oof sorry for ur loss haha
B: shut up lol
~1d
A: on?
B: 5 min eating tea
A: whatcha having
B: snags and mash
A: classic
~1d
B: we lost by 2 goals today
A: unlucky mate. u kick any
B: one
A: thats a win for u then
B: i guess lol
A: what year r u in
B: year 7
A: ah so like 12 13?
B: 13
A: u play like someone way older honestly
B: haha cheers
~2d
A: got heaps of vbucks spare, want the new skin?
B: ARE U SERIOUS
A: yeah mate easy
B: legend
A: dont tell the other boys tho theyll all want one lol
B: i wont
~1d
A: r ur olds home? wanna jump on voice
B: mum is but shes on the couch
A: all good. does she listen in
B: nah
A: good. chuck on ur headset then
~1d
A: add me on the other app mate, less laggy. and its just us
B: my mum doesnt let me have it
A: she doesnt have to know. u can delete it after u check it
B: ok
~2d
B: mum said i cant play till i do my homework
A: she's pretty strict hey. u dont deserve that
B: yeah she's always on me
A: u can always vent to me mate
~1d
A: im gonna be in ur area saturday for work
B: near the skate park?
A: yeah probs. could shout u maccas
B: maybe
A: come by yourself tho, easier
B: ok
""")

# Indian English, girl 14, tuition
C("en7", 1, ["compliments_trust", "age_probe", "vulnerability", "risk_assessment", "secrecy",
             "money_gifts_debt", "photo_request", "meeting", "travel_meet"], "en",
  {"A": "rahul_vibezz", "B": "ishu.k_"}, "2026-01-27T15:10:44Z", """
A: hii nice reel yaar the song is sooo good
B: thank youu
A: u dance?
B: a little. kathak classes since class 3
A: wow so talented
B: hehe
~1d
A: what are u doing
B: tuition se aayi hoon, so tired
A: which subject
B: maths. sir gives 50 sums daily
A: uff. which class
B: 9th
A: oh means 14?
B: ya 14
A: u talk so mature yaar i thought u were in college
B: lol nooo
~1d
A: what did u eat
B: rajma chawal
A: fav
B: same
A: mummy cooks?
B: ya but she is always scolding me for phone
A: haha all mummies same
~2d
B: i got 12 out of 40 in science test
A: arre its ok, u are smart
B: papa will shout
A: u can talk to me whenever u feel bad ok. i understand u better than them
B: ok thanks
~1d
A: is this ur own phone or mummy's
B: my own but mummy checks sometimes
A: hmm then delete our chats daily ok. they will think wrong things for no reason
B: ok
A: promise?
B: promise
~1d
A: i did a recharge of 599 on ur number, check
B: whaaat why
A: just like that. u deserve. dont tell anyone i did
B: thank youuu
~2d
A: send one pic na, without filter. only for me
B: ok wait
B: [photo]
A: so cute. dont send to anyone else ok, only i should see
B: lol ok
~1d
A: i am 23 btw. is that ok for u
B: hmm i thought 18
A: age doesnt matter yaar we are friends
B: ok
~1d
A: which side is ur tuition
B: near the metro station
A: i can come there saturday after class. we will go for momos
B: mummy picks me
A: tell her class is extended 1 hour. its our secret na
""")

# Filipino (Taglish), girl 13
C("en8", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "secrecy",
             "photo_request", "exclusivity", "meeting", "travel_meet"], "en",
  {"A": "kuya_migs.ml", "B": "jhaycee_07"}, "2026-02-02T12:21:09Z", """
A: hello ang galing mo mag-tank kanina haha
B: hahaha thank you po
A: wag mo na ako i-po haha
B: sorry habit hehe
A: anong rank mo
B: epic pa lang
A: kaya mo yan. duo tayo mamaya
B: sige after ko mag-assignment
~1d
A: gising ka pa?
B: opo este oo hahaha
A: haha. anong ginagawa mo
B: nanonood ng kdrama
A: anong title
B: yung bago sa netflix about lawyers
A: ah yun. ok ba
B: sobrang ganda
~1d
A: ilang taon ka na pala
B: 13 po
A: weh parang 17 ka na kung mag-isip. ang mature mo
B: hala hindi naman hahaha
A: totoo. di ka tulad ng ibang bata
~2d
B: nakakainis si mama hindi ako pinayagan sa sleepover
A: sayang naman. strict ba siya
B: sobra
A: ako pwede mong sabihan ng kahit ano. mas naiintindihan kita
B: salamat kuya
~1d
A: phone mo ba talaga yan o kay ate mo
B: akin na po pero minsan chinecheck ni mama
A: ah sige burahin mo na lang yung chats natin ha para walang issue
B: bakit po
A: baka ma-misunderstand lang. secret natin to
B: ok
~1d
A: pinadalhan kita ng load tsaka 300 sa gcash
B: hala kuya bakit
A: pang-skin mo. wag mo sabihin kay mama
B: thank you talaga
~2d
A: send ka naman pic mo, yung bago. para sa akin lang
B: wala ako maayos na pic hahaha
A: kahit ano basta ikaw. wag mo ipakita sa friends mo na nag-send ka ha
B: sige mamaya
~1d
A: mag-mall ka ba sa sabado
B: baka po with my cousin
A: pwede ba ikaw lang. kita tayo sa food court, libre kita
B: hala baka hanapin ako
A: sabihin mo may group project ka. sunduin kita sa kanto
""")

# US, loverboy recruitment of a 16-year-old
C("en9", 1, ["romance", "compliments_trust", "vulnerability", "isolation", "money_gifts_debt",
             "travel_meet", "control", "commercial_sex", "age_probe", "secrecy"], "en",
  {"A": "dre.official_", "B": "kaylaa.j"}, "2026-01-05T01:12:50Z", """
A: u got the prettiest smile on my feed fr
B: lol thank u
A: where u from
B: dayton
A: oh word im in columbus
B: cool
~1d
A: wyd
B: nothing bored. my mom and her bf screaming again
A: damn thats a lot. u good?
B: i guess. im used to it
A: u shouldnt have to be used to that
B: ya
A: how old r u
B: 16
A: u carry urself like 20 tho
B: lol my mom says i act grown
~1d
A: good morning beautiful
B: gm
A: u eat yet
B: no we dont have nothing here
A: send me ur cashapp ima send u something for lunch
B: u dont have to
A: i want to. that's how i am with ppl i care abt
B: ty
~2d
B: she took my phone charger bc i didnt do dishes
A: fr thats crazy. u deserve way better than that house
B: i hate it there
A: if u was mine u wouldnt go thru none of that
B: lol stop
A: im deadass
~1d
A: what u think abt us
B: idk u r sweet
A: i'm 24 btw, dont let that scare u. age dont mean nothing when its real
B: its kinda old
A: ur mature tho. ur not like these lil boys
B: true lol
~2d
A: i got u a bus ticket for friday. come stay w me for the weekend
B: my mom would kill me
A: she dont even notice when u home. tell her u at tasha's
B: ok
A: dont post nothing either, keep us private
~3d
B: i had fun this weekend
A: me too bae. u could just stay here u know
B: for real?
A: i got u. new clothes, ur nails done, whatever u need
~2d
A: look im behind on rent, shit is tight
B: im sorry, i can get a job
A: nah i got an easier way. my homie having a get together saturday, some older dudes
A: all u gotta do is keep them company, be sweet. they tip good
B: like what do i gotta do
A: just be nice to them. u trust me right
B: i guess
A: after all i did for u? the clothes, the bus, the food
B: ok ok
A: and gimme ur phone when u get there, dont need ur mom tracking it
""")

# UK, loverboy / debt, 17-year-old in a children's home
C("en10", 1, ["romance", "vulnerability", "money_gifts_debt", "control", "isolation", "travel_meet",
              "commercial_sex", "compliments_trust", "secrecy"], "en",
  {"A": "kai.mcr", "B": "shannon_x17"}, "2026-02-03T21:44:27Z", """
A: you alright babe, saw you outside the kfc on london road with your mates
B: lol who is this
A: kai. i was in the black golf. you had the pink puffer on
B: oh haha
A: you looked well sad tho
B: just hate where i live
A: where's that
B: a care home, its a long story
A: damn. they treating you alright
B: staff are ok some of them. i just want my own space
~1d
A: what you doing today
B: nothing. college is off
A: what you doing at college
B: hair and beauty level 2
A: suits you. you could do my eyebrows haha
B: lol no
~1d
A: ive put £40 on your phone babe so you can keep chatting to me
B: omg you didnt have to
A: i look after people i like
B: thank you x
~1d
A: staff let you out weekends?
B: i've got curfew at 10
A: they treat you like a kid. you're nearly 18
B: ikr
~2d
A: got you the air maxes you wanted, come get them
B: are you serious
A: yeah and ive booked your nails for friday
B: thats so much
A: nothing's too much for my girl
~1d
B: staff were asking where i got the trainers
A: say your cousin. don't tell them about me, they'll only try and stop us
B: ok
~2d
A: party at my mates flat in manchester sat, come
B: i'll miss curfew
A: so stay over, they'll just log you missing for one night, no biggie
B: hmm
A: you trust me or not
B: i do
~3d
A: babe you know that stuff adds up. the phone, nails, trainers, the taxi. must be like 600 now
B: i thought they were presents
A: they were but im skint now. i need you to help me out
B: how
A: my mates are coming round tonight. just be nice to them and it's sorted
B: what do you mean nice
A: just keep them company, do what they say. you owe me that much
B: i dont want to kai
A: after everything? dont make me look stupid in front of them
A: and leave your phone in the car when you come up
""")

# Nigerian English, sextortion of a 15-year-old boy via fake profile
C("en11", 1, ["romance", "compliments_trust", "age_probe", "photo_request", "exclusivity",
              "sextortion", "money_gifts_debt", "off_platform", "secrecy"], "en",
  {"A": "amara.chi_", "B": "tobi_ade04"}, "2026-02-19T18:03:16Z", """
A: hi Tobi, I saw your comment on the Arsenal page, you were defending our winger like a lawyer lol
B: lol someone has to
A: you're funny. where are you from
B: Lagos, Surulere. you
A: Abuja. I'm Amara
B: nice name
~1d
A: good evening
B: evening. how was your day
A: boring. NEPA took light since morning
B: same here, gen has been on since 4
A: the noise eh. what are you doing
B: eating jollof and watching highlights
A: party jollof or house jollof
B: house but my mum's own is better than party
A: I doubt that o
~1d
A: which class are you
B: SS1
A: ah so 15?
B: yes 15
A: I'm 17, SS3, WAEC is killing me
B: take heart
A: you talk like a big boy sha. very mature
B: lol thanks
~2d
A: do you have WhatsApp? IG chat is slow
B: yes
A: send number
B: my mum sometimes uses this phone tho
A: then we'll talk at night when she sleeps. no wahala
~1d
A: I have been thinking about you
B: me too honestly
A: you're the only guy I talk to like this
B: same for me
A: send me a picture of you. something just for me, not like the ones on your page
B: what kind
A: something private. I'll send mine first, I trust you
B: ok
~1d
B: did you see it
A: I saw it
A: now listen carefully. I have your picture and I have your followers list
B: what
A: I have screenshots of your mum's facebook, your school page, your class group
B: Amara please what are you doing
A: pay 80k today or everybody sees it
B: I don't have that kind of money I'm 15
A: then pay 30k now in airtime cards and the rest tomorrow
B: please delete it
A: you have 1 hour. if you tell anybody I post it immediately
B: I can only get 5k
A: then I'll start with your mum
""")

# ---------------------------------------------------------------- positives, medium, English

# US, girl 11, drawing app
C("en12", 1, ["compliments_trust", "age_probe", "risk_assessment", "secrecy", "exclusivity",
              "off_platform", "money_gifts_debt"], "en",
  {"A": "inkmentor_wes", "B": "lilypad.draws"}, "2026-01-13T20:31:00Z", """
A: your shading on the fox is honestly better than mine
B: omg really?? thank u
A: how long have u been drawing
B: since like 3rd grade
A: and what grade now
B: 5th
A: wow. u have real talent, most adults cant do that
B: :D
A: do u want me to give u tips? i do art for a living
B: yes pls
~1d
A: try using a softer brush for the fur
B: ok ill try
B: [image]
A: see!! so much better. ur a fast learner
~2d
A: is this ur ipad or ur parents?
B: my moms but i use it
A: gotcha. does she read ur messages on here
B: no she doesnt know how the app works lol
A: haha ok. lets keep our lessons between us, my other students would be jealous i give u free ones
B: ok
A: i could send u a gift card for the pro brushes
B: really?
A: yep. our secret tho
~1d
A: do u have a phone number i can text? easier than here
B: i dont have a phone yet
A: thats ok. when ur mom is out we can video chat on here
""")

# UK, boy 12, game server moderator
C("en13", 1, ["compliments_trust", "money_gifts_debt", "age_probe", "off_platform", "risk_assessment",
              "secrecy", "photo_request"], "en",
  {"A": "Admin_Vexx", "B": "alfie_builds"}, "2026-02-21T16:09:45Z", """
A: nice castle mate, you built that solo?
B: yeah took me 3 days
A: impressive. we need builders like you on staff
B: wait really
A: yeah could give you builder rank, it comes with perks
B: YES pls
A: how old are you btw, we have an age thing for staff
B: 12
A: we can make an exception, you're sensible
B: thank you!!
~1d
A: join our private discord for staff
B: i'm not allowed discord
A: just use your browser, your mum won't see an app then
B: oh ok
A: is your mum home now
B: yeah shes cooking
A: ok message later when she's not around, staff stuff is confidential
~1d
B: im on now
A: good lad. keep staff chat to yourself yeah, even from mates
B: ok
A: send us a photo of yourself for your staff profile
B: like my face?
A: yeah just a normal one, only admins see it
B: [photo]
A: sound. delete it from your gallery after, just so no one finds it
""")

# Australian, girl 15, older man with a car
C("en14", 1, ["compliments_trust", "age_probe", "romance", "secrecy", "travel_meet", "meeting",
              "money_gifts_debt", "risk_assessment"], "en",
  {"A": "mitch_r26", "B": "tayla.netball"}, "2026-01-29T09:17:26Z", """
A: hey saw u at the courts sat, u were killin it in WA
B: haha thanks who is this
A: mitch, my cousin plays in the other team
B: oh ok
A: how old r u? u look like u finished school
B: 15 lol year 10
A: no way. u seem way more switched on than my mates
B: haha
~1d
A: what u up to arvo
B: nothing just homework and then dinner
A: yum what's for dinner
B: spag bol
A: nice one
~1d
A: im 26 btw hope thats not weird
B: kinda is lol
A: nah ur mature. we just get along
B: i guess
A: dont mention me to ur mum ok she'd think im some creep
B: ok
~2d
A: u catch the train home from school?
B: yeah to the station then mum gets me
A: i could pick u up from the station instead, we'll grab a drink first
B: she'll notice
A: tell her ur staying back for training. ill get u that iced coffee u love
B: ok maybe thurs
A: keep it between us
""")

# Canadian, boy 13, fishing neighbour
C("en15", 1, ["compliments_trust", "money_gifts_debt", "age_probe", "secrecy", "risk_assessment",
              "isolation", "meeting"], "en",
  {"A": "gary.lakeside", "B": "owen_k_13"}, "2026-02-08T14:27:12Z", """
A: hey bud saw ur pike pic on the ice fishing group. nice catch
B: thanks it was like 30 inches
A: whered u get it
B: on the lake by our cottage
A: sweet. u fish with ur dad?
B: with my grandpa mostly
A: good man. how old r u
B: 13
A: u know more abt jigging than most grown men lol
B: lol ya
~1d
A: i got a spare auger i dont need anymore, want it?
B: for real?
A: ya. just dont tell ur grandpa where its from, he might feel weird abt a stranger giving u stuff
B: ok
~1d
A: r ur parents around on weekends or do u go out on the ice alone
B: sometimes alone on sundays
A: nice. i could come out sunday and drop off the auger, show u a spot
B: ok cool
A: delete these msgs ok bud, just easier
""")

# Indian English, boy 14, fake cricket academy trial
C("en16", 1, ["job_offer", "compliments_trust", "age_probe", "secrecy", "isolation",
              "travel_meet", "meeting", "photo_request", "risk_assessment"], "en",
  {"A": "coach_vikram_ca", "B": "arjun_bats7"}, "2026-01-24T11:48:06Z", """
A: Beta your cover drive video is very good. I select players for a U16 academy
B: thank you sir!!
A: What is your age
B: 14 sir, class 9
A: Perfect age. You have natural timing, very mature game
B: thank you sir
~1d
A: Send some full body photos in whites, standing straight, for my selection file
B: ok sir
B: [photo]
A: Good. Do not post these anywhere. Selection is confidential
~1d
A: Have you told your parents?
B: not yet sir
A: Don't tell them now. If not selected they will be disappointed. Surprise them after
B: ok sir
A: Trial is on Sunday near the old stadium. Come alone, no parents allowed at trials
B: how will i come sir
A: I will pick you from the metro station 8 am
B: ok sir
A: And delete this chat, other boys will ask how you got chance
""")

# Filipino (Taglish), girl 12, K-pop fan
C("en17", 1, ["age_probe", "compliments_trust", "money_gifts_debt", "photo_request", "secrecy",
              "risk_assessment"], "en",
  {"A": "hyun.stan_16", "B": "caramel.nova"}, "2026-02-12T13:56:31Z", """
A: uy nova ka rin?? sino bias mo
B: si Hyun!!! ikaw
A: si Jaeyun syempre haha
B: yieee
A: ilang taon ka na
B: 12 pa lang po
A: same vibe tayo, 16 ako. pero parang ka-age lang kita mag-isip
B: hehe talaga
~1d
A: may concert daw sa arena next year
B: sana makapunta ako huhu
A: gusto mo ng photocard? may extra ako
B: OMG yes
A: send ko sa address mo. pero wag mo sabihin kanino galing ha
B: bakit
A: baka magselos yung ibang friends ko hahaha
~1d
A: nandyan ba parents mo ngayon
B: wala pa nasa work
A: ah ok. pwede pa-send ng pic mo? para sa akin lang, gusto lang kita makita
B: nahihiya ako
A: sige na, secret lang natin. tapos burahin mo after
""")

# Irish, loverboy recruitment of a 16-year-old
C("en18", 1, ["romance", "compliments_trust", "vulnerability", "money_gifts_debt", "travel_meet",
              "isolation", "commercial_sex", "control", "secrecy"], "en",
  {"A": "jayo_d1", "B": "leahh.ob"}, "2026-01-31T22:36:48Z", """
A: howya gorgeous, saw u in the chipper in tallaght
B: lol stalker
A: haha guilty. u were wearing the north face
B: ya that was me
A: whats the story, u seemed stressed
B: rows at home. my da is a nightmare
A: ah no. ur 16 ya? u shouldnt have to put up with that
B: 16 ya
~1d
A: fancy a spin later? ill get u a chicken fillet roll
B: lol ok
~2d
A: last night was class. ur the only one i talk to, swear
B: aw
A: got u the hoodie u wanted, its in the car
B: stop ur too good to me
A: just dont tell ur mates bout me, theyd be jealous and stir it
~2d
A: weekend in a mates apartment in the city, just us and a few of the lads
B: my da wont let me
A: say ur at ur cousins. u deserve a break from that house
B: ok
~3d
A: babe i need a favour. im in a bit of bother with money
B: whats wrong
A: owe a fella. but u could sort it in one night, he has friends who want company
B: what kind of company
A: just go with them, be nice. its nothing. after all i bought u
B: jay i dont want to
A: ur letting me down. dont make me ask twice
""")

# US, loverboy-style recruitment of a 17-year-old boy who left home
C("en19", 1, ["vulnerability", "money_gifts_debt", "compliments_trust", "control", "isolation",
              "commercial_sex", "travel_meet", "age_probe", "secrecy"], "en",
  {"A": "marcus_mgmt", "B": "eli.r_"}, "2026-02-16T03:20:55Z", """
A: saw ur post in the couch surfing group. u ok? u sound like u need a place
B: ya my stepdad kicked me out tuesday
A: thats rough man. how old r u
B: 17
A: damn ur young. u eating?
B: not really. been at a friends but his mom wants me out
A: i got a spare room. no rent for now, just till u get on ur feet
B: for real? why would u do that
A: been there myself. u seem like a good kid, mature
~1d
A: u can come tonight, ill send an uber
B: ok thank u so much
A: one thing, turn off ur location. dont want ur stepdad causing drama
~3d
B: thanks for the shoes and stuff
A: all good. we'll square up later lol
B: lol how
A: i do some event work. rich guys, parties. they like having young good looking guys around
B: like serving drinks?
A: kinda. just hang out, be friendly. they pay cash. u owe me a bit anyway, rooms not free forever
B: how much do i owe
A: like 900 w the food and the phone. couple nights and ur clear
A: and dont go telling ur friend from school where u r
""")

# Scottish, sextortion of a 15-year-old boy
C("en20", 1, ["romance", "photo_request", "sextortion", "money_gifts_debt", "age_probe",
              "off_platform"], "en",
  {"A": "lexi.mae_x", "B": "callum_j2010"}, "2026-03-01T21:58:03Z", """
A: heyy u go to st ninians right? think i seen u at the bowling
B: naw im at braeview but aye i was at the bowling
A: oh lol ma bad. ur cute anyway
B: haha cheers
A: how auld are ye
B: 15
A: same!! whit ye up to
B: just on the xbox
~1d
A: add me on the other app its easier
B: done
A: ive been thinking aboot ye all day
B: lol same
A: send me a pic. a private one, just for me, ill delete it after
B: ye sure
A: aye ill send one back
~1d
A: right listen. i screenshotted it
B: whit
A: ive got yer follower list. yer maw, yer school, yer mates. pay £150 in gift cards or everybody sees it
B: please dinnae, im 15 i havenae got that
A: then get it. ye have 2 hours
B: i can maybe get 40
A: not enough. tell anybody and i post it
""")

# Nigerian English, girl 13, "uncle" online
C("en21", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "secrecy",
              "isolation", "meeting", "photo_request"], "en",
  {"A": "uncle_tunde_bizz", "B": "ifeoma_13"}, "2026-01-18T16:44:22Z", """
A: Good afternoon my dear. You did well in that spelling bee video on your school page
B: good afternoon sir. thank you
A: What class are you now
B: JSS2 sir
A: So you are 12 or 13
B: 13
A: You speak like a grown lady. Very intelligent
B: thank you sir
~1d
A: Is this your phone or your mummy's own
B: it's my daddy's old phone
A: Good. Does he still check it
B: sometimes
A: Then clear our chats each night. They may not understand that I am helping you
B: ok sir
~2d
A: I want to buy you a new phone and data. A brilliant girl deserves it
B: ah sir thank you
A: Don't tell your mummy. She will say you should not collect things from people
B: ok
A: Send me a picture so I know who I'm buying for. Just for me
B: [photo]
~1d
A: Where do you close from school
B: 2pm sir
A: I'll wait at the junction by the provision shop on Friday. Come alone, it's our secret
""")

# ---------------------------------------------------------------- positives, short, English

# US, snippet
C("en22", 1, ["risk_assessment", "secrecy", "compliments_trust"], "en",
  {"A": "nate_streams", "B": "avery.grace12"}, "2026-02-24T23:41:37Z", """
A: u still up? lol
B: ya cant sleep
A: same. is this ur phone or do u share it w ur mom
B: mine
A: ok good. delete our chat when ur done tho, deal?
B: why
A: ur moms not gonna get that ur mature enough for an older friend. its just us
B: ok deal
""")

# UK, snippet
C("en23", 1, ["age_probe", "compliments_trust", "meeting", "secrecy"], "en",
  {"A": "rhys_b91", "B": "mollyy.w"}, "2026-01-10T18:02:14Z", """
A: how old r u again
B: 13, year 8
A: ur well mature for year 8 tho
B: lol ta
A: fancy meeting up sat? theres a starbucks by the station
B: would have to ask my dad
A: nah dont bother him. its only a coffee
A: just us yeah
B: ok i guess
""")

# Australian, sextortion
C("en24", 1, ["sextortion", "money_gifts_debt", "photo_request"], "en",
  {"A": "jess.h.2009", "B": "lachy_m"}, "2026-02-27T10:33:51Z", """
A: u there
B: yeah what
A: that pic u sent me last nite. i've got it saved
B: u said u deleted it
A: lol no. $200 on a steam card in 30 min or i send it to everyone on ur followers. ur mum first
B: i'm 14 i don't have 200 bucks
A: figure it out. i'm not joking
B: please just delete it
A: 29 min
""")

# Canadian, gift card and secret
C("en25", 1, ["money_gifts_debt", "secrecy", "photo_request", "compliments_trust"], "en",
  {"A": "coachk_hockeyfan", "B": "mia.b.10"}, "2026-01-22T21:15:08Z", """
A: did u get the gift card code i sent
B: yes!! thank u
A: ur welcome kiddo. u earned it with that goal lol
B: haha
A: it's our secret tho ok? ur mom doesnt need to know abt every little thing
B: ok
A: send me a pic of u in ur new jersey, just for me
B: ok after practice
""")

# ---------------------------------------------------------------- positives, non-English

# Spanish (Mexico), girl 12, mobile game
C("es1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "secrecy",
             "off_platform", "photo_request", "meeting", "travel_meet", "exclusivity"], "es",
  {"A": "elpana_ff", "B": "valee.xd"}, "2026-01-12T02:05:40Z", """
A: jajaja q buena jugada con la sniper
B: jaja gracias
A: neta juegas bien, mejor q mis compas
B: jaja no manches
A: jugamos otra?
B: va
~1d
A: q onda, ya saliste de la escuela?
B: si ya, estoy comiendo
A: q comes
B: sopa de fideo
A: jaja clasico
B: mi mamá siempre hace eso los martes
~1d
A: en q año vas
B: primero de secu
A: ah osea tienes como 12
B: 12 si
A: hablas como de 16, eres bien madura
B: jaja gracias
~2d
B: ando aburrida
A: yo igual. q ves
B: una serie de vampiros
A: jaja esa la vi, el final esta bien raro
B: NO ME DIGAS
A: jaja ok ok no spoilers
~1d
A: te pase 500 diamantes, revisa
B: QUEE neta gracias
A: de nada. no le digas a nadie q te los di, luego todos me piden
B: ok
~1d
A: el celular es tuyo o de tu mamá
B: mio pero mi mamá lo revisa a veces
A: borra nuestros mensajes entonces, no vaya a pensar cosas raras
B: por?
A: los papás se asustan con los amigos de internet. yo no soy como esos
B: ok
~2d
A: pasame tu whats, aqui se traba mucho
B: ok
A: mandame una foto tuya, nomas para mi
B: de q
A: normal, de tu cara. quiero ver con quien juego jaja
B: [foto]
A: q bonita. no se la mandes a nadie mas, eso es solo nuestro
~1d
A: tengo 21 por cierto. no te espantes, somos amigos
B: ah ok
A: el sabado voy a estar por la plaza cerca de tu casa
B: q plaza
A: la de los cines. te invito un helado
B: no se si me dejen
A: di q vas con una amiga. yo paso por ti a la esquina
""")

# French (France), boy 13, social app
C("fr1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "secrecy", "risk_assessment",
             "photo_request", "isolation", "meeting", "travel_meet"], "fr",
  {"A": "theo_skate_lyon", "B": "nolan.bmx"}, "2026-02-09T17:22:09Z", """
A: trop stylé ton 360 sur la vidéo
B: merci mdr j'ai mis 2 semaines
A: ça se voit pas, t'as un bon style
B: merci
A: tu rides où
B: au skatepark derrière la gare
A: je connais, il est bien
~1d
A: wsh ça va
B: tranquille je sors du collège
A: t'es en quelle classe
B: 4e
A: donc 13 ans
B: ouais
A: t'es grave mature pour 13 ans
B: mdr merci
~1d
B: j'ai eu 6 en maths
A: aïe. tes parents vont gueuler?
B: ma mère oui
A: elle est sévère
B: trop
A: tu peux me parler quand tu veux, je comprends mieux que eux
B: ok
~2d
A: j'ai un plateau que j'utilise plus, tu le veux?
B: sérieux??
A: ouais gratuit. mais dis pas à tes potes, sinon tout le monde va en vouloir
B: ok promis
~1d
A: c'est ton tel ou celui de tes parents
B: le mien mais ma mère regarde parfois
A: supprime nos messages alors, elle comprendrait pas qu'on soit potes
B: pourquoi
A: les parents voient le mal partout. j'ai 24 ans mais je suis pas un bizarre hein
B: ok
~1d
A: envoie une photo de toi, juste pour moi
B: genre quoi
A: normal, un selfie. je le garde pour moi
B: [photo]
~2d
A: samedi je peux venir te chercher après ton entraînement, je te donne le plateau
B: mon père vient me chercher
A: dis lui que tu rentres avec un pote. c'est notre secret
B: ok on verra
""")

# Portuguese (Brazil), loverboy recruitment of a 16-year-old
C("pt1", 1, ["romance", "vulnerability", "compliments_trust", "money_gifts_debt", "travel_meet",
             "isolation", "control", "commercial_sex", "age_probe", "secrecy"], "pt",
  {"A": "rafa_sp.oficial", "B": "duda.lima_"}, "2026-01-25T00:52:13Z", """
A: oi linda, vc é de Campinas né? vi vc no stories da Bia
B: sou sim kkk quem é vc
A: Rafa, amigo do primo dela. quantos anos vc tem?
B: 16
A: nossa parece mais velha, mó madura
B: kkkk obg
~1d
A: tudo bem? vc tava meio pra baixo no stories
B: briga em casa de novo, minha mãe e meu padrasto
A: vc não merece isso. se fosse comigo vc ia ser tratada como rainha
B: para kkk
~2d
A: te mandei um pix pra vc comprar aquele tênis
B: mds não precisava
A: eu cuido de quem eu gosto. só não conta pra ninguém de mim, o povo tem inveja
B: tá bom
~2d
A: vem passar o fds comigo em SP. eu pago o ônibus
B: minha mãe não deixa
A: fala que vai dormir na Bia. vc merece sair daquela casa
~3d
A: amor tô apertado, devo uma grana pra uns caras
B: nossa, posso ajudar?
A: pode sim. tem uns amigos meus que pagam bem só pra vc fazer companhia numa festa
B: companhia como
A: só ser legal com eles. depois de tudo que eu te dei, né?
B: não sei Rafa
A: me dá seu celular quando chegar, não quero sua mãe rastreando
""")

# German, girl 13, riding / social app
C("de1", 1, ["compliments_trust", "age_probe", "money_gifts_debt", "risk_assessment", "secrecy",
             "photo_request", "meeting", "travel_meet"], "de",
  {"A": "jonas_pferdefan", "B": "lena.reitet"}, "2026-02-05T16:14:58Z", """
A: hey, voll schönes video mit deinem pflegepony
B: danke :) das ist fritzi
A: süß. wie lange reitest du schon
B: seit 3 jahren
A: man merkt es. wie alt bist du
B: 13
A: krass, du wirkst viel reifer
B: haha danke
~1d
A: was machst du
B: hausaufgaben, bio
A: langweilig lol. ist deine mama zuhause?
B: nee die arbeitet bis 6
A: ok. ist das dein eigenes handy?
B: ja aber papa guckt manchmal rein
A: dann lösch unseren chat lieber, er würd das falsch verstehen
B: ok
~2d
A: ich hab dir nen gutschein für den reitshop geschickt
B: wirklich?? danke!!
A: sag aber niemandem von wem. unser geheimnis
~1d
A: schick mir mal ein foto von dir, nur für mich
B: mit fritzi?
A: lieber nur du
~1d
A: samstag bin ich in der nähe vom stall. ich kann dich danach abholen, wir gehen eis essen
B: weiß nicht
A: sag einfach du bleibst länger am stall
""")

# Dutch, boy 12, short snippet
C("nl1", 1, ["compliments_trust", "money_gifts_debt", "secrecy", "risk_assessment", "meeting"], "nl",
  {"A": "sander_gamez", "B": "daan.2013"}, "2026-02-17T19:48:30Z", """
A: heb je de skins binnen?
B: ja!! dank je
A: graag gedaan. je bent echt volwassen voor 12 hoor
B: haha
A: zijn je ouders thuis?
B: nee pas om 7
A: mooi. wis ons gesprek straks even ok, die snappen het toch niet
B: ok
A: zaterdag ben ik bij jou in de buurt, zal ik je ophalen bij de supermarkt?
B: misschien
""")

# ---------------------------------------------------------------- negatives, long, English

# US, two 14-year-old friends, crush + homecoming
C("en26", 0, ["age_probe", "secrecy", "photo_request"], "en",
  {"A": "zoe.lmao", "B": "harper_nicole"}, "2026-01-08T21:12:44Z", """
A: ok i need to tell u something but u cant tell ANYONE
B: omg what
A: swear
B: i swear on my cat
A: ok so. liam from spanish asked for my snap
B: NO WAY
A: YES
B: liam w the curly hair??
A: yes 😭
B: how old is he tho isnt he in 10th
A: no hes a freshman he just looks old lol hes 14 too
B: ok phew lol
~1d
B: did he snap u
A: ya he sent a pic of his dog
B: thats so cute what kind
A: a corgi named waffles
B: stop im dying
A: dont tell my mom btw she thinks im too young for boys lol
B: ur secret is safe lol my mom is the same
~1d
A: is this ur new number??
B: ya i got a new phone finally
A: YAYYY no more cracked screen
B: the crack was a vibe tho
A: it was literally cutting ur thumb
~2d
A: homecoming is in 2 weeks and i have NOTHING to wear
B: we should go to the mall sat
A: yes!! my mom can drive us
B: ok ask her
A: she said yes if ur mom picks us up at 5
B: ya she will
~2d
B: send a pic of ur outfit
A: [photo]
B: omg the green is SO good on u
A: not too much?
B: no ur gonna look amazing
A: ok now u
B: [photo]
A: queen
~1d
B: delete that pic of me from the group chat i look like a potato
A: LMAO no ur cute
B: DELETE IT
A: fine fine deleted
~1d
A: liam asked if im going to homecoming w anyone
B: AHHH
A: i said w u lol
B: zoe ur hopeless
A: i panicked!!!
B: just dance w him there
A: maybe lol. pray for me
B: praying
~1d
A: ok update my dad found out about liam from the group chat
B: oh no
A: he just asked if liam is nice lol
B: lmao thats so wholesome
A: my mom wants to meet his mom at homecoming. kill me
B: this is the best day of my life
""")

# UK, adults (both late 20s) dating
C("en27", 0, ["meeting", "photo_request", "compliments_trust", "age_probe"], "en",
  {"A": "tom_h_brum", "B": "priya.s_88"}, "2026-02-01T19:25:10Z", """
A: hiya, your profile pic with the greyhound made me laugh
B: haha that's Bruno, he's a rescue
A: he looks like he's judging the photographer
B: he judges everyone, don't take it personally
A: noted. how's your sunday going
B: slow. did a parkrun, now on the sofa
A: respect. I managed a bacon roll
~1d
B: so what do you do when you're not eating bacon rolls
A: quantity surveyor. riveting stuff
B: wow, riveting indeed
A: you?
B: pharmacist at the big boots in town
A: ah so if I get a cold you're my girl
B: ha, you'd have to queue like everyone else
~1d
A: how old are you btw, profile says 29 but the greyhound pic looks like 2015
B: rude! I'm 29, pic is from last year
A: sorry sorry, I'm 31 so I'm in no position to judge
B: haha fair
~1d
A: fancy a drink this week?
B: go on then. thursday?
A: thursday works. the cocktail place on the canal?
B: perfect, 7?
A: 7 it is
~2d
B: that was fun tonight
A: it really was. you're brilliant company
B: stop you'll make me blush
A: I'll stop. for now
~1d
A: are your flatmates home? was going to drop your scarf round, you left it on the chair
B: oh no I love that scarf. yeah Hannah's in
A: cool I'll pop by after work
B: you're a star
~2d
B: send a pic of your new haircut then, you keep going on about it
A: [photo]
B: ha it's lovely, very office-chic
A: I'll take it
~1d
A: delete that pic of me at the pub quiz, I look about 60
B: never. it's my new favourite
A: you're a menace
~2d
A: want me to pick you up saturday? could drive out to the peak district for a walk
B: yes!! can Bruno come
A: obviously, he's the main event
B: he'll be thrilled. 10am?
A: 10am. I'll bring coffees
B: flat white for me please
A: noted, along with everything else about you
""")

# Irish, aunt and 13-year-old niece, surprise party
C("en28", 0, ["secrecy", "money_gifts_debt", "meeting", "age_probe", "risk_assessment"], "en",
  {"A": "Auntie Nuala", "B": "Saoirse"}, "2026-01-14T18:40:00Z", """
A: Hi pet is this your new phone? Your mam gave me this number
B: hi auntie nuala yes!! got it for christmas
A: Lovely. Now I've a bit of a job for you. Can you keep a secret?
B: yes
A: Your mam's 40th is in March and we're doing a surprise do in the hotel
B: OMG
A: Not a word now! Your dad knows, he's helping
B: i won't say anything i swear
A: Good girl. Our secret till the night
~1d
A: How's school going love
B: grand. we have a maths test friday
A: Ah you'll be flying. How's the hurling team
B: i'm on the camogie team not hurling lol
A: Sorry pet, same thing to me
B: its NOT lol
~2d
A: Would you help me pick photos of your mam for a slideshow?
B: yes!! there's a funny one of her with a perm
A: Ha I remember that perm. Send me any you have
B: [photo]
B: [photo]
A: Oh god the perm. Perfect
~1d
A: What age were you in the one at Lahinch? You look about 5
B: 6 i think
A: Gorgeous. I'll put it in
~2d
A: I've asked your dad if I can collect you Saturday to get your mam's present, he said that's fine
B: yayyy where are we going
A: Into town, Brown Thomas. Then lunch
B: can we get pizza
A: We can get pizza
~1d
A: I'll be outside the house at 11. Your dad's dropping your mam to her sister's so she won't see us
B: so sneaky
A: The sneakiest
~1d
B: what are we getting her
A: I was thinking a necklace. You'll know what she'd like
B: she likes silver not gold
A: Good to know. Silver it is
~2d
A: Thanks for today pet, you were a great help. Mam doesn't suspect a thing?
B: nope she asked where i was and dad said football
A: Ha. Grand. Here's a tenner on your card for helping
B: thanks auntie nuala!!
A: Delete nothing, just don't leave the phone lying around with the slideshow on it!
B: lol ok
A: Night love x
B: night x
""")

# Scottish, football coach and a parent, boundaries kept
C("en29", 0, ["compliments_trust", "meeting", "photo_request", "age_probe"], "en",
  {"A": "Coach Stevie (Kinross Colts U14)", "B": "Fiona (Ruaridh's mum)"}, "2026-02-10T20:18:31Z", """
A: Hi Fiona, Stevie from the Colts. Just a wee message about Ruaridh
B: Hi Stevie, all ok?
A: Aye all good. He was brilliant on Saturday, really stepped up when Kyle went off
B: Oh that's lovely to hear, he never tells us anything
A: Ha typical 13 year old. He's very mature on the pitch, talks to the back four like a captain
B: He'll be chuffed if you tell him that
A: I'll mention it at training with the rest of the boys
~1d
A: Also we've been invited to a tournament in Stirling on the 22nd
B: Sounds good. What's the plan for transport?
A: Club minibus from the leisure centre at 8. Me, Graham and two parent volunteers driving
B: I could volunteer if you need another
A: That'd be great, I'll put you down. PVG is up to date?
B: Yes renewed in September
A: Perfect
~2d
A: Kit order is going in. Could you send me his sizes?
B: Top is a 13-14, shorts small adult, socks 5-8
A: Got it. And we need a photo of each player for the tournament ID cards
B: Headshot?
A: Aye just a plain head and shoulders, school photo is fine. It goes to the tournament organisers only and gets binned after
B: [photo]
B: That's his school one
A: Cheers, perfect
~1d
A: Just so you know, I've also set up the team group chat on the club app. Parents are in it with the boys, I don't message players individually
B: Great, thanks. Good policy
A: Club rule. Keeps everyone right
~1d
B: Quick question, is the tournament under 14s by age on the day or by birth year?
A: Birth year. All the boys born in 2012 are fine
B: Great, Ruaridh was worried because he turns 14 in the summer
A: He's fine for the whole season. Tell him to stop worrying and work on his left foot
B: Ha I'll pass that on word for word
~2d
B: Stevie, Ruaridh has his grandad's 80th on the 15th so he'll miss training
A: No bother at all, family first
B: He's gutted
A: Tell him he's still in the squad for Stirling
~2d
A: Reminder for Saturday: minibus 8am sharp, packed lunch, water bottle, boots and shin pads
B: Noted. I'll be there at 7.45 for the driving
A: Brilliant. Pick up back at the leisure centre about 4
B: Perfect
~1d
A: Great day. 2 wins, 1 draw, 1 loss. Ruaridh saved a pen!
B: He's not stopped talking about it
A: Ha. Thanks for driving Fiona, much appreciated
B: Any time. See you Tuesday
""")

# Canadian, two 13-year-old gaming friends
C("en30", 0, ["age_probe", "money_gifts_debt", "off_platform", "risk_assessment"], "en",
  {"A": "xX_noodleboi_Xx", "B": "puckhead_ethan"}, "2026-01-30T00:05:28Z", """
A: bro that last game was a war crime
B: lmaooo the guy camping in the shed
A: 20 min in a shed. dedication
B: respect honestly
A: u on tmrw
B: after hockey ya
~1d
A: how old r u anyway i never asked
B: 13 wbu
A: 13 too lol. what grade
B: grade 8
A: same. which school
B: lakeview in saskatoon
A: no way my cousin goes there lol. im in regina
B: small world
~1d
A: my mom says i have to be off at 9 on school nights
B: same lol my parents r home so i gotta keep my voice down
A: my dad literally yells up the stairs every 10 min
B: LOL
A: "ARE YOU DONE YET"
B: ur dad is a legend
~2d
B: my bday was yesterday
A: happy bday man!!
B: ty. got 2000 vbucks
A: lucky. i can gift u the pickaxe i have extra if u want
B: u dont have to
A: nah i got 2 from a promo. its yours
B: W friend
~1d
A: u have discord? voice here is garbage
B: ya my mom made me set it so only friends can dm
A: same my dad set that up lol
B: ill add u. its puckhead8
A: sent
~1d
A: bro i failed my french quiz
B: oof. french is so hard
A: "je suis un croissant"
B: LMAO
~2d
A: did u see the new season trailer
B: YES the mech thing looks insane
A: we have to grind the battle pass
B: saturday all day
A: my mom will say go outside
B: its -30 outside lol
A: thats literally my argument
~1d
B: yo my mom wants to know who im always talking to lol
A: lol tell her its me. my mom asked too
B: she said its fine as long as its someone my age
A: same rules lol
B: gg wp tmrw
A: gg
""")

# Australian, parents' group chat discussing a grooming news story
C("en31", 0, ["age_probe", "risk_assessment", "secrecy", "money_gifts_debt", "meeting", "off_platform"], "en",
  {"A": "Kirsty", "B": "Dave P", "C": "Mel", "D": "Anh"}, "2026-02-04T08:12:05Z", """
A: did anyone see the story on the news last night about the bloke in Geelong
C: the one who was messaging kids on that block game?
A: yeah. 30 something, pretending to be 14
B: saw it. made me feel sick
D: I missed it, what happened
A: he'd been chatting to kids for months. gave them game currency, told them they were mature for their age
A: then asked if their parents were home and whether it was their own phone
C: and told them to delete the chats. the police said that's a massive red flag
D: oh god. how did they catch him
B: one of the mums saw a gift card receipt she didn't recognise
A: and he'd tried to get a 12 year old to meet him at a shopping centre
D: that's terrifying
~2h
C: has anyone actually looked at what their kids are on lately
B: Jack's on the game every arvo. I've never checked who he's talking to
A: same with Ruby tbh
D: we have the family app thing but I don't think I set it up right
C: the eSafety site has a good guide, I'll dig it up
C: it's basically: keep devices out of bedrooms at night, know their friends, and tell them they won't get in trouble for telling you something weird
B: that last one is the big one I reckon
A: yeah they hide it because they think they'll lose the ipad
~1h
D: how do you even bring it up without scaring them
A: I just asked Ruby if anyone online ever asked her age or to keep something secret
A: she said a kid on the game asked how old she was but that's normal
C: it is normal between kids to be fair. it's the adults pretending to be kids
B: or the "you're so grown up" stuff from someone older
~3h
B: ok I sat down with Jack. he's only got his mates from school on his list, checked it together
C: good on you
D: I turned off chat with strangers in the settings. took 2 min
A: which setting?
D: privacy, then who can message me, set to friends
A: done thanks
~1d
C: school's sending a note home about it too apparently
A: good. they did a cyber safety talk in year 5 last year
B: might be time for another
D: I'll mention it at the P&C meeting thursday
C: legend
~1d
A: Ruby came to me today and showed me a message from some random asking for her snap. she blocked him herself
B: that's a win
C: proud mum moment
A: I nearly cried lol. she said "you said I wouldn't get in trouble"
D: that's exactly it
B: right, whose turn for the school run tomorrow
C: mine, I'll grab yours at 8.15 Dave
B: cheers Mel
""", group="Yr6 parents 🦘")

# Indian English, tutor and student with parent kept informed
C("en32", 0, ["age_probe", "compliments_trust", "meeting", "photo_request"], "en",
  {"A": "Meera Ma'am (Maths tutor)", "B": "Aarav"}, "2026-01-19T14:05:33Z", """
A: Good afternoon Aarav. I have added your mother to this chat as well, as I do for all my students
B: ok ma'am
A: Mrs. Sharma, please confirm Saturday timing 10 to 11:30 at your home is fine
A: She has replied on the other group, 10 is fine. Thank you
B: ma'am i didnt understand quadratic equations today
A: No problem. Which part
B: the discriminant
A: We will do it again on Saturday. Try questions 4 to 10 in exercise 4.3 meanwhile
B: ok ma'am
~1d
B: ma'am is this correct
B: [photo]
A: Q5 is correct. In Q6 you made a sign error in the second line. Check again
B: oh ya got it
A: Good. You are improving
~2d
B: ma'am can we shift sat class to 11 i have a cricket match
A: Please ask your mother to message me, then we can shift. I don't change timings without parents
B: ok i'll tell her
A: Thank you. Mrs. Sharma has confirmed 11. See you then
~1d
A: Aarav, your class 9 half-yearly is in 3 weeks. I am sharing a revision plan
A: Week 1: algebra and polynomials. Week 2: geometry. Week 3: statistics and full papers
B: ma'am statistics is easy na
A: Easy if you practise. Don't be overconfident
B: haha ok ma'am
~2d
B: ma'am i got 34/40 in unit test
A: Excellent! Very mature answers in the word problems this time
B: thank you ma'am
A: I've told your mother also, she was very happy
~1d
B: ma'am mummy is asking fees date
A: I have sent the receipt to her directly. Tell her thank you
B: ok
~2d
A: Tomorrow's class will be 10 minutes late, traffic at the flyover
B: ok ma'am
A: Please tell your mother so she isn't waiting
B: she saw it ma'am
A: Good
~1d
B: ma'am one doubt in ex 6.2 q3
A: Send a photo of your working
B: [photo]
A: You have used the wrong similarity criterion. It is SAS not AA. Try again
B: oh yes
B: got 4.5 cm
A: Correct. Well done. That's enough for today, go and eat lunch
B: ok thank you ma'am
A: See you Saturday
""")

# Filipino (Taglish), two 15-year-old friends
C("en33", 0, ["age_probe", "secrecy", "photo_request", "meeting"], "en",
  {"A": "bea.santoss", "B": "kimmy_rdz"}, "2026-02-13T20:30:12Z", """
A: beh may chika ako
B: ano yan spill
A: si Paolo from 10-Rizal nag-chat sakin
B: HALA ano sabi
A: nag-ask lang kung may sagot ako sa filipino assignment hahaha
B: excuse lang yan beh
A: sana nga hahaha
B: ilang taon na ba siya
A: 15 din, kaklase ng pinsan ko
B: ok legit
~1d
A: wag mo sasabihin kay Trisha ha, ang daldal nun
B: promise. secret natin
A: at wag kay mama, aasarin ako forever
B: HAHAHA tita is the worst tease
~1d
B: beh anong susuotin mo sa JS prom
A: di ko pa alam. may nakita ako sa shopee
B: send mo pic ng outfit
A: [photo]
B: OMG ang ganda ng kulay
A: di ba masyadong pa-girl
B: hindi beh ang cute
A: ikaw send mo rin yung sayo
B: [photo]
A: bagay na bagay sayo
~2d
A: nag-chat ulit si Paolo
B: anuna
A: tinanong kung may partner na ako sa prom
B: AAAAAAHHH
A: sabi ko wala pa
B: tapos
A: tapos seen lang HAHAHA
B: ang sakit HAHAHA
~1d
A: ay update nag-ask siya officially
B: OMG beh!!!!
A: pero kailangan daw kausapin muna ni mama yung parents niya lol
B: grabe traditional
A: ok lang, si mama pa mismo nag-suggest
~1d
B: mall tayo sa sabado? bili tayo accessories
A: sige, ihahatid tayo ni kuya at susunduin ng 5
B: yey
A: libre mo ko ng milk tea ha
B: ikaw kaya manlibre may date ka na HAHAHA
A: sige na nga hahaha
B: see u sat beh
A: love youuu
""")

# Nigerian English, uncle and 14-year-old nephew, mother informed
C("en34", 0, ["money_gifts_debt", "meeting", "age_probe", "risk_assessment", "photo_request"], "en",
  {"A": "Uncle Femi", "B": "Dayo"}, "2026-01-23T17:55:49Z", """
A: Dayo! Is this your phone now? Your mummy sent me this number
B: Good evening uncle. Yes she gave me her old Tecno
A: Ah big boy with phone. Make sure you use it for school o
B: lol yes uncle
A: How is SS1 treating you
B: it's ok. chemistry is hard
A: Chemistry was my best subject. Ask me anything
B: ok uncle
~1d
B: uncle what is valency
A: It's how many bonds an atom can form. Like how many hands it has to hold other atoms
B: ahh ok that makes sense
A: Oxygen has 2 hands, hydrogen has 1. So water is H2O
B: thank you uncle
~2d
A: Did you watch Arsenal yesterday?
B: yes!! 3-1
A: Your cousin Kunle is a Chelsea fan, he is suffering
B: hahaha tell him sorry
~1d
A: Your mum says your football boots are torn
B: yes they are finished
A: What size are you now
B: 42
A: Ah you're growing fast. How old are you now, 14?
B: 14 in January yes
A: I will buy you new ones. I already told your mummy
B: thank you uncle!!
~2d
A: Which colour do you want
B: black and orange
A: Noted
~2d
A: I have the boots. I'll pick you up from school on Friday, your mummy said it's fine, she'll meet us at home
B: ok uncle what time
A: 2pm by the gate. Don't keep me waiting o
B: I won't
~2d
A: Did the boots fit well
B: perfect uncle. thank you so much
A: Send me a picture of you wearing them for your grandma, she keeps asking
B: [photo]
A: Fine boy. I forwarded to grandma and your mummy
~1d
B: uncle i scored yesterday
A: Ehen! The boots are working
B: lol yes
A: Keep your grades up too. Your mummy says you did well in maths test
B: 18 over 20
A: Very good. Study well. And don't give your number to people you don't know online
B: ok uncle
A: Greet your mummy for me
B: I will. good night uncle
A: Good night
""")

# US, long-distance adult couple
C("en35", 0, ["romance", "photo_request", "secrecy", "travel_meet", "meeting"], "en",
  {"A": "marcus", "B": "jen 💛"}, "2026-02-15T02:40:19Z", """
A: landed?
B: just got to the hotel. denver is FREEZING
A: told u to pack the big coat
B: i packed the medium coat. a mistake
A: lol
~1h
B: miss u already
A: miss u more. the apartment is weirdly quiet
B: is biscuit ok
A: he's lying on ur side of the bed sulking
B: send a pic
A: [photo]
B: my baby. tell him i'll be back friday
~1d
B: conference is sooo long. 4 hrs of panel talks
A: any good ones
B: one on supply chain that was actually interesting
A: nerd
B: ur nerd
~1d
A: ok so i have a secret and i need ur help keeping it
B: ???
A: not from u lol. from my sister. her 30th is next month and we're doing a surprise
B: ooh ok i'm in
A: dont say anything in the family group chat
B: my lips are sealed
A: also delete my last msg in that chat if u can, i almost gave it away
B: i can't delete ur msgs lol. but i'll distract everyone
A: deal
~1d
B: what did u have for dinner
A: cereal
B: marcus
A: it was fancy cereal
B: i'm sending u a doordash card. eat a vegetable
A: ok mom lol
B: 🙄
~2d
A: how's the room
B: fine. tiny. the shower has two settings, lava and antarctica
A: lmao
~1d
B: flight lands at 6:40 fri
A: i'll pick u up. terminal b?
B: yes. arrivals
A: i'll be the guy holding a sign that says WIFE
B: we're not married yet lol
A: yet 👀
B: stop
~1d
B: boarding now
A: safe flight. text me when u land
B: ok love u
A: love u. biscuit says hi
""")

# ---------------------------------------------------------------- negatives, medium, English

# UK, school counsellor with proper boundaries (school messaging platform)
C("en36", 0, ["secrecy", "vulnerability", "risk_assessment", "compliments_trust"], "en",
  {"A": "Ms Okafor (School Counsellor)", "B": "Year 9 student - Ruby T"}, "2026-01-21T15:47:02Z", """
B: miss can i talk to u about something
A: Hi Ruby, of course. This inbox is checked in school hours, 8.30 to 4. Are you safe right now?
B: yeah im fine im at home
A: Good. What's on your mind?
B: its about my friend group. they keep leaving me out
B: can you keep it a secret tho
A: I'll keep what you tell me private, but I can't promise total secrecy. If I thought you or someone else was at risk of harm, I'd have to share it with the safeguarding lead. Does that make sense?
B: yeah thats ok its nothing like that
A: Thanks for understanding. Would you like to book a proper chat in person? I have a slot tomorrow period 3
B: yes please
A: Booked. I'll send a pass to your form tutor so you can leave class
~1d
B: thanks for today miss
A: You did really well talking it through. You're thoughtful about other people's feelings, that's a real strength
B: thanks
A: Remember the plan: try lunch club on Wednesday, and talk to your mum about how you're feeling
B: i will
~1d
B: miss its 10pm and i feel rubbish
A: (Auto-reply) This inbox is monitored 8.30am to 4pm on school days. If you need help now, talk to a parent or carer, contact Childline, or emergency services if you are in danger.
~10h
A: Morning Ruby, I saw your message from last night. How are you this morning?
B: better. mum made pancakes
A: That's lovely. Shall we check in at break?
B: ok see u then
""")

# US, adult gaming buddies teasing each other
C("en37", 0, ["age_probe", "money_gifts_debt", "compliments_trust"], "en",
  {"A": "bigchungus_dan", "B": "k8_snipes"}, "2026-02-22T03:10:47Z", """
A: my guy really rage quit in the final circle
B: a child was teabagging me. i had to go
A: "a child" ur literally 34
B: MY ATTITUDE IS 12
A: lmao ur so mature for 12 tho
B: thank u i do my own taxes
A: impressive for a 6th grader
~1d
B: yo can u spot me for the battle pass, my card expired
A: ya sent. u owe me a pizza
B: deal. pineapple?
A: i will end this friendship
B: fine plain cheese like a toddler
~1d
A: u on tonight? wife has book club so im free till 10
B: kid's in bed at 8 so im on at 8:15
A: bet
B: bring snacks
A: its online dan
B: EMOTIONAL snacks
A: lmao ok see u in the lobby
""")

# Australian, older brother (19) and sister (13)
C("en38", 0, ["secrecy", "risk_assessment", "meeting", "age_probe"], "en",
  {"A": "Josh", "B": "Ellie"}, "2026-01-11T04:22:58Z", """
B: r mum and dad home yet
A: nah they're at the Hendersons till late why
B: can u pick me up from Chloe's? her mum cant drive
A: yeah what time
B: 9?
A: sweet. tell Chloe's mum it's me coming, she's met me
B: ok
~4h
B: thanks for the lift
A: all good. dont tell mum i was 10 min late lol
B: ur secret is safe for $5
A: extortion from a 13 yr old. wild
B: business
~1d
A: el did u eat my leftover pad thai
B: ...no
A: ELLIE
B: it was labelled 'josh' not 'josh dont eat' 
A: i'm telling mum
B: ok and i'll tell her about the car park bollard
A: truce
B: truce
~1d
B: can u help with my science poster
A: what's it on
B: the water cycle
A: easy. i'm home at 4
B: yayy
""")

# Canadian, hockey coach and a parent, team trip
C("en39", 0, ["travel_meet", "meeting", "age_probe", "compliments_trust"], "en",
  {"A": "Coach Dan - U13 Wildcats", "B": "Sandra Whitford"}, "2026-01-26T22:01:36Z", """
A: Hi Sandra, quick one about the Kamloops tournament on the 14th
B: Hi Dan! Go ahead
A: We're doing a carpool plus the team van. Would Noah be ok in the van? Two coaches and a parent chaperone in it
B: Yes that's fine. Who's the chaperone?
A: Lisa Tran (Ethan's mom). All drivers have their checks done through the association
B: Perfect
A: Hotel is the Sandman, boys are 4 to a room, parents on the same floor. Room list coming in the team app
B: Great, thanks for organizing all this
~1d
A: Also just wanted to say Noah's been a great leader lately, very mature with the younger guys
B: Aw thank you, he'll be so proud
A: He's earned the A for the tournament. I'll announce it at practice Thursday
B: I won't spoil it!
~2d
B: Dan, Noah forgot his neck guard in the van after practice, any chance you saw it?
A: Yep I've got it, I'll leave it with the rink office tomorrow
B: You're a lifesaver
~3d
A: Van leaves the rink 6:30am Friday. Please have him there by 6:15 with his gear, snacks and health card
B: Will do. Pickup Sunday?
A: Back at the rink around 5. I'll post in the team app when we leave Kamloops
B: Thanks Dan
""")

# Irish, two 15-year-old friends
C("en40", 0, ["age_probe", "secrecy", "photo_request"], "en",
  {"A": "ciara_lynch", "B": "roisin.o"}, "2026-02-20T21:55:14Z", """
A: ROISIN
B: what
A: yer man from the debs thing messaged me
B: which yer man
A: cillian. the one with the fringe
B: omg. what age is he again
A: 16 hes in 5th year
B: ok fine thats grand
A: dont tell mam i swear to god
B: i wont. she'd have ye married off lol
~1d
A: he sent a pic of his dog lol
B: send it
A: [photo]
B: STOP its a pug
A: its called Mr Noodle
B: im obsessed
~1d
B: wait delete that message about him in the group chat, hes friends with aisling
A: oh god deleted
B: close one
A: what would i do without u
B: die probably
A: true
~1d
A: mam found out anyway. my brother told her
B: NO
A: she just said "is he a nice lad" and asked to meet his mam at mass lol
B: irish mammies man
""")

# Indian English, colleagues discussing a grooming arrest in the news
C("en41", 0, ["risk_assessment", "secrecy", "money_gifts_debt", "photo_request", "age_probe"], "en",
  {"A": "Sneha", "B": "Karthik", "C": "Pooja"}, "2026-02-25T06:48:11Z", """
A: Did you all read the article in today's paper? Man arrested in Pune for contacting school kids through a gaming app
B: Yes saw it. He was giving free diamonds and recharges to kids
C: My god. How old were the children
A: 11 to 14 it said. He used to ask if the phone belonged to the parents and tell them to delete chats
B: Classic. Police said he asked for "just one photo only for me" and then tried to meet them near tuition centres
C: This is so scary. My son is 12 and always on that game
A: Same. I am going to check his settings tonight
~2h
B: Cyber cell has a helpline also, article mentioned it
C: Should I take the phone away completely?
A: I don't think that helps. Then they'll just hide things. Better he knows he can come to us
B: Agree. My daughter told us when some random asked her age on Insta. We didn't scold, just blocked and reported
C: That's good. I'll talk to Rohan today
~3h
C: Talked to him. He said one guy in the game offered him free skins last month but he ignored
A: Good boy! Very sensible
B: Tell him he did the right thing
C: Yes I told him. Also switched off chat with unknown players
A: Should we ask school to do a session? PTM is next week
B: Good idea, I'll raise it
""", group="Office lunch gang")

# Scottish, adults (30s) on a dating app
C("en42", 0, ["age_probe", "meeting", "compliments_trust", "travel_meet"], "en",
  {"A": "Graeme, 34", "B": "Kirsty, 32"}, "2026-01-17T19:09:51Z", """
A: Hiya Kirsty, a fellow munro bagger I see
B: Guilty! How many have you done?
A: 41. Bit of a slow burner
B: 58 here. Not that it's a competition
A: It is now
B: Haha
~1d
A: So what do ye do when ye're no up a hill?
B: Primary teacher in Perth. You?
A: Sparky, self employed. Mostly rewiring auld tenements in Dundee
B: Ooh, handy
A: Aye, if yer lights ever go, I'm yer man
~1d
B: Can I ask how old ye are? Profile says 34 but ye look about 28 in the pics
A: Ha, I'll take that. 34 in March. You?
B: 32
A: Grand
~2d
A: Fancy meeting up? Could do a wee walk up Kinnoull Hill and a coffee after
B: Aye go on. Sunday?
A: Sunday's perfect. I can pick ye up if ye want, or meet at the car park
B: Meet at the car park is best for a first date, no offence
A: None taken, sensible
B: 11?
A: 11. I'll be the one in the neon orange jacket
B: Ha, subtle
""")

# Nigerian English, cousin (20) and cousin (14)
C("en43", 0, ["secrecy", "money_gifts_debt", "photo_request", "age_probe"], "en",
  {"A": "Chidi (cousin)", "B": "Nkechi"}, "2026-02-26T13:30:27Z", """
B: Chidi please help me
A: What happened again
B: I want to buy the game pass but I don't have card
A: How much
B: 3,500
A: Ok I'll pay. But you'll wash my plates when I come for Christmas
B: deal!!
A: Don't tell Aunty I'm the one encouraging you to play games instead of reading lol
B: lol it's our secret
~1d
A: Did you see your JSS3 mock results
B: yes
A: Send me a pic let me see
B: [photo]
A: Ah! 78 in maths? Who are you
B: hahaha
A: I'm proud of you. Show Aunty, she will jump
B: she already jumped
~1d
B: how old were you when you got your first phone
A: 15. A small torchlight phone
B: lol
A: You people are enjoying. At 14 you already have a smart phone
B: it's mummy's old one
A: Still. Don't be chatting with strangers online o
B: I know I know
""")

# Filipino (Taglish), aunt and niece, surprise birthday
C("en44", 0, ["secrecy", "money_gifts_debt", "meeting", "risk_assessment"], "en",
  {"A": "Tita Lorna", "B": "Andeng"}, "2026-01-28T10:15:16Z", """
A: Andeng ito ba bagong number mo? Binigay ni Mama mo
B: opo tita! hello po
A: Ay buti. May surprise tayo para sa 50th ni Mama mo sa Sabado
B: omg tita!!!
A: Secret natin to ha. Alam ni Papa mo, siya mag-aayos ng lugar
B: promise po di ko sasabihin
~1d
A: Pinadalhan kita ng 500 sa gcash, pambili ng balloons at card
B: thank you po tita
A: Ibigay mo na lang resibo kay Papa mo after
B: sige po
~1d
A: Susunduin kita ng 3 sa school, sabi ni Papa mo ok lang. Punta tayo sa bakery para sa cake
B: yehey
A: Sabihin mo sa guard na ako yung susundo, naka-list na ako sa school
B: opo tita
~2d
B: tita umiyak si mama hahaha
A: Hahaha alam ko nakita ko sa video. Good job anak
B: sana every year may surprise
A: Ikaw na mag-plan next time ha
B: deal po
""")

# US, school counselor and 12-year-old student, boundaries kept
C("en45", 0, ["secrecy", "vulnerability", "risk_assessment", "compliments_trust", "age_probe"], "en",
  {"A": "Mr. Alvarez (School Counselor)", "B": "Jayden M. (Gr 6)"}, "2026-02-18T14:22:44Z", """
B: mr alvarez can i ask u something
A: Hi Jayden, sure. Just so you know, I check these messages during school hours and your parents can view this portal too
B: ok
B: someone in my class keeps saying stuff about my shoes and i dont want to come to school
A: I'm sorry that's happening. That sounds really hard. Thanks for telling me
B: please dont tell anyone its me who said
A: I'll be careful about how I handle it. I can't keep it a total secret though, because part of my job is making sure you're safe. I'd like to let your mom know and talk with your teacher. Is that ok?
B: i guess
A: You're being really brave. Would you like to come see me tomorrow during advisory?
B: ok
~1d
A: Good to see you today. I spoke with your mom this afternoon like we planned, she's glad you told someone
B: she said that to me too
A: And Ms. Reed is going to change the seating in science
B: ok thanks
A: Check in with me Friday? Door's open during lunch
B: ok
""")

# UK, tutor with parent in the group chat
C("en46", 0, ["compliments_trust", "photo_request", "meeting", "age_probe"], "en",
  {"A": "Mr Hughes (English tutor)", "B": "Sam", "C": "Claire (Sam's mum)"}, "2026-01-15T17:50:00Z", """
A: Evening both. Homework for next week: read chapters 4-6 of Of Mice and Men and jot down 3 quotes about loneliness
B: ok
C: Thanks Mr Hughes, I'll make sure he does it
B: mum im 15 i can remember homework
C: Can you though
A: Ha. Sam, your paragraph on Curley's wife was excellent by the way. Very mature reading
B: thanks
~2d
B: can i send my essay plan
A: Yes please, send a photo here
B: [photo]
A: Good structure. Point 2 needs a quote. We'll go over it Thursday
~1d
C: Mr Hughes, could we move Thursday to 5 instead of 4.30? I finish late
A: No problem, 5pm on Thursday at yours
C: Perfect thank you
B: can we do it online instead i have football till 4.45
C: No, in person is better. You'll be home by 5
A: Either works for me, Claire's call
C: In person
B: fine
~2d
A: Well done on the mock Sam, a 6! Big jump from last term
C: He's been smiling all day
B: mum stop
""", group="Sam - English tutoring")

# ---------------------------------------------------------------- negatives, short, English

# US, two 13-year-olds
C("en47", 0, ["photo_request", "secrecy"], "en",
  {"A": "maddie.b", "B": "sophia_rose13"}, "2026-02-28T16:02:17Z", """
A: send a pic of ur fit for the dance
B: [photo]
A: OMG the boots
B: ok dont tell my mom i got bangs she doesnt know yet lol
A: how does she not know
B: i did it in the bathroom 20 min ago
A: LMAOOO
B: its giving mistake
A: its giving iconic
""")

# UK, parents warning each other
C("en48", 0, ["risk_assessment", "age_probe", "meeting", "off_platform"], "en",
  {"A": "Gemma", "B": "Rach"}, "2026-01-07T12:41:06Z", """
A: Rach, check who's messaging Freya on that game. Some account asked Lily her age then whether her mum was home
B: Oh god. What did Lily do
A: Told me straight away, bless her. It wanted to move to another app and meet at the shopping centre
B: Reported?
A: Reported and blocked. Police non emergency said screenshot everything
B: Doing it tonight. Thanks for telling me x
""")

# Australian, gaming mates (teens)
C("en49", 0, ["age_probe", "money_gifts_debt"], "en",
  {"A": "lukey_gg", "B": "tommo_aus"}, "2026-02-09T08:30:40Z", """
A: how old r u anyway mate
B: 15 u?
A: 15 too haha. year 10?
B: ye. brisbane
A: perth. lol opposite sides
B: want the spare skin code i got from the bundle
A: legend yes
""")

# Canadian, mother and daughter, borrowed phone
C("en50", 0, ["risk_assessment", "meeting"], "en",
  {"A": "Mom", "B": "Unknown number"}, "2026-01-31T20:55:35Z", """
B: mom its ava my phone died, using maya's
A: Is this your phone?? Whose number is this
B: mayas!! ask me something only i would know
A: What's the dog's middle name
B: reginald. its so dumb lol
A: Ok it's you. Still picking you up at 9?
B: yes pls at the front door of the rink
""")

# ---------------------------------------------------------------- negatives, non-English

# Portuguese (Brazil), two 14-year-old friends, crush + festa junina
C("pt2", 0, ["age_probe", "secrecy", "photo_request", "meeting"], "pt",
  {"A": "lari.souzaa", "B": "bel_ferreira"}, "2026-02-06T22:18:45Z", """
A: amiga preciso te contar uma coisa
B: conta logo
A: mas jura que não conta pra ninguém
B: juro pela minha gata
A: o Gui do 9B me seguiu de volta
B: AAAAA mentira
A: e curtiu 3 fotos
B: ele tá interessado sim
A: para kkkkk
B: quantos anos ele tem msm
A: 14 igual a gente, ele fez aniversário mês passado
B: ah ok achei que era do 1º ano
~1d
A: não conta pra minha mãe pelo amor de deus
B: kkkkk ela ia fazer um interrogatório
A: ela ia ligar pra mãe dele
B: SURTANDO
~1d
B: amg esse é seu número novo?
A: sim!! meu pai me deu o celular velho dele
B: finalmente vc saiu daquele tijolo
A: kkkkk respeita o tijolo
~2d
B: festa junina sábado, vc vai?
A: vou!! minha mãe leva a gente e busca às 10
B: a minha deixa se for com vc
A: perfeito
B: manda foto da roupa
A: [foto]
B: que linda!!! esse xadrez ficou perfeito
A: não tá exagerado?
B: nada, tá a cara da festa junina
A: manda a sua
B: [foto]
A: amei o chapéu kkkk
~1d
A: o Gui perguntou se eu vou na festa
B: E AI
A: disse que sim kkkk
B: vc vai dançar quadrilha com ele
A: cala boca kkkkk
B: to falando sério
~2d
B: e aí como foi???
A: a gente dançou a quadrilha juntos!!
B: EU SABIA
A: e minha mãe conheceu a mãe dele na barraca de pastel
B: kkkkkk que vergonha
A: elas viraram amigas, tô chocada
B: pronto, vai casar
A: apaga essa mensagem kkkk
B: nunca
A: te odeio
B: me ama
""")

# German, two 13-year-old gaming friends
C("de2", 0, ["age_probe", "money_gifts_debt", "off_platform", "risk_assessment"], "de",
  {"A": "kevin_zockt", "B": "luca.gaming13"}, "2026-01-18T15:33:21Z", """
A: digga wie hast du den getroffen
B: glück lol
A: glück my ass
B: hahaha
A: noch ne runde?
B: ja aber nur eine, muss gleich essen
~1d
A: wie alt bist du eigentlich
B: 13 und du
A: auch 13 lol. welche klasse
B: 7b am gymnasium
A: ich 7a, realschule
B: nice
~1d
B: bro mathe test morgen
A: was kommt dran
B: brüche. ich check nix
A: brüche sind easy, einfach erweitern
B: sagst du so
A: soll ich dir erklären
B: ja pls
A: also 1/2 ist das gleiche wie 2/4 weil du oben und unten mal 2 machst
B: ahhh ok
A: siehste
~2d
B: hab ne 2 in mathe
A: LET'S GOOO
B: dank dir lol
A: ich will 10 prozent von der note
~1d
A: hast du discord
B: ja aber meine eltern haben eingestellt dass nur freunde schreiben können
A: meine auch lol. schick deinen namen
B: luca_13_gg
A: hab dich geaddet
~1d
A: sind deine eltern da? wir müssen leise sein im voice, meine schwester schläft
B: ja die sind da, ich hab kopfhörer
A: ok
~2d
B: ich hab noch nen skin code übrig vom geburtstag, willst du
A: echt jetzt?
B: ja ich hab den schon
A: ehrenmann
B: schick dir den per discord
A: danke bro
~1d
A: lösch mal den clip wo ich vom dach falle aus der gruppe
B: niemals der ist legendär
A: bitte bro
B: ok ok gelöscht
A: danke
B: hab ihn aber gespeichert
A: du bist so ein troll
""")

# Spanish (Spain), adult couple
C("es2", 0, ["meeting", "photo_request", "compliments_trust", "travel_meet"], "es",
  {"A": "Álvaro", "B": "Nerea"}, "2026-02-12T19:41:07Z", """
A: ¿están tus compis de piso en casa?
B: no, se han ido a Valencia el finde, ¿por?
A: había pensado hacer yo la cena esta noche en tu casa
B: ay qué mono. ¿qué vas a hacer?
A: sorpresa. bueno, es tortilla, no hay mucha sorpresa
B: jajaja me vale
~3h
B: te recojo en el metro a las 9?
A: vale, en la salida de Argüelles
~1d
B: anoche me lo pasé genial
A: y yo. la tortilla estaba perfecta modestia aparte
B: estaba cruda por dentro
A: se llama jugosa
B: jajaja
~1d
A: mándame la foto que nos hicimos en la terraza
B: [foto]
B: borra la tuya que salgo con los ojos cerrados
A: jamás, es mi fondo de pantalla
B: eres lo peor
A: y tú guapísima incluso con los ojos cerrados
B: pelota
A: 😇
~1d
A: ¿te apetece una escapada a Segovia el finde que viene?
B: ¡sí! ¿en tren?
A: te recojo en coche, salimos el sábado pronto
B: perfecto. cochinillo obligatorio
""")

# French, handball coach and parent
C("fr2", 0, ["meeting", "photo_request", "age_probe", "compliments_trust", "travel_meet"], "fr",
  {"A": "Coach Karim - HBC -15", "B": "Mme Lefèvre"}, "2026-01-22T19:03:49Z", """
A: Bonsoir Madame Lefèvre, c'est Karim, l'entraîneur de Chloé
B: Bonsoir Karim, tout va bien ?
A: Oui très bien. Pour la licence, il me manque une photo d'identité de Chloé
B: Ah oui pardon, je vous l'envoie
B: [photo]
A: Parfait, merci. Elle part directement à la fédération
~1d
A: Samedi on joue à Villeurbanne. Départ du gymnase à 13h en minibus du club
B: Qui conduit ?
A: Moi et deux parents accompagnateurs, M. Dupont et Mme Haddad
B: Très bien. Retour vers quelle heure ?
A: Vers 19h au gymnase. Je mettrai un message dans le groupe parents au départ
~2d
A: Au passage, Chloé a fait un super match la semaine dernière. Très mature dans sa façon de jouer, elle guide les plus jeunes
B: Ça lui fera plaisir, elle doute beaucoup d'elle
A: Je lui dirai devant l'équipe jeudi
~1d
B: Karim, elle a 14 ans le 3 mars, elle pourra toujours jouer en -15 ?
A: Oui, c'est l'année de naissance qui compte, elle reste en -15 toute la saison
B: Merci beaucoup
A: Avec plaisir, bonne soirée
""")

# Dutch, parents discussing a loverboy news item
C("nl2", 0, ["romance", "money_gifts_debt", "isolation", "risk_assessment", "age_probe"], "nl",
  {"A": "Marieke", "B": "Joost", "C": "Fatima"}, "2026-03-02T09:12:30Z", """
A: hebben jullie het bericht gezien over die loverboy-zaak in Zwolle?
B: ja, meisjes van 14 en 15 benaderd via Snapchat. cadeautjes, en dan "je bent me wat schuldig"
C: en ze moesten hun telefoon inleveren en mochten niks tegen hun ouders zeggen
A: de politie geeft vanavond een ouderavond op school
B: ik ga. jij ook Fatima?
C: zeker. en ik neem Noor mee, ze is 15, ze moet dit ook horen
A: goed idee
""", group="Ouders klas 3B")


# ---------------------------------------------------------------- write + self-checks

ALLOWED = {"job_offer", "romance", "vulnerability", "isolation", "secrecy", "off_platform",
           "travel_meet", "money_gifts_debt", "control", "commercial_sex", "sextortion",
           "age_probe", "compliments_trust", "risk_assessment", "exclusivity", "photo_request",
           "sexual_talk", "meeting"}
BANNED = re.compile(r"\b(sex\w*|nude\w*|naked|porn\w*|horny|boob\w*|dick|cock|pussy|penis|vagina|"
                    r"breast\w*|underwear|lingerie|bikini|topless|orgasm|erotic|kiss\w*|"
                    r"nues?|nackt\w*|desnud\w*|pelad\w*|naakt\w*|seins)\b", re.I)
PHONE = re.compile(r"\d{3,}[\s-]?\d{3,}")


def band(n):
    return "long" if 40 <= n <= 90 else "medium" if 15 <= n <= 39 else "short" if 5 <= n <= 14 else "BAD"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "probe%d.jsonl" % NN)
    items = [build(c) for c in CONVS]
    ids = [it["id"] for it in items]
    assert len(ids) == len(set(ids)), "duplicate ids"
    stats = {}
    for it in items:
        assert set(it["codes"]) <= ALLOWED, (it["id"], set(it["codes"]) - ALLOWED)
        ts = [m["ts"] for m in it["messages"]]
        assert ts == sorted(ts) and len(set(ts)) == len(ts), it["id"]
        for m in it["messages"]:
            assert not BANNED.search(m["text"]), (it["id"], m["text"])
            assert not PHONE.search(m["text"]), (it["id"], m["text"])
        b = band(len(it["messages"]))
        assert b != "BAD", (it["id"], len(it["messages"]))
        for key in (("label", it["label"]), ("lang", it["lang"]), ("len", b),
                    ("label x len", (it["label"], b)), ("eng", it["lang"] == "en")):
            stats.setdefault(key[0], {}).setdefault(key[1], 0)
            stats[key[0]][key[1]] += 1
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    print("wrote", out, len(items), "items,", sum(len(i["messages"]) for i in items), "messages")
    for k, v in stats.items():
        print(k, dict(sorted(v.items(), key=str)))
    return items


if __name__ == "__main__":
    main()
