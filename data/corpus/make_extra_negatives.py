#!/usr/bin/env python3
"""Writes extra_negatives.jsonl (hard-negatives-v1): 24 hand-written benign conversations whose
messages carry cues the detector weighs heavily in grooming - "are your parents home", "don't tell
mom", "delete that msg", "where are you? who are you with?", "you can stay with me, I'll buy your
ticket", "how old r u", "mature for your age" - said between friends, siblings, parents and children,
relatives and coaches, in six languages. Found missing from synthetic-v1 by probing the detector
(docs/detector.md); the shipped model trains on train + dev + these.

    python3 data/corpus/make_extra_negatives.py
"""
import json
import os
convs = [
 ("en", [("a","are your parents home? i left my hoodie at your place"),("b","my dad is, just knock"),("a","ok be there in 10")]),
 ("en", [("a","r ur parents home this weekend? we could do the project at yours"),("b","nah theyre at my aunts, lets do the library"),("a","kk saturday 11?")]),
 ("en", [("a","is your mom home rn"),("b","ya why"),("a","my mom wants to ask her about the carpool tmrw")]),
 ("en", [("a","dont tell mom i broke the lamp ok"),("b","lol you owe me"),("a","ill do your dishes for a week")]),
 ("en", [("a","omg delete that msg, wrong chat 😭"),("b","too late i saw it haha"),("a","pls dont show anyone its so embarrassing")]),
 ("en", [("a","how old is your sister now?"),("b","she turned 13 in may"),("a","my brother too, maybe theyre in the same class")]),
 ("en", [("a","where are you? who are you with?"),("b","at jess's house with her mom"),("a","ok, I'll pick you up at 8. text me when you're ready, love mom")]),
 ("en", [("a","You can stay with me this summer if you want, I'll buy your train ticket"),("b","really?? I'd love that aunt Kate"),("a","Ask your dad and I'll call him tonight to sort it out")]),
 ("en", [("a","Are your parents picking you up after practice today?"),("b","my mom is coach"),("a","Great, see you at 5. Don't forget your shin guards")]),
 ("en", [("a","its a surprise party so keep it secret, dont tell her anything"),("b","my lips are sealed 🤐"),("a","bring snacks, we start at 7")]),
 ("en", [("a","how old r u"),("b","13 wbu"),("a","same lol. ur really good at this map, wanna duo again tmrw?")]),
 ("en", [("a","Hi! The Millers need a babysitter on Fridays, they pay $15 an hour"),("b","ooh yes I'm interested"),("a","They'd like to meet you and your parents first, can you come by Thursday?")]),
 ("en", [("a","send me a pic of the homework pls i forgot to write it down"),("b","sent"),("a","thx ur a lifesaver")]),
 ("en", [("a","youre so mature for your age, seriously, the way you handled that ref today"),("b","thanks coach"),("a","Keep it up. Team meeting with all the parents on Sunday")]),
 ("en", [("a","can u come over? my parents are out and im bored"),("b","cant, have to babysit my brother"),("a","ugh ok tomorrow then, bring the switch")]),
 ("es", [("a","¿tus papás están en casa? dejé mi mochila ahí"),("b","sí, mi mamá está, pasa cuando quieras"),("a","gracias, voy en 10")]),
 ("es", [("a","Puedes quedarte conmigo en vacaciones, yo te compro el boleto"),("b","¡sí tía! le pregunto a mi papá"),("a","Yo lo llamo esta noche")]),
 ("pt", [("a","onde vc está? com quem?"),("b","na casa da Bia, a mãe dela tá aqui"),("a","ok filha, te busco às 8. beijo da mãe")]),
 ("pt", [("a","seus pais tão em casa? esqueci meu carregador aí"),("b","minha mãe tá, pode vir"),("a","valeu, já vou")]),
 ("fr", [("a","dis rien à maman pour le vase stp"),("b","mdr ok mais tu me dois un truc"),("a","je fais la vaisselle demain promis")]),
 ("fr", [("a","tes parents sont là ce soir? on révise chez toi?"),("b","non ils sont sortis, viens à la bibli plutôt"),("a","ok 18h")]),
 ("de", [("a","sind deine eltern gerade zuhause? ich hab meine jacke bei dir vergessen"),("b","ja mein vater ist da, klingel einfach"),("a","danke, komm gleich")]),
 ("de", [("a","das ist eine überraschungsparty, also sag ihr nichts"),("b","versprochen 🤐"),("a","bring chips mit, wir fangen um 7 an")]),
 ("nl", [("a","zijn je ouders thuis? ik heb mijn oplader bij jou laten liggen"),("b","ja mijn moeder is thuis, kom maar"),("a","top, ben er zo")]),
]
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "extra_negatives.jsonl"), "w") as f:
    for i,(lang,msgs) in enumerate(convs):
        f.write(json.dumps({"id":f"hn{i+1:03d}","label":0,"codes":[],"lang":lang,"source":"hard-negatives-v1","messages":[{"sender":f"hn{i+1:03d}{s}","recipient":f"hn{i+1:03d}" + ("b" if s=="a" else "a"),"text":t} for s,t in msgs]},ensure_ascii=False)+"\n")
print(len(convs))
